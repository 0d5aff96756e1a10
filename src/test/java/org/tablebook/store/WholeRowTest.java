package org.tablebook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Rows read whole (one value per row, see {@link Sql.Whole}) give back every column exactly as
 * reading it column by column does: NULLs, empty texts, texts holding the separators, characters
 * of any length in UTF-8, negative and large numbers.
 */
class WholeRowTest {
    private static final List<String> COLUMNS = List.of("id", "label", "note", "count", "flag", "at", "on_day", "small");

    @Test
    void everyColumnComesBackAsReadColumnByColumn() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Sql sql = new Sql(c)) {
            sql.execute("CREATE TABLE t (id TEXT NOT NULL PRIMARY KEY, label TEXT NOT NULL, note TEXT, count INTEGER,"
                    + " flag INTEGER NOT NULL, at TEXT, on_day TEXT, small INTEGER) STRICT");
            List<Object[]> written = new ArrayList<>();
            written.add(new Object[] {"a", "", null, null, 0, null, null, null});
            written.add(new Object[] {"b", "12:-:3", "-", -42L, 1, Sql.instant(Instant.parse("2026-03-02T09:00:00.5Z")),
                "2026-02-28", -7});
            written.add(new Object[] {"c", "Négociation — 交渉 😀\nsecond line\r\n", ":", Long.MIN_VALUE, 1, null, null, 0});
            written.add(new Object[] {"d", "x".repeat(100_000), "", Long.MAX_VALUE, 0, null, "2024-02-29", Integer.MAX_VALUE});
            Random random = new Random(7);
            for (int i = 0; i < 50; i++) {
                written.add(new Object[] {"r" + i, text(random), random.nextBoolean() ? null : text(random),
                    random.nextBoolean() ? null : random.nextLong(), random.nextInt(2), null, null,
                    random.nextBoolean() ? null : random.nextInt()});
            }
            for (Object[] row : written) {
                sql.update("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row);
            }
            Sql.RowReader<List<Object>> reader = r -> Arrays.asList(r.text(), r.text(), r.text(), r.longValue(),
                    r.bool(), r.instant(), r.date(), r.integer());
            List<List<Object>> byColumn = sql.list("SELECT " + String.join(", ", COLUMNS) + " FROM t ORDER BY rowid",
                    reader);
            List<List<Object>> whole = sql.list(Sql.Whole.of("t", COLUMNS, "ORDER BY rowid"), reader);
            assertEquals(written.size(), whole.size());
            assertEquals(byColumn, whole);
            List<Object> b = whole.get(1);
            assertEquals(Arrays.asList("b", "12:-:3", "-", -42L, true, Instant.parse("2026-03-02T09:00:00.5Z"),
                    LocalDate.of(2026, 2, 28), -7), b);
            assertEquals(Arrays.asList("a", "", null, 0L, false, null, null, null), whole.get(0));
            assertEquals("Négociation — 交渉 😀\nsecond line\r\n", whole.get(2).get(1));
            assertEquals(Long.MIN_VALUE, whole.get(2).get(3));
        }
    }

    @Test
    void aBadValueNamesTheTableTheFieldAndTheRow() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Sql sql = new Sql(c)) {
            sql.execute("CREATE TABLE t (id TEXT NOT NULL PRIMARY KEY, note TEXT, on_day TEXT) STRICT");
            sql.update("INSERT INTO t VALUES (?, ?, ?)", "row-7", null, "2027-02-30");
            BadValueException e = assertThrows(BadValueException.class, () -> sql.list(
                    Sql.Whole.of("t", List.of("id", "note", "on_day"), ""), r -> List.of(r.text(), "" + r.text(), r.date())));
            assertEquals("The field on_day of the t row row-7 holds \"2027-02-30\", which is not a real date"
                    + " (year-month-day).", e.getMessage());
        }
    }

    private static String text(Random random) {
        String alphabet = "ab:-0123456789 éü—交😀\n";
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(40);
        while (s.length() < n) {
            int i = random.nextInt(alphabet.length());
            s.append(Character.isHighSurrogate(alphabet.charAt(i)) ? alphabet.substring(i, i + 2)
                    : Character.isLowSurrogate(alphabet.charAt(i)) ? "x" : alphabet.substring(i, i + 1));
        }
        return s.toString();
    }
}
