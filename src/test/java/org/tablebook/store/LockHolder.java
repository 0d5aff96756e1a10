package org.tablebook.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a second JVM by {@link LockTest}: {@code hold FILE BACKUPS} opens the file, prints OPEN and
 * keeps it open until a line arrives on standard input; {@code try FILE BACKUPS} tries to open it
 * and prints OPEN or the problem's name.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        StoreOptions options = StoreOptions.defaults(Clock.systemUTC(), Path.of(args[2]));
        if (args[0].equals("try")) {
            try (TablebookStore store = TablebookStore.open(file, options)) {
                System.out.println("OPEN " + store.loadSnapshot().negotiation().title());
            } catch (StoreOpenException e) {
                System.out.println(e.problem());
            }
            return;
        }
        try (TablebookStore store = TablebookStore.open(file, options)) {
            System.out.println(store.readOnly() ? "READ ONLY" : "OPEN");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        System.out.println("CLOSED");
    }
}
