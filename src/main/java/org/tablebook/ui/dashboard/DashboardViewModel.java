package org.tablebook.ui.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.domain.Durations;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.rules.RulesEngine;
import org.tablebook.document.BackgroundTask;
import org.tablebook.document.Findings;
import org.tablebook.ui.common.DateLabels;
import org.tablebook.ui.common.Messages;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.ui.common.Navigator;
import org.tablebook.document.TaskRunner;
import org.tablebook.ui.dashboard.DashboardFigures.ChartPoint;
import org.tablebook.ui.dashboard.DashboardFigures.DueItem;
import org.tablebook.ui.dashboard.DashboardFigures.RuleCounts;
import org.tablebook.ui.dashboard.DashboardFigures.StatusCount;
import org.tablebook.ui.dashboard.DashboardFigures.TimelineEvent;
import org.tablebook.ui.dashboard.DashboardFigures.TimelineMarker;
import org.tablebook.ui.dashboard.DashboardFigures.TopFinding;

/**
 * The dashboard: the whole negotiation on one screen. The figures (counts, what is due, the chart,
 * the timeline, the rules' counts) are worked out by {@link DashboardFigures} off the JavaFX thread
 * whenever the snapshot changes, and again each new minute, since deadlines move with the clock.
 * The running sidebars' clocks move every second through {@link #tick()}, which the view calls.
 * Each item links to its subject through the {@link Navigator}.
 */
public final class DashboardViewModel {
    private final NegotiationDocument document;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Navigator navigator;
    private final Consumer<EntityKind> openList;
    private final Findings findings;

    private final ObservableList<StatusCount> demandCounts = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper oursTotal = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper theirsTotal = new ReadOnlyIntegerWrapper();
    private final ObservableList<RunningSidebar> running = FXCollections.observableArrayList();
    private final ObservableList<DueItem> due = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> chart = FXCollections.observableArrayList();
    private final ObservableList<TimelineEvent> timeline = FXCollections.observableArrayList();
    private final ObservableList<TimelineMarker> timelineMarkers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LocalDate> timelineStart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> timelineEnd = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RuleCounts> ruleCounts = new ReadOnlyObjectWrapper<>(RuleCounts.NONE);
    private final ObservableList<TopFinding> topFindings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper figuresFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper rulesFailure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fresh = new ReadOnlyBooleanWrapper();
    private final ObservableList<FirstStepState> firstSteps = FXCollections.observableArrayList();

    private NegotiationSnapshot shown;
    private long generation;
    private Instant lastComputedMinute;
    /** The document's {@linkplain NegotiationDocument#opening() opening} the figures on show are of. */
    private long figuresOpening = -1;

    /** A dashboard with findings of its own (tests); the window shares one {@link Findings}. */
    public DashboardViewModel(NegotiationDocument document, Clock clock, Navigator navigator,
            Consumer<EntityKind> openList) {
        this(document, new Findings(document, RulesEngine.standard(), clock, document.tasks()), clock, navigator,
                openList);
    }

    public DashboardViewModel(NegotiationDocument document, Findings findings, Clock clock, Navigator navigator,
            Consumer<EntityKind> openList) {
        this.document = document;
        this.findings = Objects.requireNonNull(findings, "findings");
        this.tasks = document.tasks();
        this.clock = clock;
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.openList = Objects.requireNonNull(openList, "openList");
        document.snapshotProperty().addListener((obs, was, is) -> show(is));
        findings.evaluationProperty().addListener((obs, was, is) -> {
            if (is.snapshot() != null && is.snapshot() == shown) {
                compute(is);
            }
        });
        findings.stateProperty().addListener((obs, was, is) -> followRules(is));
        show(document.snapshot());
        followRules(findings.state());
    }

    /**
     * When the findings cannot be worked out the Rules card says so; the other figures are worked
     * out without them, so the rest of the dashboard still shows the file.
     */
    private void followRules(Findings.State state) {
        if (state != Findings.State.FAILED) {
            rulesFailure.set("");
            return;
        }
        Throwable e = findings.failureProperty().get();
        rulesFailure.set(Messages.format("rules.failed", e == null ? "" : e.getMessage() == null ? e.toString()
                : e.getMessage()));
        if (shown != null && pending.get()) {
            compute(new Findings.Evaluation(shown, clock.instant(), List.of()));
        }
    }

    private void show(NegotiationSnapshot snapshot) {
        shown = snapshot;
        // Until the figures of the file open now arrive, the cards say they are being worked out.
        pending.set(snapshot != null && figuresOpening != document.opening());
        if (snapshot == null) {
            generation++;
            demandCounts.clear();
            running.clear();
            due.clear();
            chart.clear();
            timeline.clear();
            timelineMarkers.clear();
            topFindings.clear();
            ruleCounts.set(RuleCounts.NONE);
            title.set("");
            headline.set("");
            fresh.set(false);
            firstSteps.clear();
            return;
        }
        title.set(snapshot.negotiation().title());
        showFirstSteps(snapshot);
        refreshRunning(snapshot);
        Findings.Evaluation ready = findings.evaluation();
        if (ready.snapshot() == snapshot) {
            compute(ready);
        } else {
            // The figures follow once the shared findings for this snapshot are worked out.
            generation++;
            computing.set(true);
        }
    }

    /**
     * Works the figures out on the background runner. A result that arrives after a newer snapshot
     * (or a newer minute) has been asked for is dropped, so the screen never goes back in time.
     */
    private void compute(Findings.Evaluation evaluation) {
        NegotiationSnapshot snapshot = evaluation.snapshot();
        long asked = ++generation;
        long opening = document.opening();
        lastComputedMinute = evaluation.at().truncatedTo(ChronoUnit.MINUTES);
        computing.set(true);
        Clock at = Clock.fixed(evaluation.at(), clock.getZone());
        // The findings shown are written in the window's language, as the rules panel writes them.
        java.util.Locale language = java.util.Locale.getDefault();
        BackgroundTask.of(() -> DashboardFigures.of(snapshot, at, evaluation.findings(), language))
                .onSuccess(figures -> {
                    if (asked == generation) {
                        figuresOpening = opening;
                        figuresFailed.set(false);
                        apply(figures);
                        pending.set(false);
                    }
                })
                .onFailure(e -> {
                    // The figures are a view of the record; a failure here must not stop the dashboard.
                    if (asked == generation) {
                        boolean first = !figuresFailed.get();
                        figuresFailed.set(true);
                        headline.set(Messages.get("dashboard.failed"));
                        if (first) {
                            // Written to the log and told once, as every unexpected failure is; the
                            // cards say the figures could not be worked out for as long as it lasts.
                            Thread t = Thread.currentThread();
                            t.getUncaughtExceptionHandler().uncaughtException(t, e);
                        }
                    }
                })
                .onFinally(() -> {
                    if (asked == generation) {
                        computing.set(false);
                    }
                })
                .runWith(tasks);
    }

    private void apply(DashboardFigures f) {
        oursTotal.set(f.demandCounts().stream().mapToInt(StatusCount::ours).sum());
        theirsTotal.set(f.demandCounts().stream().mapToInt(StatusCount::theirs).sum());
        demandCounts.setAll(f.demandCounts());
        due.setAll(f.due());
        chart.setAll(f.chart());
        timelineStart.set(f.timelineStart());
        timelineEnd.set(f.timelineEnd());
        today.set(LocalDate.now(clock));
        timeline.setAll(f.timeline());
        timelineMarkers.setAll(f.timelineMarkers());
        ruleCounts.set(f.rules());
        topFindings.setAll(f.topFindings());
        headline.set(f.headline());
    }

    /** The sidebars running now, each with its own clock property. */
    private void refreshRunning(NegotiationSnapshot snapshot) {
        int limit = snapshot.negotiation().ruleSettings().sidebarTimeLimitMinutes();
        List<RunningSidebar> now = snapshot.runningSidebars().stream()
                .map(s -> new RunningSidebar(s, describeAttendees(snapshot, s), limit, clock))
                .toList();
        running.setAll(now);
        now.forEach(RunningSidebar::tick);
    }

    private static String describeAttendees(NegotiationSnapshot snapshot, Sidebar s) {
        String ours = snapshot.ofSide(s.attendeeIds(), Side.OURS).stream().map(Person::name)
                .collect(Collectors.joining(", "));
        String theirs = snapshot.ofSide(s.attendeeIds(), Side.THEIRS).stream().map(Person::name)
                .collect(Collectors.joining(", "));
        if (ours.isEmpty() && theirs.isEmpty()) {
            return Messages.get("dashboard.running.nobody");
        }
        if (theirs.isEmpty()) {
            return ours;
        }
        return ours.isEmpty() ? Messages.format("dashboard.running.theirsOnly", theirs)
                : Messages.format("dashboard.running.with", ours, theirs);
    }

    /**
     * Moves the running sidebars' clocks to now; on a new minute, works the figures out again,
     * since deadlines ("overdue by 3 h") move with the clock.
     */
    public void tick() {
        running.forEach(RunningSidebar::tick);
        if (shown != null && !clock.instant().truncatedTo(ChronoUnit.MINUTES).equals(lastComputedMinute)) {
            findings.minuteTick();
        }
    }

    /** Takes the person to a record: a due item's, a finding's, a timeline event's or a running sidebar's. */
    public void open(EntityRef subject) {
        if (subject != null) {
            navigator.reveal(subject, null);
        }
    }

    /** Takes the person to a finding's subject, with the field the finding names. */
    public void open(TopFinding finding) {
        navigator.reveal(finding.subject(), finding.field());
    }

    /** What a new file needs first; each done once the file holds it. */
    public enum FirstStep { PARTIES_AND_DATES, TEAM, DEMANDS, SESSION }

    /** A first step and whether the file already holds it. */
    public record FirstStepState(FirstStep step, boolean done) {
    }

    /**
     * A file where nothing has happened at the table yet (no demand, pass, session, sidebar or
     * agreement) shows what to do first instead of empty charts.
     */
    private void showFirstSteps(NegotiationSnapshot snapshot) {
        boolean nothingYet = snapshot.demands().isEmpty() && snapshot.proposals().isEmpty()
                && snapshot.sessions().isEmpty() && snapshot.sidebars().isEmpty() && snapshot.agreements().isEmpty();
        fresh.set(nothingYet);
        if (!nothingYet) {
            firstSteps.clear();
            return;
        }
        var n = snapshot.negotiation();
        boolean dated = !n.otherParty().isBlank() && n.contractExpiresOn() != null && n.newDemandDeadline() != null;
        boolean team = snapshot.people().stream().anyMatch(p -> p.active() && p.side() == Side.OURS);
        firstSteps.setAll(new FirstStepState(FirstStep.PARTIES_AND_DATES, dated), new FirstStepState(FirstStep.TEAM, team),
                new FirstStepState(FirstStep.DEMANDS, false), new FirstStepState(FirstStep.SESSION, false));
    }

    /** Takes the person where a first step is done: the negotiation's settings, or a section's list. */
    public void open(FirstStep step) {
        switch (step) {
            case PARTIES_AND_DATES -> {
                if (shown != null) {
                    navigator.reveal(EntityRef.of(shown.negotiation()), "otherParty");
                }
            }
            case TEAM -> openList.accept(EntityKind.PERSON);
            case DEMANDS -> openList.accept(EntityKind.DEMAND);
            case SESSION -> openList.accept(EntityKind.TABLE_SESSION);
        }
    }

    /** True for a file where nothing has happened at the table yet: the dashboard shows the first steps. */
    public ReadOnlyBooleanProperty freshProperty() {
        return fresh.getReadOnlyProperty();
    }

    /** The first steps, in the order to take them; empty once the file holds more than its setup. */
    public ObservableList<FirstStepState> firstSteps() {
        return firstSteps;
    }

    /** Takes the person to the demands list. */
    public void openDemands() {
        openList.accept(EntityKind.DEMAND);
    }

    // ---- properties ----

    public ObservableList<StatusCount> demandCounts() {
        return demandCounts;
    }

    public ReadOnlyIntegerProperty oursTotalProperty() {
        return oursTotal.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty theirsTotalProperty() {
        return theirsTotal.getReadOnlyProperty();
    }

    public ObservableList<RunningSidebar> running() {
        return running;
    }

    public ObservableList<DueItem> due() {
        return due;
    }

    public ObservableList<ChartPoint> chart() {
        return chart;
    }

    public ObservableList<TimelineEvent> timeline() {
        return timeline;
    }

    /** The timeline's marks: one per event, or one for events too close together to tell apart. */
    public ObservableList<TimelineMarker> timelineMarkers() {
        return timelineMarkers;
    }

    public ReadOnlyObjectProperty<LocalDate> timelineStartProperty() {
        return timelineStart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> timelineEndProperty() {
        return timelineEnd.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RuleCounts> ruleCountsProperty() {
        return ruleCounts.getReadOnlyProperty();
    }

    public ObservableList<TopFinding> topFindings() {
        return topFindings;
    }

    /**
     * True while the figures of the file open now are not worked out yet: the cards must not show
     * the file before's, nor zeros.
     */
    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /**
     * True while the figures of the file open now could not be worked out: the cards waiting for
     * them say so rather than that they are being worked out.
     */
    public ReadOnlyBooleanProperty figuresFailedProperty() {
        return figuresFailed.getReadOnlyProperty();
    }

    /** "The rules could not be checked: …" while the findings cannot be worked out; blank otherwise. */
    public ReadOnlyStringProperty rulesFailureProperty() {
        return rulesFailure.getReadOnlyProperty();
    }

    /** True while the figures are being worked out. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "With City Hospital · day 62 of bargaining · contract expires in 28 days (30 Mar 2026)". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** A sidebar running now, with a clock that {@link #tick()} moves. */
    public static final class RunningSidebar {
        private final Sidebar sidebar;
        private final String attendees;
        private final int limitMinutes;
        private final Clock clock;
        private final StringProperty elapsed = new SimpleStringProperty("0:00:00");
        private final BooleanProperty overLimit = new SimpleBooleanProperty();
        private final StringProperty limitText = new SimpleStringProperty("");

        RunningSidebar(Sidebar sidebar, String attendees, int limitMinutes, Clock clock) {
            this.sidebar = sidebar;
            this.attendees = attendees;
            this.limitMinutes = limitMinutes;
            this.clock = clock;
        }

        void tick() {
            Duration d = Duration.between(sidebar.startedAt(), clock.instant());
            elapsed.set(Durations.clock(d));
            Duration limit = Duration.ofMinutes(limitMinutes);
            boolean over = d.compareTo(limit) > 0;
            overLimit.set(over);
            limitText.set(over ? Messages.format("dashboard.running.over", Durations.human(d.minus(limit)), limitMinutes)
                    : Messages.format("dashboard.running.left", Durations.human(limit.minus(d)), limitMinutes));
        }

        public EntityRef subject() {
            return EntityRef.of(sidebar);
        }

        public String purpose() {
            return sidebar.purpose();
        }

        public String attendees() {
            return attendees;
        }

        public String startedAt() {
            return Messages.format("dashboard.running.started", DateLabels.time(sidebar.startedAt(), clock.getZone()),
                    sidebar.location().isBlank() ? "" : Messages.format("dashboard.running.where", sidebar.location()));
        }

        /** "0:42:05". */
        public ReadOnlyStringProperty elapsedProperty() {
            return elapsed;
        }

        /** True past the negotiation's sidebar time limit. */
        public ReadOnlyBooleanProperty overLimitProperty() {
            return overLimit;
        }

        /** "48 min left of the 90-minute limit", "12 min over the 90-minute limit". */
        public ReadOnlyStringProperty limitTextProperty() {
            return limitText;
        }
    }
}
