package org.tablebook.ui.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/**
 * Writes a sample file into a data folder for looking at the screens under Xvfb:
 * {@code mvn -o -q test -Dtest=SampleFileTest -Dtablebook.sample.dir=/tmp/shots/tablebook [-Dtablebook.sample.large=true]}.
 * Runs only when asked.
 */
@EnabledIfSystemProperty(named = "tablebook.sample.dir", matches = ".+")
class SampleFileTest {
    @Test
    void writesTheSampleNegotiation() throws Exception {
        Path dir = Path.of(System.getProperty("tablebook.sample.dir"));
        Files.createDirectories(dir);
        Path file = dir.resolve("negotiation.tablebook");
        Files.deleteIfExists(file);
        Files.writeString(dir.resolve("preferences.json"), "{\"userName\":\"Dana Reyes\"}");
        Clock clock = Clock.systemDefaultZone();
        Negotiation n = Negotiation.create("Nurses Local 12 \u2013 City Hospital 2027", NegotiationKind.UNION_CONTRACT,
                clock.instant());
        try (TablebookStore store = TablebookStore.create(file, n, "Dana Reyes",
                StoreOptions.defaults(clock, dir.resolve("backups")))) {
            if (Boolean.getBoolean("tablebook.sample.large")) {
                TableSample.writeLarge(store, "Dana Reyes", 2_000, 20_000, 7, LocalDate.now(clock), clock.instant());
            } else {
                TableSample.write(store, "Dana Reyes", LocalDate.now(clock), clock.instant());
            }
            assertEquals(1, store.loadSnapshot().negotiation().title().chars().filter(c -> c == '\u2013').count());
        }
    }
}
