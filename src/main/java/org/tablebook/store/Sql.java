package org.tablebook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One connection with its prepared statements kept for reuse, and the one place where Java values
 * become column values: instants as UTC ISO-8601 with nine fraction digits (fixed width, so that
 * text order is time order), dates and times in ISO form, enums by name, booleans as 0/1.
 */
final class Sql implements AutoCloseable {
    static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Sql(Connection connection) {
        this.connection = connection;
    }

    /** A statement without parameters, not kept: pragmas and transaction control. */
    void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Several statements separated by semicolons, as in a migration script. */
    void script(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // sqlite-jdbc runs the whole text through sqlite3_exec here, trigger bodies included.
            s.executeUpdate(sql);
        }
    }

    int update(String sql, Object... args) throws SQLException {
        PreparedStatement ps = prepare(sql, args);
        return ps.executeUpdate();
    }

    <T> List<T> list(String sql, RowReader<T> reader, Object... args) throws SQLException {
        PreparedStatement ps = prepare(sql, args);
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            Row row = new Row(rs);
            while (rs.next()) {
                row.reset();
                out.add(readChecked(reader, row, rs));
            }
        }
        return out;
    }

    /** Each row in turn, none of them kept: for results too large to hold at once. */
    <T> void forEach(String sql, RowReader<T> reader, java.util.function.Consumer<? super T> action, Object... args)
            throws SQLException {
        PreparedStatement ps = prepare(sql, args);
        try (ResultSet rs = ps.executeQuery()) {
            Row row = new Row(rs);
            while (rs.next()) {
                row.reset();
                action.accept(reader.read(row));
            }
        }
    }

    <T> Optional<T> one(String sql, RowReader<T> reader, Object... args) throws SQLException {
        PreparedStatement ps = prepare(sql, args);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Row row = new Row(rs);
            return Optional.ofNullable(readChecked(reader, row, rs));
        }
    }

    /** A row that makes no valid record is the file's problem, said as such; see {@link BadValueException}. */
    private static <T> T readChecked(RowReader<T> reader, Row row, ResultSet rs) throws SQLException {
        try {
            return reader.read(row);
        } catch (org.tablebook.domain.ValidationException e) {
            throw BadValueException.ofRow(rs, e.getMessage(), e);
        }
    }

    long count(String sql, Object... args) throws SQLException {
        return one(sql, Row::longValue, args).orElse(0L);
    }

    String pragma(String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private PreparedStatement prepare(String sql, Object[] args) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        for (int i = 0; i < args.length; i++) {
            bind(ps, i + 1, args[i]);
        }
        return ps;
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof Integer || value instanceof Long) {
            ps.setLong(index, ((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            ps.setInt(index, b ? 1 : 0);
        } else if (value instanceof Enum<?> e) {
            ps.setString(index, e.name());
        } else if (value instanceof Instant t) {
            ps.setString(index, instant(t));
        } else if (value instanceof java.math.BigDecimal d) {
            // Exact decimals as text in plain form, scale kept, so a file gives back what was written.
            ps.setString(index, d.toPlainString());
        } else if (value instanceof LocalDate || value instanceof LocalTime) {
            ps.setString(index, value.toString());
        } else {
            throw new IllegalArgumentException("No column form for " + value.getClass().getName());
        }
    }

    static String instant(Instant t) {
        if (t == null) {
            return null;
        }
        long seconds = t.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(day);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return INSTANT.format(t);
        }
        // The same text as INSTANT, written by hand: an import writes tens of thousands of these.
        char[] c = "0000-00-00T00:00:00.000000000Z".toCharArray();
        put(c, 0, 4, year);
        put(c, 5, 7, date.getMonthValue());
        put(c, 8, 10, date.getDayOfMonth());
        put(c, 11, 13, secondOfDay / 3_600);
        put(c, 14, 16, secondOfDay / 60 % 60);
        put(c, 17, 19, secondOfDay % 60);
        put(c, 20, 29, t.getNano());
        return new String(c);
    }

    /** Writes {@code value} as decimal digits right-aligned in c[from, to), zero-padded. */
    private static void put(char[] c, int from, int to, int value) {
        for (int i = to - 1; i >= from; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Reads the store's own form, {@code 2026-03-02T09:00:00.123456789Z}, without a formatter: a
     * large file has tens of thousands of these and the general parser dominates loading. Any other
     * ISO-8601 instant falls back to {@link Instant#parse}.
     */
    static Instant parseInstant(String s) {
        if (s.length() == 30 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':'
                && s.charAt(16) == ':' && s.charAt(19) == '.' && s.charAt(29) == 'Z') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int nano = digits(s, 20, 29);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour < 24 && minute >= 0
                    && minute < 60 && second >= 0 && second < 60 && nano >= 0 && day <= 31) {
                long epochDay = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nano);
            }
        }
        return Instant.parse(s);
    }

    /** Reads {@code yyyy-MM-dd} without a formatter; anything else goes to {@link LocalDate#parse}. */
    static LocalDate parseDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(s);
    }

    /** The number written in s[from, to), or -1 when a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // Closing the connection releases it anyway.
            }
        }
        statements.clear();
    }

    /** Reads one result row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(Row row) throws SQLException;
    }

    /**
     * A result row read column by column in select order, so that a table's reader mirrors its
     * column list.
     */
    static final class Row {
        private final ResultSet rs;
        private int next = 1;

        Row(ResultSet rs) {
            this.rs = rs;
        }

        void reset() {
            next = 1;
        }

        /**
         * The column as text. Read as its UTF-8 bytes and decoded here: sqlite-jdbc's
         * {@code getString} hands each value over in a direct buffer made for it, which costs more
         * than the decoding (SQLite gives an integer or a real column its text form as bytes too).
         */
        String text() throws SQLException {
            byte[] utf8 = rs.getBytes(next++);
            return utf8 == null ? null : new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        }

        long longValue() throws SQLException {
            return rs.getLong(next++);
        }

        int intValue() throws SQLException {
            return rs.getInt(next++);
        }

        Integer integer() throws SQLException {
            int v = rs.getInt(next++);
            return rs.wasNull() ? null : v;
        }

        boolean bool() throws SQLException {
            return rs.getInt(next++) != 0;
        }

        Instant instant() throws SQLException {
            String s = text();
            try {
                return s == null ? null : parseInstant(s);
            } catch (java.time.DateTimeException e) {
                throw BadValueException.of(rs, next - 1, s, "a real moment in time", e);
            }
        }

        LocalDate date() throws SQLException {
            String s = text();
            try {
                return s == null ? null : parseDate(s);
            } catch (java.time.DateTimeException e) {
                throw BadValueException.of(rs, next - 1, s, "a real date (year-month-day)", e);
            }
        }

        LocalTime time() throws SQLException {
            String s = text();
            try {
                return s == null ? null : LocalTime.parse(s);
            } catch (java.time.DateTimeException e) {
                throw BadValueException.of(rs, next - 1, s, "a real time of day (hours:minutes)", e);
            }
        }

        java.math.BigDecimal decimal() throws SQLException {
            String s = text();
            return s == null ? null : new java.math.BigDecimal(s);
        }

        <E extends Enum<E>> E enumOf(Class<E> type) throws SQLException {
            String s = text();
            try {
                return s == null ? null : Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                throw BadValueException.of(rs, next - 1, s, "one of " + java.util.Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")), e);
            }
        }
    }
}
