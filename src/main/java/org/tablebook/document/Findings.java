package org.tablebook.document;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.RulesEngine;

/**
 * The rule findings on the open negotiation, worked out once per snapshot (and once per minute for
 * the rules that depend on the clock) and shared by every screen that shows them: the rules panel,
 * the dashboard, the status bar. The work runs on the background runner through a
 * {@link FindingsCache}, so a change re-runs only the rules whose records it touched.
 */
public final class Findings {
    private final NegotiationDocument document;
    private final FindingsCache cache;
    private final Clock clock;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(Evaluation.NONE);
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_FILE);
    /** The document's {@linkplain NegotiationDocument#opening() opening} the findings on show (or the failure) are of. */
    private long evaluatedOpening = -1;
    private long asked;
    private Instant lastMinute;

    /** What the findings on show stand for. */
    public enum State {
        /** No file is open. */
        NO_FILE,
        /** The file open now has no findings worked out yet: nothing can be said of its rules. */
        WORKING,
        /** The findings on show are the file's (those of its latest change follow shortly). */
        READY,
        /** Working the findings out failed: the rules could not be checked ({@link #failureProperty()}). */
        FAILED
    }

    /**
     * The findings on one snapshot.
     *
     * @param snapshot null when no file is open
     * @param at the clock's instant they were worked out at
     */
    public record Evaluation(NegotiationSnapshot snapshot, Instant at, List<EvaluatedFinding> findings) {
        public static final Evaluation NONE = new Evaluation(null, null, List.of());

        public Evaluation {
            findings = List.copyOf(findings);
        }
    }

    public Findings(NegotiationDocument document, RulesEngine engine, Clock clock, TaskRunner tasks) {
        this.document = Objects.requireNonNull(document, "document");
        this.cache = new FindingsCache(engine);
        this.clock = clock;
        this.tasks = tasks;
        document.snapshotProperty().addListener((obs, was, is) -> refresh());
        refresh();
    }

    public RulesEngine engine() {
        return cache.engine();
    }

    /** The zone the latest findings' days are counted in: the negotiation's, else the clock's. */
    public java.time.ZoneId zone() {
        NegotiationSnapshot snapshot = evaluation.get().snapshot();
        return snapshot == null ? clock.getZone() : RulesEngine.zoneOf(snapshot, clock);
    }

    /** The latest findings, replaced (on the JavaFX thread) once worked out for a new snapshot or minute. */
    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public Evaluation evaluation() {
        return evaluation.get();
    }

    /** The last failure to work the findings out, null once they are worked out again. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /**
     * Whether the findings on show can be read as the file's: not while the first ones for a file
     * just opened are being worked out (none is not "nothing breaks"), nor after a failure.
     */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** Works the findings out for the current snapshot, off the JavaFX thread. */
    public void refresh() {
        NegotiationSnapshot snapshot = document.snapshot();
        long ask = ++asked;
        long opening = document.opening();
        if (snapshot == null) {
            failure.set(null);
            evaluatedOpening = opening;
            evaluation.set(Evaluation.NONE);
            state.set(State.NO_FILE);
            return;
        }
        if (opening != evaluatedOpening) {
            // Another file (or the same read again whole): what is on show says nothing of it yet.
            failure.set(null);
            state.set(State.WORKING);
        }
        Instant at = clock.instant();
        lastMinute = at.truncatedTo(ChronoUnit.MINUTES);
        Clock frozen = Clock.fixed(at, clock.getZone());
        BackgroundTask.of(() -> fingerprinted(cache.evaluate(snapshot, frozen)))
                .onSuccess(result -> {
                    // A newer snapshot or minute has been asked for meanwhile: its result follows.
                    if (ask == asked) {
                        failure.set(null);
                        evaluatedOpening = opening;
                        evaluation.set(new Evaluation(snapshot, at, result));
                        state.set(State.READY);
                    }
                })
                .onFailure(e -> {
                    if (ask != asked) {
                        return;
                    }
                    boolean first = failure.get() == null;
                    evaluatedOpening = opening;
                    failure.set(e);
                    state.set(State.FAILED);
                    if (first) {
                        // Written to the log and told once, as every unexpected failure is; the
                        // screens say the rules could not be checked for as long as it lasts.
                        Thread t = Thread.currentThread();
                        t.getUncaughtExceptionHandler().uncaughtException(t, e);
                    }
                })
                .runWith(tasks);
    }

    /**
     * The findings with their facts' fingerprints worked out here, off the JavaFX thread: the rules
     * panel tells new findings from those seen by them, for every finding, each time they arrive
     * (on a large file, thousands of hashes, which held up the window as it opened).
     */
    private static List<EvaluatedFinding> fingerprinted(List<EvaluatedFinding> findings) {
        for (EvaluatedFinding f : findings) {
            f.finding().factsFingerprint();
        }
        return findings;
    }

    /**
     * Called as the clock moves (the screens' timers): on a new minute, works out again the rules
     * that depend on the clock; the others keep their findings.
     */
    public void minuteTick() {
        if (document.snapshot() != null
                && !clock.instant().truncatedTo(ChronoUnit.MINUTES).equals(lastMinute)) {
            refresh();
        }
    }
}
