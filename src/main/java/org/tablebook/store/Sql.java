package org.tablebook.store;

import java.nio.charset.StandardCharsets;
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
                out.add(readChecked(reader, row));
            }
        }
        return out;
    }

    /**
     * Every row of a {@link Whole} select, each handed over by SQLite as one value: one call into
     * the driver per row instead of one per column.
     */
    <T> List<T> list(Whole select, RowReader<T> reader, Object... args) throws SQLException {
        PreparedStatement ps = prepare(select.sql(), args);
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            Row row = new Row(rs, select);
            while (rs.next()) {
                row.reset(rs.getBytes(1));
                out.add(readChecked(reader, row));
            }
        }
        return out;
    }

    /**
     * A select whose rows come back as one value each: every column as its length in UTF-8 bytes
     * (or {@code -} for NULL), a colon and its bytes, in column order. Reading a column through
     * the driver is one native call that makes a Java array for it, which cost more than SQLite's
     * own reading of a large file; SQLite puts a row together for the cost of copying it.
     * {@link Row} reads such a row column by column as it reads a result row.
     *
     * @param table the table, for messages about a bad value
     * @param columns the columns, for messages about a bad value
     * @param sql the select, as {@link #of} writes it
     */
    record Whole(String table, List<String> columns, String sql) {
        /** The columns of {@code table} in order, each row as one value; {@code rest} follows the FROM clause. */
        static Whole of(String table, List<String> columns, String rest) {
            StringBuilder select = new StringBuilder("SELECT concat(");
            for (int i = 0; i < columns.size(); i++) {
                String c = columns.get(i);
                // concat() leaves a NULL out: the "-" before it says it was there.
                select.append(i == 0 ? "" : ", ").append("ifnull(octet_length(").append(c).append("), '-'), ':', ")
                        .append(c);
            }
            select.append(") FROM ").append(table).append(rest.isEmpty() ? "" : " ").append(rest);
            return new Whole(table, List.copyOf(columns), select.toString());
        }
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
            return Optional.ofNullable(readChecked(reader, row));
        }
    }

    /** A row that makes no valid record is the file's problem, said as such; see {@link BadValueException}. */
    private static <T> T readChecked(RowReader<T> reader, Row row) throws SQLException {
        try {
            return reader.read(row);
        } catch (org.tablebook.domain.ValidationException e) {
            throw row.badRow(e.getMessage(), e);
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
     * column list: the columns of a result set, or the columns a {@link Whole} row holds.
     */
    static final class Row {
        private final ResultSet rs;
        private final Whole whole;
        private int next = 1;
        /** A {@link Whole} row, and where its next column starts. */
        private byte[] bytes;
        private int at;
        /** The column just read from a {@link Whole} row: its first byte and length. */
        private int start;
        private int length;

        Row(ResultSet rs) {
            this(rs, null);
        }

        Row(ResultSet rs, Whole whole) {
            this.rs = rs;
            this.whole = whole;
        }

        void reset() {
            next = 1;
        }

        void reset(byte[] row) {
            next = 1;
            bytes = row;
            at = 0;
        }

        /** Steps over the next column of a {@link Whole} row; false when it is NULL. */
        private boolean nextOfWhole() throws SQLException {
            next++;
            byte[] b = bytes;
            int i = at;
            if (i >= b.length) {
                throw new SQLException("A row of " + whole.table() + " holds fewer columns than were read");
            }
            if (b[i] == '-') {
                at = i + 2;
                return false;
            }
            int n = 0;
            for (byte c; (c = b[i++]) != ':';) {
                n = n * 10 + (c - '0');
            }
            start = i;
            length = n;
            at = i + n;
            return true;
        }

        /**
         * The column as text. Read as its UTF-8 bytes and decoded here: sqlite-jdbc's
         * {@code getString} hands each value over in a direct buffer made for it, which costs more
         * than the decoding (SQLite gives an integer or a real column its text form as bytes too).
         */
        String text() throws SQLException {
            if (whole != null) {
                return nextOfWhole() ? new String(bytes, start, length, StandardCharsets.UTF_8) : null;
            }
            byte[] utf8 = rs.getBytes(next++);
            return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
        }

        long longValue() throws SQLException {
            if (whole != null) {
                return nextOfWhole() ? wholeNumber() : 0;
            }
            return rs.getLong(next++);
        }

        int intValue() throws SQLException {
            if (whole != null) {
                return (int) longValue();
            }
            return rs.getInt(next++);
        }

        Integer integer() throws SQLException {
            if (whole != null) {
                return nextOfWhole() ? (int) wholeNumber() : null;
            }
            int v = rs.getInt(next++);
            return rs.wasNull() ? null : v;
        }

        boolean bool() throws SQLException {
            return intValue() != 0;
        }

        /** The column just stepped over as a whole number, as an INTEGER column holds it. */
        private long wholeNumber() throws SQLException {
            String s = new String(bytes, start, length, StandardCharsets.UTF_8);
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw bad(s, "a whole number", e);
            }
        }

        Instant instant() throws SQLException {
            String s = text();
            try {
                return s == null ? null : parseInstant(s);
            } catch (java.time.DateTimeException e) {
                throw bad(s, "a real moment in time", e);
            }
        }

        LocalDate date() throws SQLException {
            String s = text();
            try {
                return s == null ? null : parseDate(s);
            } catch (java.time.DateTimeException e) {
                throw bad(s, "a real date (year-month-day)", e);
            }
        }

        LocalTime time() throws SQLException {
            String s = text();
            try {
                return s == null ? null : LocalTime.parse(s);
            } catch (java.time.DateTimeException e) {
                throw bad(s, "a real time of day (hours:minutes)", e);
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
                throw bad(s, "one of " + java.util.Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")), e);
            }
        }

        /** The column just read holds {@code value}, which is not {@code what}. */
        private BadValueException bad(String value, String what, Throwable cause) {
            if (whole == null) {
                return BadValueException.of(rs, next - 1, value, what, cause);
            }
            return BadValueException.of(whole.table(), whole.columns().get(next - 2), wholeId(), value, what, cause);
        }

        /** The row's values make no valid record. */
        BadValueException badRow(String problem, Throwable cause) {
            if (whole == null) {
                return BadValueException.ofRow(rs, problem, cause);
            }
            return BadValueException.ofRow(whole.table(), wholeId(), problem, cause);
        }

        /** The id of the {@link Whole} row being read, when it is the first column; "" when not. */
        private String wholeId() {
            if (!whole.columns().get(0).equals("id") || bytes.length == 0 || bytes[0] == '-') {
                return "";
            }
            int i = 0;
            int n = 0;
            for (byte c; i < bytes.length && (c = bytes[i]) != ':'; i++) {
                n = n * 10 + (c - '0');
            }
            return i + 1 + n <= bytes.length ? new String(bytes, i + 1, n, StandardCharsets.UTF_8) : "";
        }
    }
}
