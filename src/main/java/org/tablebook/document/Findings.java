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
    private long asked;
    private Instant lastMinute;

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

    /** Works the findings out for the current snapshot, off the JavaFX thread. */
    public void refresh() {
        NegotiationSnapshot snapshot = document.snapshot();
        long ask = ++asked;
        if (snapshot == null) {
            evaluation.set(Evaluation.NONE);
            return;
        }
        Instant at = clock.instant();
        lastMinute = at.truncatedTo(ChronoUnit.MINUTES);
        Clock frozen = Clock.fixed(at, clock.getZone());
        BackgroundTask.of(() -> cache.evaluate(snapshot, frozen))
                .onSuccess(result -> {
                    // A newer snapshot or minute has been asked for meanwhile: its result follows.
                    if (ask == asked) {
                        failure.set(null);
                        evaluation.set(new Evaluation(snapshot, at, result));
                    }
                })
                .onFailure(e -> failure.set(e))
                .runWith(tasks);
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
