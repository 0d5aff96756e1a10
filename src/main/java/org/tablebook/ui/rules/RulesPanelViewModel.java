package org.tablebook.ui.rules;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.Severity;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.Finding;
import org.tablebook.rules.Principle;
import org.tablebook.rules.Rule;
import org.tablebook.rules.RulesEngine;
import org.tablebook.document.Findings;
import org.tablebook.ui.common.DialogService;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.Navigator;
import org.tablebook.document.TaskRunner;

/**
 * The rules panel: every finding of the rules engine on the open negotiation, most serious first,
 * acknowledged ones after the others of their severity. The findings are the shared ones of
 * {@link Findings}, worked out off the JavaFX thread after every change and every minute.
 */
public final class RulesPanelViewModel {
    /** Severity first; within it, open findings before acknowledged ones; then the engine's order. */
    static final Comparator<EvaluatedFinding> ORDER = Comparator
            .comparing((EvaluatedFinding f) -> f.finding().severity())
            .thenComparing(EvaluatedFinding::acknowledged)
            .thenComparing(EvaluatedFinding::finding, RulesEngine.ORDER);

    private final NegotiationDocument document;
    private final RulesEngine engine;
    private final Clock clock;
    private final Findings shared;
    private final DialogService dialogs;
    private final Navigator navigator;

    private final ObservableList<EvaluatedFinding> findings = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper acknowledged = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /** A panel with findings of its own (tests, a panel alone); the window shares one {@link Findings}. */
    public RulesPanelViewModel(NegotiationDocument document, RulesEngine engine, Clock clock, TaskRunner tasks,
            DialogService dialogs, Navigator navigator) {
        this(document, new Findings(document, engine, clock, tasks), clock, dialogs, navigator);
    }

    public RulesPanelViewModel(NegotiationDocument document, Findings shared, Clock clock, DialogService dialogs,
            Navigator navigator) {
        this.document = document;
        this.shared = shared;
        this.engine = shared.engine();
        this.clock = clock;
        this.dialogs = dialogs;
        this.navigator = navigator;
        shared.evaluationProperty().addListener((obs, was, is) -> show(is.snapshot(), is.findings()));
        shared.failureProperty().addListener((obs, was, is) -> {
            if (is != null) {
                dialogs.showError(Messages.get("rules.checkFailed.title"),
                        Messages.format("rules.checkFailed", is.getMessage()));
            }
        });
        show(shared.evaluation().snapshot(), shared.evaluation().findings());
    }

    /** Works the findings out again on the current snapshot, off the JavaFX thread. */
    public void evaluate() {
        shared.refresh();
    }

    /** Called once a minute: the rules that depend on the clock can change by time alone. */
    public void minuteTick() {
        shared.minuteTick();
    }

    private void show(NegotiationSnapshot snapshot, List<EvaluatedFinding> result) {
        findings.setAll(result.stream().sorted(ORDER).toList());
        errors.set(count(result, Severity.ERROR));
        warnings.set(count(result, Severity.WARNING));
        infos.set(count(result, Severity.INFO));
        acknowledged.set((int) result.stream().filter(EvaluatedFinding::acknowledged).count());
        summary.set(describeCounts(errors.get(), warnings.get(), infos.get(), acknowledged.get()));
    }

    private static int count(List<EvaluatedFinding> result, Severity severity) {
        return (int) result.stream().filter(f -> !f.acknowledged() && f.finding().severity() == severity).count();
    }

    static String describeCounts(int errors, int warnings, int infos, int acknowledged) {
        if (errors + warnings + infos + acknowledged == 0) {
            return Messages.get("rules.rulesPanelViewModel.nothingBreaksTheGroundRules");
        }
        StringBuilder b = new StringBuilder();
        b.append(errors).append(errors == 1 ? Messages.get("rules.rulesPanelViewModel.error") : Messages.get("rules.rulesPanelViewModel.errors"));
        b.append(warnings).append(warnings == 1 ? Messages.get("rules.rulesPanelViewModel.warning") : Messages.get("rules.rulesPanelViewModel.warnings"));
        b.append(infos).append(infos == 1 ? Messages.get("rules.rulesPanelViewModel.note") : Messages.get("rules.rulesPanelViewModel.notes"));
        if (acknowledged > 0) {
            b.append(" (").append(acknowledged).append(Messages.get("rules.rulesPanelViewModel.acknowledged"));
        }
        return b.toString();
    }

    /** Takes the person to the finding's subject, with the offending field focused. */
    public void open(EvaluatedFinding item) {
        navigator.reveal(item.finding().subject(), item.finding().field());
    }

    /** The principle the rule guards, quoted from its source. */
    public String explanation(EvaluatedFinding item) {
        Finding f = item.finding();
        Optional<Rule> rule = engine.rule(f.ruleId());
        StringBuilder b = new StringBuilder(f.message());
        rule.ifPresent(r -> {
            Principle p = r.principle();
            b.append(Messages.get("rules.rulesPanelViewModel.nNthePrinciple")).append(p.text()).append("\u201d\n\u2014 ").append(sourceName(p.source()));
        });
        b.append(Messages.get("rules.rulesPanelViewModel.nNtoPutItRight")).append(f.fixAction()).append('.');
        item.acknowledgement().ifPresent(a -> b.append(Messages.get("rules.rulesPanelViewModel.nNacknowledgedBy")).append(a.by()).append(": ")
                .append(a.reason()));
        return b.toString();
    }

    public void explain(EvaluatedFinding item) {
        dialogs.showInformation(title(item), explanation(item));
    }

    /** Rule title as the panel shows it. */
    public String title(EvaluatedFinding item) {
        return engine.rule(item.finding().ruleId()).map(Rule::title).orElse(item.finding().ruleId());
    }

    static String sourceName(String source) {
        return switch (source) {
            case "000_66497e2942694ff8.txt" -> Messages.get("rules.rulesPanelViewModel.offTheRecordTalksAnd");
            case "001_0bdf9e53e13e1618.txt" -> Messages.get("rules.rulesPanelViewModel.anOrchestraUnionNegotiatorS");
            case "002_8d9c9d946486dbbc.txt" -> Messages.get("rules.rulesPanelViewModel.faceToFaceNegotiationsIn");
            default -> source;
        };
    }

    /**
     * Asks why the team accepts the finding, then records the acknowledgement: kept in the file
     * and the audit trail, never deleted, and lapsing when the finding's facts change.
     */
    public void acknowledge(EvaluatedFinding item) {
        if (item.acknowledged()) {
            return;
        }
        Finding f = item.finding();
        Optional<String> reason = dialogs.askText(Messages.format("rules.acknowledge.title", title(item)),
                Messages.format("rules.acknowledge.question", f.message()), "").map(String::strip).filter(s -> !s.isEmpty());
        if (reason.isEmpty()) {
            return;
        }
        RuleAcknowledgement ack = new RuleAcknowledgement(Ids.newId(), f.ruleId(), f.subject(), f.factsFingerprint(),
                document.actor(), reason.get(), clock.instant(), clock.instant(), clock.instant());
        document.change("Acknowledge " + title(item), w -> {
            w.insert(ack);
            return ack;
        }, done -> { }, e -> dialogs.showError(Messages.get("rules.acknowledge.failed"), e.getMessage()));
    }

    public ObservableList<EvaluatedFinding> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningCountProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty infoCountProperty() {
        return infos.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty acknowledgedCountProperty() {
        return acknowledged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
