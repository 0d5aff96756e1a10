package org.tablebook.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.rules.Finding;
import org.tablebook.rules.RulesEngine;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/**
 * Every rule of the catalogue over the stress file's negotiation, as the rules panel runs them on
 * each change; against one pass over every record (reading each one's id and times), the least any
 * check of the whole negotiation does. The file comes from {@code -Dtablebook.bench.file}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 7, time = 1)
@Fork(1)
public class RulesBenchmark {
    private NegotiationSnapshot snapshot;
    private final RulesEngine engine = RulesEngine.standard();

    @Setup
    public void load() throws Exception {
        Path file = Path.of(System.getProperty("tablebook.bench.file", "target/bench/stress.tablebook"));
        try (TablebookStore store = TablebookStore.openForReading(file,
                StoreOptions.defaults(StressFile.CLOCK, Path.of("target/bench/unused-backups")))) {
            snapshot = store.loadSnapshot();
        }
    }

    @Benchmark
    public List<Finding> allRules() {
        return engine.evaluate(snapshot, StressFile.CLOCK);
    }

    @Benchmark
    public long everyRecordOnce() {
        return snapshot.entities().mapToLong(e -> e.id().length() + e.createdAt().getNano() + e.updatedAt().getNano())
                .sum();
    }
}
