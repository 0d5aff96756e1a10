package org.tablebook.costing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tablebook.domain.Classification;
import org.tablebook.domain.PayBasis;
import org.tablebook.domain.ValidationException;

/**
 * Reads the unit's classifications from a CSV file (a spreadsheet saved as CSV), one
 * classification a line after a header line naming the columns. Every bad line is named with its
 * number and what is wrong with it; a file with any bad line gives no classification at all.
 *
 * <p>Columns, in any order, named as below (case and spaces do not matter): {@code name},
 * {@code headcount}, {@code pay_basis} (HOURLY or ANNUAL), {@code rate}, {@code standard_hours};
 * and, optional (empty or left out: 0, and 1.5 for the multiplier), {@code overtime_hours},
 * {@code overtime_multiplier}, {@code premium_hours}, {@code premium_per_hour},
 * {@code health_premium}, {@code employer_health_percent}, {@code pension_percent}.
 */
public final class BaselineCsv {
    public static final List<String> REQUIRED = List.of("name", "headcount", "pay_basis", "rate", "standard_hours");
    public static final List<String> OPTIONAL = List.of("overtime_hours", "overtime_multiplier", "premium_hours",
            "premium_per_hour", "health_premium", "employer_health_percent", "pension_percent");
    /** More lines than any unit has classifications: a guard against choosing the wrong file. */
    static final int MAX_ROWS = 5_000;

    private BaselineCsv() {
    }

    /** One bad line: its number in the file (1 is the header) and what is wrong, in a sentence. */
    public record Problem(long line, String message) {
        @Override
        public String toString() {
            return "Line " + line + ": " + (message.endsWith(".") ? message : message + ".");
        }
    }

    /** The file was refused; nothing in it was taken. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        RefusedException(List<Problem> problems) {
            super(problems.size() == 1 ? problems.get(0).toString()
                    : problems.size() + " lines are wrong; the first: " + problems.get(0));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /**
     * The classifications of the file, in its order, each with a new id from {@code ids} and
     * created at {@code now}.
     *
     * @throws RefusedException naming every bad line; nothing is returned then
     * @throws IOException the file could not be read
     */
    public static List<Classification> read(Reader in, Supplier<String> ids, Instant now)
            throws RefusedException, IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<Problem> problems = new ArrayList<>();
        List<Classification> out = new ArrayList<>();
        Map<String, Integer> columns = null;
        Map<String, Long> names = new HashMap<>();
        long lastLine = 0;
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new RefusedException(List.of(new Problem(1, "the file is empty; the first line names the "
                        + "columns: " + String.join(", ", REQUIRED) + ".")));
            }
            while (p.nextToken() == JsonToken.START_ARRAY) {
                // A line's number is where its first field starts (the array's own token sits a line early).
                long line = lastLine + 1;
                List<String> fields = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    if (fields.isEmpty()) {
                        line = p.currentTokenLocation().getLineNr();
                    }
                    fields.add(p.getText());
                }
                lastLine = line;
                if (columns == null) {
                    columns = header(fields, line, problems);
                    if (columns == null) {
                        break;
                    }
                    continue;
                }
                if (out.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(line, "the file has more than " + MAX_ROWS + " lines; is it the right "
                            + "file?"));
                    break;
                }
                java.util.Optional<Classification> read = row(fields, line, columns, ids, now, problems);
                if (read.isPresent()) {
                    Classification c = read.get();
                    Long first = names.putIfAbsent(c.name().toLowerCase(Locale.ROOT), line);
                    if (first != null) {
                        problems.add(new Problem(line, "\"" + c.name() + "\" is already on line " + first
                                + "; each classification once."));
                    } else {
                        out.add(c);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            // An unclosed quote runs to the end of the file: name the line where the failed one began.
            long line = lastLine + 1;
            problems.add(new Problem(line, "the line cannot be read as CSV (" + firstSentence(e) + "). Check its "
                    + "quotes: a field that holds a comma is written in double quotes, and a quote in it twice."));
        }
        if (columns == null && problems.isEmpty()) {
            problems.add(new Problem(1, "the file is empty; the first line names the columns: "
                    + String.join(", ", REQUIRED) + "."));
        }
        if (problems.isEmpty() && out.isEmpty()) {
            problems.add(new Problem(2, "the file names the columns but holds no classification."));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(Problem::line));
            throw new RefusedException(problems);
        }
        return out;
    }

    private static String firstSentence(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int cut = m.indexOf('\n');
        return (cut < 0 ? m : m.substring(0, cut)).strip();
    }

    private static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static Map<String, Integer> header(List<String> fields, long line, List<Problem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Set<String> known = new java.util.HashSet<>(REQUIRED);
        known.addAll(OPTIONAL);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String k = key(fields.get(i));
            if (!known.contains(k)) {
                wrong.add("\"" + fields.get(i).strip() + "\" is not a column Tablebook knows");
            } else if (columns.putIfAbsent(k, i) != null) {
                wrong.add("the column \"" + k + "\" is named twice");
            }
        }
        List<String> missing = REQUIRED.stream().filter(r -> !columns.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            wrong.add("the column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing");
        }
        if (!wrong.isEmpty()) {
            problems.add(new Problem(line, String.join("; ", wrong) + ". The first line names the columns: "
                    + String.join(", ", REQUIRED) + ", and optionally " + String.join(", ", OPTIONAL) + "."));
            return null;
        }
        return columns;
    }

    private static java.util.Optional<Classification> row(List<String> fields, long line,
            Map<String, Integer> columns, Supplier<String> ids, Instant now, List<Problem> problems) {
        int expected = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (fields.size() != expected) {
            problems.add(new Problem(line, "the line has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s")
                    + " where the header names " + expected + "."));
            return java.util.Optional.empty();
        }
        List<String> wrong = new ArrayList<>();
        Row r = new Row(fields, columns, wrong);
        String name = r.text("name");
        Integer headcount = r.whole("headcount");
        PayBasis basis = r.basis();
        BigDecimal rate = r.number("rate", null);
        BigDecimal hours = r.number("standard_hours", null);
        BigDecimal overtime = r.number("overtime_hours", BigDecimal.ZERO);
        BigDecimal multiplier = r.number("overtime_multiplier", new BigDecimal("1.5"));
        BigDecimal premiumHours = r.number("premium_hours", BigDecimal.ZERO);
        BigDecimal premium = r.number("premium_per_hour", BigDecimal.ZERO);
        BigDecimal health = r.number("health_premium", BigDecimal.ZERO);
        BigDecimal share = r.number("employer_health_percent", BigDecimal.ZERO);
        BigDecimal pension = r.number("pension_percent", BigDecimal.ZERO);
        if (!wrong.isEmpty()) {
            problems.add(new Problem(line, String.join("; ", wrong)));
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Classification(ids.get(), name, headcount, basis, rate, hours, overtime,
                    multiplier, premiumHours, premium, health, share, pension, now, now));
        } catch (ValidationException e) {
            problems.add(new Problem(line, e.getMessage()));
            return java.util.Optional.empty();
        }
    }

    /** The fields of one line, read by column name; what cannot be read is added to {@code wrong}. */
    private record Row(List<String> fields, Map<String, Integer> columns, List<String> wrong) {
        String raw(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : fields.get(i).strip();
        }

        String text(String column) {
            String v = raw(column);
            if (v.isEmpty()) {
                wrong.add("the " + column + " is empty");
            }
            return v;
        }

        Integer whole(String column) {
            String v = raw(column).replace(",", "");
            try {
                int n = Integer.parseInt(v);
                if (n < 0) {
                    wrong.add("the " + column + " cannot be negative (" + v + ")");
                }
                return n;
            } catch (NumberFormatException e) {
                wrong.add("the " + column + " \"" + raw(column) + "\" is not a whole number");
                return 0;
            }
        }

        PayBasis basis() {
            String v = raw("pay_basis").toUpperCase(Locale.ROOT);
            try {
                return PayBasis.valueOf(v);
            } catch (IllegalArgumentException e) {
                wrong.add("the pay_basis \"" + raw("pay_basis") + "\" is neither HOURLY nor ANNUAL");
                return PayBasis.HOURLY;
            }
        }

        /** A plain decimal; a leading currency sign and thousands commas, as spreadsheets write them, are allowed. */
        BigDecimal number(String column, BigDecimal ifEmpty) {
            String v = raw(column).replace(",", "").replaceFirst("^[$€£]", "").replaceFirst("%$", "");
            if (v.isEmpty()) {
                if (ifEmpty == null) {
                    wrong.add("the " + column + " is empty");
                    return BigDecimal.ZERO;
                }
                return ifEmpty;
            }
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                wrong.add("the " + column + " \"" + raw(column) + "\" is not a number");
                return BigDecimal.ZERO;
            }
        }
    }
}
