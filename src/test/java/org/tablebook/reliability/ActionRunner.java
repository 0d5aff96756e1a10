package org.tablebook.reliability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import org.tablebook.domain.sample.StressNegotiation.Edit;
import org.tablebook.store.StoreOpenException;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.StoreProbe;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.Edits;

/**
 * The child process of the reliability tests: {@code ActionRunner FILE BACKUPS SEED} opens the file
 * as the app does, finds how many of the recorded actions it already holds, prints
 * {@code READY n}, then applies the following actions one by one, each as one user action, printing
 * {@code COMMITTED n} once action {@code n} is committed. It stops, closing the file, when a line or
 * the end arrives on standard input; or it is killed. A file it may not open is refused with
 * {@code REFUSED PROBLEM: message}. Right after opening it prints {@code DURABILITY ...}, what SQLite
 * says of its connection's synchronous level and journal mode. With a fourth argument {@code open}
 * it only opens the file (migrating it if it is older), prints {@code OPEN} and waits. Before
 * {@code READY} it says on standard error how long its start took: {@code TIMING jvm=... open=...
 * count=... skip=...}, in milliseconds.
 */
public final class ActionRunner {
    private ActionRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        StoreOptions options = StoreOptions.defaults(Clock.systemUTC(), Path.of(args[1]));
        RecordedActions actions = new RecordedActions(Long.parseLong(args[2]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Thread stop = new Thread(() -> {
            try {
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (java.io.IOException e) {
                // Stop all the same.
            }
        }, "stop");
        stop.setDaemon(true);
        TablebookStore opened;
        long t0 = System.nanoTime();
        try {
            opened = TablebookStore.open(file, options);
        } catch (StoreOpenException e) {
            out.println("REFUSED " + e.problem() + ": " + e.getMessage());
            return;
        }
        out.println("DURABILITY " + StoreProbe.durability(opened));
        if (args.length > 3 && args[3].equals("open")) {
            try (TablebookStore store = opened) {
                out.println("OPEN");
                stop.start();
                stop.join();
            }
            out.println("CLOSED");
            return;
        }
        try (TablebookStore store = opened) {
            long t1 = System.nanoTime();
            int done = RecordedActions.committedCount(store);
            long t2 = System.nanoTime();
            Iterator<Edit> stream = actions.stream();
            for (int i = 0; i < done; i++) {
                stream.next();
            }
            long t3 = System.nanoTime();
            System.err.printf("TIMING jvm=%dms open=%dms count=%dms skip=%dms%n",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() - (t3 - t0) / 1_000_000,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            out.println("READY " + done);
            stop.start();
            while (stop.isAlive()) {
                Edits.write(store, RecordedActions.ACTOR, stream.next());
                out.println("COMMITTED " + ++done);
            }
        }
        out.println("CLOSED");
    }
}
