package org.tablebook.ui.common;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.document.Findings;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.domain.Entity;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.RulesEngine;

/**
 * The rule findings on the one record an editor shows, taken from the findings the window shares
 * (the rules panel's): most serious first, open ones before acknowledged ones. Empty while the
 * editor shows no stored record, or when no findings are shared.
 */
public final class RecordFindings {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final ObservableValue<? extends Entity> record;
    private final ObservableValue<Boolean> editing;
    private final ObservableList<EvaluatedFinding> list = FXCollections.observableArrayList();
    private final InvalidationListener update = o -> update();
    private Findings followed;

    public RecordFindings(NegotiationDocument document, DialogService dialogs, ObservableValue<? extends Entity> record,
            ObservableValue<Boolean> editing) {
        this.document = document;
        this.dialogs = dialogs;
        this.record = record;
        this.editing = editing;
        document.findingsProperty().addListener((obs, was, is) -> follow(is));
        record.addListener(update);
        editing.addListener(update);
        follow(document.findingsProperty().get());
    }

    private void follow(Findings findings) {
        if (followed != null) {
            followed.evaluationProperty().removeListener(update);
        }
        followed = findings;
        if (findings != null) {
            findings.evaluationProperty().addListener(update);
        }
        update();
    }

    private void update() {
        Entity shown = record.getValue();
        if (followed == null || shown == null || !Boolean.TRUE.equals(editing.getValue())) {
            list.clear();
            return;
        }
        List<EvaluatedFinding> mine = followed.evaluation().findings().stream()
                .filter(f -> f.finding().subject().id().equals(shown.id()))
                .sorted(Comparator.comparing((EvaluatedFinding f) -> f.finding().severity())
                        .thenComparing(EvaluatedFinding::acknowledged)
                        .thenComparing(EvaluatedFinding::finding, RulesEngine.shownOrder(Locale.getDefault())))
                .toList();
        if (!mine.equals(list)) {
            list.setAll(mine);
        }
    }

    /** The record's findings, as the editor shows them. */
    public ObservableList<EvaluatedFinding> list() {
        return FXCollections.unmodifiableObservableList(list);
    }

    /** The finding's message in the window's language. */
    public String message(EvaluatedFinding item) {
        return item.finding().message(Locale.getDefault());
    }

    public String title(EvaluatedFinding item) {
        return texts().title(item);
    }

    /** "Why?": the principle, the time the rule means, the fix, as the rules panel says it. */
    public void explain(EvaluatedFinding item) {
        dialogs.showInformation(title(item), texts().explanation(item, followed == null
                ? java.time.ZoneOffset.UTC : followed.zone()));
    }

    private FindingTexts texts() {
        RulesEngine engine = followed == null ? RulesEngine.standard() : followed.engine();
        return new FindingTexts(engine, Locale.getDefault());
    }
}
