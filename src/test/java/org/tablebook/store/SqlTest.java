package org.tablebook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The column forms of times: fixed width, and read back exactly. */
class SqlTest {
    @Test
    void instantsAreWrittenAtFixedWidthAndReadBackExactly() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String previous = null;
        Instant previousInstant = null;
        for (int i = 0; i < 10_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000));
            if (i % 3 == 0) {
                t = Instant.ofEpochSecond(t.getEpochSecond());
            }
            String text = Sql.instant(t);
            assertEquals(Sql.INSTANT.format(t), text, "the hand-written form is the formatter's");
            assertEquals(30, text.length(), "seed " + seed + ": " + text);
            assertEquals(t, Sql.parseInstant(text), "seed " + seed + ": " + text);
            assertEquals(Instant.parse(text), Sql.parseInstant(text), "seed " + seed);
            if (previous != null) {
                assertEquals(Integer.signum(previousInstant.compareTo(t)), Integer.signum(previous.compareTo(text)),
                        "seed " + seed + ": text order is time order");
            }
            previous = text;
            previousInstant = t;
        }
    }

    @Test
    void datesReadBackExactly() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            LocalDate d = LocalDate.ofEpochDay(random.nextLong(0, 2_932_896));
            assertEquals(d, Sql.parseDate(d.toString()), "seed " + seed);
        }
    }

    @Test
    void otherFormsFallBackToTheGeneralParser() {
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), Sql.parseInstant("2026-03-02T09:00:00Z"));
        assertEquals(Instant.parse("2026-03-02T09:00:00.5Z"), Sql.parseInstant("2026-03-02T09:00:00.5Z"));
        assertThrows(DateTimeException.class, () -> Sql.parseInstant("2026-02-30T09:00:00.000000000Z"));
        assertThrows(DateTimeException.class, () -> Sql.parseDate("2026-02-30"));
        assertTrue(Sql.instant(Instant.EPOCH).startsWith("1970-01-01T00:00:00.000000000Z"));
    }
}
