package org.tablebook.ui.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.document.BackgroundTask;
import org.tablebook.document.Findings;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.TaskRunner;
import org.tablebook.domain.Dates;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.Severity;
import org.tablebook.domain.ValidationException;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.Finding;
import org.tablebook.rules.Principle;
import org.tablebook.rules.Rule;
import org.tablebook.rules.RuleTexts;
import org.tablebook.rules.RulesEngine;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.Navigator;

/**
 * The rules panel: every finding of the rules engine on the open negotiation, most serious first,
 * acknowledged ones after the others of their severity. The findings are the shared ones of
 * {@link Findings}, worked out off the JavaFX thread after every change and every minute.
 */
public final class RulesPanelViewModel {
    /** Severity first; within it, open findings before acknowledged ones; then rule and subject as read. */
    static Comparator<EvaluatedFinding> order(Locale locale) {
        return Comparator.comparing((EvaluatedFinding f) -> f.finding().severity())
                .thenComparing(EvaluatedFinding::acknowledged)
                .thenComparing(EvaluatedFinding::finding, RulesEngine.shownOrder(locale));
    }

    private final NegotiationDocument document;
    private final RulesEngine engine;
    private final Clock clock;
    private final Findings shared;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final Locale locale;
    private final RuleTexts texts;

    private final ObservableList<EvaluatedFinding> findings = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper acknowledged = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper evaluating = new ReadOnlyBooleanWrapper();
    private final StringProperty lookAheadText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper lookAheadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lookingAheadTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper lookingAhead = new ReadOnlyBooleanWrapper();
    private Instant lookAheadAt;
    private NegotiationSnapshot evaluated;

    /** A panel with findings of its own (tests, a panel alone); the window shares one {@link Findings}. */
    /** A panel with findings of its own (tests, a panel alone); the window shares one {@link Findings}. */
    public RulesPanelViewModel(NegotiationDocument document, RulesEngine engine, Clock clock, TaskRunner tasks,
            DialogService dialogs, Navigator navigator) {
        this(document, engine, clock, tasks, dialogs, navigator, RuleTexts.DEFAULT_LOCALE);
    }

    /** A panel of its own whose findings are written in the given language. */
    public RulesPanelViewModel(NegotiationDocument document, RulesEngine engine, Clock clock, TaskRunner tasks,
            DialogService dialogs, Navigator navigator, Locale locale) {
        this(document, new Findings(document, engine, clock, tasks), clock, tasks, dialogs, navigator, locale);
    }

    /**
     * A panel showing the shared findings, written in the given language; looking ahead works the
     * findings out on its own with {@code tasks}, since the shared ones are always as of now.
     */
    public RulesPanelViewModel(NegotiationDocument document, Findings shared, Clock clock, TaskRunner tasks,
            DialogService dialogs, Navigator navigator, Locale locale) {
        this.document = document;
        this.shared = shared;
        this.engine = shared.engine();
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.locale = locale;
        this.texts = RuleTexts.of(locale);
        shared.evaluationProperty().addListener((obs, was, is) -> {
            if (lookAheadAt == null) {
                show(is.snapshot(), is.findings());
            }
        });
        shared.failureProperty().addListener((obs, was, is) -> {
            if (is != null) {
                showFailure(is);
            }
        });
        // The shared findings follow every change by themselves; a look ahead is worked out again here.
        document.snapshotProperty().addListener((obs, was, is) -> {
            if (lookAheadAt != null) {
                evaluateAhead();
            }
        });
        show(shared.evaluation().snapshot(), shared.evaluation().findings());
    }

    /** Works the findings out again on the current snapshot, off the JavaFX thread. */
    public void evaluate() {
        if (lookAheadAt == null) {
            shared.refresh();
        } else {
            evaluateAhead();
        }
    }

    /** The findings as of the moment looked ahead to, worked out for this panel alone. */
    private void evaluateAhead() {
        NegotiationSnapshot snapshot = document.snapshot();
        if (snapshot == null) {
            show(null, List.of());
            return;
        }
        Instant ahead = lookAheadAt;
        Clock at = RulesEngine.asOf(ahead, Optional.empty(), RulesEngine.zoneOf(snapshot, clock));
        evaluating.set(true);
        BackgroundTask.of(() -> engine.evaluateWithAcknowledgements(snapshot, at))
                .onSuccess(result -> {
                    // A later change, or going back to now, may have come meanwhile; its own result follows.
                    if (document.snapshot() == snapshot && ahead.equals(lookAheadAt)) {
                        show(snapshot, result);
                    }
                })
                .onFailure(this::showFailure)
                .onFinally(() -> evaluating.set(false))
                .runWith(tasks);
    }

    private void showFailure(Throwable e) {
        dialogs.showError(Messages.get("rules.checkFailed.title"), Messages.format("rules.checkFailed", e.getMessage()));
    }

    /** Called once a minute: the rules that depend on the clock can change by time alone. */
    public void minuteTick() {
        // A look ahead is to a fixed moment: the minute passing changes nothing in it.
        shared.minuteTick();
    }

    /**
     * Shows the findings as they will be at the typed moment ("what will be overdue by Friday's
     * session?"): local time in the negotiation's zone, or with an offset. Blank goes back to now.
     */
    public void lookAhead() {
        NegotiationSnapshot snapshot = document.snapshot();
        String text = lookAheadText.get() == null ? "" : lookAheadText.get().strip();
        if (text.isEmpty()) {
            backToNow();
            return;
        }
        if (snapshot == null) {
            return;
        }
        ZoneId zone = RulesEngine.zoneOf(snapshot, clock);
        try {
            lookAheadAt = Dates.parseMoment("lookAhead", Messages.get("rules.lookAhead.label"), text, zone);
        } catch (ValidationException e) {
            lookAheadError.set(e.getMessage());
            return;
        }
        lookAheadError.set("");
        lookingAhead.set(true);
        lookingAheadTo.set(Messages.format("rules.lookAhead.showing",
                RuleTexts.of(locale).get("lookAhead.moment", lookAheadAt.atZone(zone))));
        evaluate();
    }

    /** Back to the findings as of now. */
    public void backToNow() {
        lookAheadAt = null;
        lookAheadText.set("");
        lookAheadError.set("");
        lookingAhead.set(false);
        lookingAheadTo.set("");
        show(shared.evaluation().snapshot(), shared.evaluation().findings());
        shared.refresh();
    }

    private void show(NegotiationSnapshot snapshot, List<EvaluatedFinding> result) {
        evaluated = snapshot;
        findings.setAll(result.stream().sorted(order(locale)).toList());
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
        StringBuilder b = new StringBuilder(f.message(locale));
        rule.ifPresent(r -> {
            Principle p = r.principle();
            b.append("\n\n").append(Messages.format("rules.why.principle", p.text(), texts.source(p.source())));
            // The quotation stays in the source's English; another language adds its rendering.
            texts.principle(r.id()).filter(rendering -> !rendering.equals(p.text()))
                    .ifPresent(rendering -> b.append("\n").append(Messages.format("rules.why.rendering", rendering)));
            b.append("\n\n").append(Messages.format("rules.why.time", texts.timeSemantics(r.id())));
        });
        b.append("\n\n").append(Messages.format("rules.why.fix", f.fixAction(locale)));
        item.acknowledgement().ifPresent(a -> b.append("\n\n").append(Messages.format("rules.why.acknowledged",
                a.by(), a.reason())));
        lapsedNote(item).ifPresent(note -> b.append("\n\n").append(note));
        return b.toString();
    }

    /** "Acknowledged on Mar 3 by Ana for different facts ..." when the team's acknowledgement has lapsed. */
    public Optional<String> lapsedNote(EvaluatedFinding item) {
        NegotiationSnapshot snapshot = evaluated != null ? evaluated : document.snapshot();
        ZoneId zone = snapshot == null ? clock.getZone() : RulesEngine.zoneOf(snapshot, clock);
        return item.lapsed().map(a -> capitalize(texts.lapsed(a, zone)));
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The finding's subject, message and fix in the panel's language. */
    public String subjectLabel(EvaluatedFinding item) {
        return item.finding().subjectLabel(locale);
    }

    public String message(EvaluatedFinding item) {
        return item.finding().message(locale);
    }

    public String fixAction(EvaluatedFinding item) {
        return item.finding().fixAction(locale);
    }

    public void explain(EvaluatedFinding item) {
        dialogs.showInformation(title(item), explanation(item));
    }

    /** Rule title as the panel shows it. */
    public String title(EvaluatedFinding item) {
        return engine.rule(item.finding().ruleId()).map(r -> r.title(locale)).orElse(item.finding().ruleId());
    }

    static String sourceName(String source) {
        return RuleTexts.english().source(source);
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
                Messages.format("rules.acknowledge.question", f.message(locale)), "").map(String::strip).filter(s -> !s.isEmpty());
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

    /** What the team types in "Look ahead to...". */
    public StringProperty lookAheadTextProperty() {
        return lookAheadText;
    }

    public ReadOnlyStringProperty lookAheadErrorProperty() {
        return lookAheadError.getReadOnlyProperty();
    }

    /** "Findings as of Mar 10, 16:00", or blank for now. */
    public ReadOnlyStringProperty lookingAheadToProperty() {
        return lookingAheadTo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lookingAheadProperty() {
        return lookingAhead.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty evaluatingProperty() {
        return evaluating.getReadOnlyProperty();
    }

    /** The snapshot the findings were computed from. */
    NegotiationSnapshot evaluatedSnapshot() {
        return evaluated;
    }
}
