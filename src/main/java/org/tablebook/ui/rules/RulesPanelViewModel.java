package org.tablebook.ui.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.RulesPanelState;
import org.tablebook.ui.common.FindingTexts;
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

    private final RulesPanelContext context;
    private final PreferencesStore preferences;
    private final FindingTexts findingTexts;
    /** Every finding, most serious first; {@link #findings} holds those the filters let through. */
    private List<EvaluatedFinding> all = List.of();
    private final ObservableList<EvaluatedFinding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<Severity> severityFilter = new SimpleObjectProperty<>();
    private final ObservableList<String> sectionChoices = FXCollections.observableArrayList();
    private final StringProperty sectionChoice = new SimpleStringProperty();
    private final BooleanProperty thisRecord = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper shownSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(Messages.get("rules.none"));
    private final BooleanProperty collapsed = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper newCount = new ReadOnlyIntegerWrapper();
    private RulesPanelState state;
    /** The file the seen findings below belong to; null until a file's findings are shown. */
    private String seenFile;
    private Set<String> seen = Set.of();
    /** The snapshot shown when another file was opened: its findings belong to the file before. */
    private NegotiationSnapshot staleSnapshot;
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper acknowledged = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper errorBadge = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warningBadge = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper infoBadge = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final StringProperty lookAheadText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper lookAheadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lookingAheadTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper lookingAhead = new ReadOnlyBooleanWrapper();
    private Instant lookAheadAt;
    /** Why the last look ahead could not be worked out; null once one is. */
    private Throwable aheadFailure;
    private NegotiationSnapshot evaluated;

    /** A panel with findings of its own (tests, a panel alone); the window shares one {@link Findings}. */
    public RulesPanelViewModel(NegotiationDocument document, RulesEngine engine, Clock clock, TaskRunner tasks,
            DialogService dialogs, Navigator navigator) {
        this(document, engine, clock, tasks, dialogs, navigator, RuleTexts.DEFAULT_LOCALE);
    }

    /** A panel of its own whose findings are written in the given language. */
    public RulesPanelViewModel(NegotiationDocument document, RulesEngine engine, Clock clock, TaskRunner tasks,
            DialogService dialogs, Navigator navigator, Locale locale) {
        this(document, new Findings(document, engine, clock, tasks), clock, tasks, dialogs, navigator, locale,
                RulesPanelContext.alone());
    }

    /**
     * A panel showing the shared findings, written in the given language; looking ahead works the
     * findings out on its own with {@code tasks}, since the shared ones are always as of now. The
     * {@code context} gives the sections and the open record to filter by, and where the panel's
     * state is remembered.
     */
    public RulesPanelViewModel(NegotiationDocument document, Findings shared, Clock clock, TaskRunner tasks,
            DialogService dialogs, Navigator navigator, Locale locale, RulesPanelContext context) {
        this.context = context;
        this.preferences = context.preferences();
        this.document = document;
        this.shared = shared;
        this.engine = shared.engine();
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.locale = locale;
        this.texts = RuleTexts.of(locale);
        this.findingTexts = new FindingTexts(engine, locale);
        this.state = preferences == null ? RulesPanelState.NONE : preferences.get().rulesPanel();
        collapsed.set(state.collapsed());
        collapsed.addListener((obs, was, is) -> remember(st -> st.withCollapsed(is)));
        sectionChoices.add(Messages.get("rules.filter.allSections"));
        sectionChoices.addAll(context.sections());
        sectionChoice.set(sectionChoices.get(0));
        severityFilter.addListener(o -> refilter());
        sectionChoice.addListener(o -> refilter());
        thisRecord.addListener(o -> refilter());
        context.openRecords().addListener(o -> {
            if (thisRecord.get()) {
                refilter();
            }
        });
        // Another file: its findings are still to come; those shown now are the last file's.
        context.file().addListener(o -> {
            staleSnapshot = evaluated;
            catchUpSeen();
        });
        shared.evaluationProperty().addListener((obs, was, is) -> {
            if (lookAheadAt == null) {
                show(is.snapshot(), is.findings());
            }
        });
        // Until the file's first findings arrive, or when they cannot be worked out, the panel says
        // so: no findings yet is not "nothing breaks". The failure itself is logged and told by Findings.
        shared.stateProperty().addListener((obs, was, is) -> {
            if (lookAheadAt == null && is == Findings.State.WORKING) {
                showShared();
            } else {
                describe();
            }
        });
        // The shared findings follow every change by themselves; a look ahead is worked out again here.
        document.snapshotProperty().addListener((obs, was, is) -> {
            if (lookAheadAt != null) {
                evaluateAhead();
            }
        });
        showShared();
    }

    /** The shared findings, unless they are still of the file before: then none until the file's own arrive. */
    private void showShared() {
        if (shared.state() == Findings.State.WORKING) {
            show(null, List.of());
        } else {
            show(shared.evaluation().snapshot(), shared.evaluation().findings());
        }
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
        BackgroundTask.of(() -> engine.evaluateWithAcknowledgements(snapshot, at))
                .onSuccess(result -> {
                    // A later change, or going back to now, may have come meanwhile; its own result follows.
                    if (document.snapshot() == snapshot && ahead.equals(lookAheadAt)) {
                        aheadFailure = null;
                        show(snapshot, result);
                    }
                })
                .onFailure(e -> {
                    if (document.snapshot() != snapshot || !ahead.equals(lookAheadAt)) {
                        return;
                    }
                    boolean first = aheadFailure == null;
                    aheadFailure = e;
                    // The panel says the rules could not be checked, as when the findings of now cannot be.
                    show(snapshot, List.of());
                    if (first) {
                        // Written to the log and told once, as every unexpected failure is.
                        Thread t = Thread.currentThread();
                        t.getUncaughtExceptionHandler().uncaughtException(t, e);
                    }
                })
                .runWith(tasks);
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
        showShared();
        shared.refresh();
    }

    private void show(NegotiationSnapshot snapshot, List<EvaluatedFinding> result) {
        evaluated = snapshot;
        all = result.stream().sorted(order(locale)).toList();
        if (snapshot != null && lookAheadAt == null) {
            catchUpSeen();
        }
        errors.set(count(result, Severity.ERROR));
        warnings.set(count(result, Severity.WARNING));
        infos.set(count(result, Severity.INFO));
        acknowledged.set((int) result.stream().filter(EvaluatedFinding::acknowledged).count());
        describe();
    }

    /** What the shared findings on show stand for; a look ahead's are the panel's own, worked out. */
    private Findings.State state() {
        if (lookAheadAt == null) {
            return shared.state();
        }
        return aheadFailure == null ? Findings.State.READY : Findings.State.FAILED;
    }

    /** The summary and the counts' badges: the counts once known, else that they are being worked out or failed. */
    private void describe() {
        Findings.State now = state();
        boolean known = now == Findings.State.READY || now == Findings.State.NO_FILE;
        working.set(now == Findings.State.WORKING);
        failed.set(now == Findings.State.FAILED);
        String unknown = Messages.get(now == Findings.State.FAILED ? "rules.count.failed" : "rules.count.working");
        errorBadge.set(known ? String.valueOf(errors.get()) : unknown);
        warningBadge.set(known ? String.valueOf(warnings.get()) : unknown);
        infoBadge.set(known ? String.valueOf(infos.get()) : unknown);
        summary.set(switch (now) {
            case WORKING -> Messages.get("rules.working");
            case FAILED -> failureText();
            case NO_FILE -> Messages.get("rules.noFile.summary");
            default -> describeCounts(errors.get(), warnings.get(), infos.get(), acknowledged.get());
        });
        refilter();
    }

    private String failureText() {
        Throwable e = lookAheadAt == null ? shared.failureProperty().get() : aheadFailure;
        String why = e == null ? "" : e.getMessage() == null ? e.toString() : e.getMessage();
        return Messages.format("rules.failed", why);
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
        markSeen(item);
        navigator.reveal(item.finding().subject(), item.finding().field());
    }

    /** The principle the rule guards, quoted from its source. */
    public String explanation(EvaluatedFinding item) {
        return findingTexts.explanation(item, zone());
    }

    /** "Acknowledged on Mar 3 by Ana for different facts ..." when the team's acknowledgement has lapsed. */
    public Optional<String> lapsedNote(EvaluatedFinding item) {
        return findingTexts.lapsedNote(item, zone());
    }

    private ZoneId zone() {
        NegotiationSnapshot snapshot = evaluated != null ? evaluated : document.snapshot();
        return snapshot == null ? clock.getZone() : RulesEngine.zoneOf(snapshot, clock);
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
        markSeen(item);
        dialogs.showInformation(title(item), explanation(item));
    }

    /** Rule title as the panel shows it. */
    public String title(EvaluatedFinding item) {
        return findingTexts.title(item);
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
        document.change(Messages.format("rules.change.acknowledge", title(item)), w -> {
            w.insert(ack);
            return ack;
        }, done -> { }, e -> dialogs.showError(Messages.get("rules.acknowledge.failed"), e.getMessage()));
    }

    // ---- filters ----

    private void refilter() {
        Severity severity = severityFilter.get();
        String section = sectionChoice.get();
        boolean anySection = section == null || section.equals(sectionChoices.get(0));
        Set<String> open = thisRecord.get() ? Optional.ofNullable(context.openRecords().getValue()).orElse(Set.of())
                : Set.of();
        List<EvaluatedFinding> shown = all.stream()
                .filter(f -> severity == null || f.finding().severity() == severity)
                .filter(f -> anySection || section.equals(context.sectionOf().apply(f.finding().subject())))
                .filter(f -> !thisRecord.get() || open.contains(f.finding().subject().id()))
                .toList();
        if (!shown.equals(findings)) {
            findings.setAll(shown);
        }
        boolean any = severity != null || !anySection || thisRecord.get();
        filtered.set(any);
        shownSummary.set(any ? Messages.format("rules.filter.showing", shown.size(), all.size()) : "");
        if (state() == Findings.State.NO_FILE) {
            emptyText.set(Messages.get("rules.noFile"));
        } else if (all.isEmpty() && state() == Findings.State.WORKING) {
            emptyText.set(Messages.get("rules.working"));
        } else if (all.isEmpty() && state() == Findings.State.FAILED) {
            emptyText.set(failureText());
        } else if (all.isEmpty()) {
            emptyText.set(Messages.get("rules.none"));
        } else if (thisRecord.get() && open.isEmpty()) {
            emptyText.set(Messages.get("rules.filter.noRecord"));
        } else {
            emptyText.set(Messages.get("rules.filter.noMatch"));
        }
        newCount.set((int) all.stream().filter(this::isNew).count());
    }

    /** A click on a count: shows only that severity; a second click shows every severity again. */
    public void toggleSeverity(Severity severity) {
        severityFilter.set(severity == severityFilter.get() ? null : severity);
    }

    /** Every finding again: no severity, section or record filter. */
    public void clearFilters() {
        severityFilter.set(null);
        sectionChoice.set(sectionChoices.get(0));
        thisRecord.set(false);
    }

    /** The one severity shown, or null for all. */
    public ObjectProperty<Severity> severityFilterProperty() {
        return severityFilter;
    }

    /** "All sections", then each place a finding can be in. */
    public ObservableList<String> sectionChoices() {
        return FXCollections.unmodifiableObservableList(sectionChoices);
    }

    /** The section whose findings are shown; the first choice shows all. */
    public StringProperty sectionChoiceProperty() {
        return sectionChoice;
    }

    /** Only the findings on the record open in the section on show. */
    public BooleanProperty thisRecordProperty() {
        return thisRecord;
    }

    /** Whether any filter holds findings back. */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** "Showing 3 of 41", while a filter holds findings back; blank otherwise. */
    public ReadOnlyStringProperty shownSummaryProperty() {
        return shownSummary.getReadOnlyProperty();
    }

    /** What the empty list says: nothing breaks the rules, no record is open, or nothing matches. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    // ---- folding away ----

    /** The panel folded to a narrow strip; remembered between starts. */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    public void toggleCollapsed() {
        collapsed.set(!collapsed.get());
    }

    // ---- new since the last look ----

    /**
     * What marks a finding as the same one from look to look: its rule, its subject and its facts'
     * fingerprint (which holds its severity). A finding whose facts changed, or that grew more
     * serious, is new again; one that only aged by the clock is not.
     */
    static String seenKey(Finding f) {
        return f.ruleId() + " " + f.subject().kind() + " " + f.subject().id() + " " + f.factsFingerprint();
    }

    /** Whether the finding came up since the person last looked (acknowledged ones never are). */
    public boolean isNew(EvaluatedFinding item) {
        return seenFile != null && !item.acknowledged() && !seen.contains(seenKey(item.finding()));
    }

    /** How many findings are new since the last look. */
    public ReadOnlyIntegerProperty newCountProperty() {
        return newCount.getReadOnlyProperty();
    }

    /** The person has looked at every finding shown now: none of them is new any more. */
    public void markAllSeen() {
        if (seenFile == null) {
            return;
        }
        keep(current().stream().map(f -> seenKey(f.finding())).collect(Collectors.toSet()));
    }

    /** The person has looked at this finding (opened it or asked why). */
    private void markSeen(EvaluatedFinding item) {
        if (seenFile == null || !isNew(item)) {
            return;
        }
        Set<String> now = current().stream().map(f -> seenKey(f.finding())).collect(Collectors.toSet());
        Set<String> next = new HashSet<>(seen);
        // Findings that went away are forgotten, so that one coming back counts as new.
        next.retainAll(now);
        next.add(seenKey(item.finding()));
        keep(next);
    }

    /** The findings as of now, whatever moment the panel is looking ahead to. */
    private List<EvaluatedFinding> current() {
        return lookAheadAt == null ? all : shared.evaluation().findings();
    }

    /**
     * Takes up the seen findings of the file now open. The first time a file's findings are shown
     * they are all taken as seen: "new" means new since this person last looked, not never looked.
     */
    private void catchUpSeen() {
        String file = context.file().getValue();
        if (evaluated != staleSnapshot) {
            staleSnapshot = null;
        }
        if (file == null || evaluated == null || evaluated == staleSnapshot || lookAheadAt != null) {
            seenFile = null;
            seen = Set.of();
            refilter();
            return;
        }
        seenFile = file;
        if (preferences != null) {
            state = preferences.get().rulesPanel();
        }
        if (state.knows(file)) {
            seen = state.seenIn(file);
            refilter();
        } else {
            keep(all.stream().map(f -> seenKey(f.finding())).collect(Collectors.toSet()));
        }
    }

    private void keep(Set<String> keys) {
        seen = Set.copyOf(keys);
        String file = seenFile;
        List<String> sorted = keys.stream().sorted().toList();
        remember(st -> st.withSeen(file, sorted));
        refilter();
    }

    /** Changes what the panel remembers, on top of what is kept now (another window may have changed it). */
    private void remember(java.util.function.UnaryOperator<RulesPanelState> change) {
        if (preferences == null) {
            state = change.apply(state);
        } else {
            preferences.update(p -> p.withRulesPanel(change));
            state = preferences.get().rulesPanel();
        }
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

    /** The errors' badge: their count once the findings are worked out, else a mark that they are not. */
    public ReadOnlyStringProperty errorBadgeProperty() {
        return errorBadge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningBadgeProperty() {
        return warningBadge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty infoBadgeProperty() {
        return infoBadge.getReadOnlyProperty();
    }

    /** True while the first findings of the file open now are worked out: the counts are not known yet. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True while the findings cannot be worked out: the rules could not be checked. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
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

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
