package org.tablebook.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tablebook.domain.Check;
import org.tablebook.domain.Dates;
import org.tablebook.domain.ValidationException;

/**
 * Turns the domain's records into JSON objects and back, component by component, so that the file
 * follows the records exactly and every problem found on the way back can be named by its field.
 * Reading is strict: every component must be present, no unknown key is accepted, and each value
 * must have the component's type; then the record's own constructor validates it.
 */
final class RecordCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** ISO-8601 with an offset: {@code Z}, {@code +00:00} or {@code -05:00}; seconds and fractions optional. */
    private static final Pattern INSTANT = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern INSTANT_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private RecordCodec() {
    }

    /** A record type's components and canonical constructor, looked up once. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor, Set<String> names) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                Set<String> names = Arrays.stream(components).map(RecordComponent::getName)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                return new Shape(components, constructor, names);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A record always has a canonical constructor: " + type, e);
            }
        }
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, Shape::of);
    }

    // ---- writing ---------------------------------------------------------------------------

    static ObjectNode encode(Record record) {
        ObjectNode node = NODES.objectNode();
        for (RecordComponent c : shape(record.getClass()).components()) {
            node.set(c.getName(), encodeValue(read(c, record)));
        }
        return node;
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    private static JsonNode encodeValue(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        // Money and rates as text in plain form, scale kept ("21.50"), so the round trip is exact.
        if (value instanceof java.math.BigDecimal d) {
            return NODES.textNode(d.toPlainString());
        }
        // ISO-8601 throughout: 2026-03-14, 14:30, 2026-03-14T09:30:00Z (instants in UTC).
        if (value instanceof Instant || value instanceof LocalDate || value instanceof LocalTime) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(encodeValue(item)));
            return array;
        }
        if (value instanceof Record r) {
            return encode(r);
        }
        throw new IllegalStateException("No JSON form for " + value.getClass());
    }

    // ---- reading ---------------------------------------------------------------------------

    /**
     * Builds a record from its JSON object.
     *
     * @param where the record's place in the file, e.g. {@code demands[3] (id 9f2c…)}
     * @param prefix the path of an enclosing field for nested records ("ruleSettings."), or ""
     */
    static <T extends Record> T decode(Class<T> type, JsonNode node, String where, String prefix)
            throws BackupFormatException {
        if (node == null || !node.isObject()) {
            throw new BackupFormatException(where, "expected an object { … } holding the record's fields, found "
                    + describe(node) + ".");
        }
        Shape shape = shape(type);
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!shape.names().contains(key)) {
                throw new BackupFormatException(where + ", field " + prefix + key, "there is no field \"" + key
                        + "\" here; check its spelling. The fields are " + String.join(", ", shape.names()) + ".");
            }
        }
        RecordComponent[] components = shape.components();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String field = prefix + c.getName();
            if (!node.has(c.getName())) {
                if (ADDED_IN_FORMAT_2.contains(c.getName())) {
                    // A backup from before these fields existed: the record's own defaults apply.
                    args[i] = c.getType() == int.class ? 0 : c.getType() == List.class ? List.of() : null;
                    continue;
                }
                throw new BackupFormatException(where + ", field " + field, "the field is missing. Every field must be "
                        + "present; an empty optional field is written as null.");
            }
            args[i] = decodeValue(c.getGenericType(), c.getType(), node.get(c.getName()), where, field);
        }
        try {
            return type.cast(shape.constructor().newInstance(args));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ValidationException v) {
                throw new BackupFormatException(where + ", field " + prefix + v.field(), v.getMessage(), v);
            }
            if (cause instanceof NullPointerException npe) {
                String field = npe.getMessage() == null ? "" : npe.getMessage();
                throw new BackupFormatException(where + ", field " + prefix + field, "the value is required.", npe);
            }
            throw new BackupFormatException(where, String.valueOf(cause.getMessage()), cause);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object decodeValue(Type generic, Class<?> raw, JsonNode v, String where, String field)
            throws BackupFormatException {
        String at = where + ", field " + field;
        if (raw == boolean.class) {
            if (!v.isBoolean()) {
                throw new BackupFormatException(at, "expected true or false, found " + describe(v) + ".");
            }
            return v.booleanValue();
        }
        if (raw == long.class) {
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw new BackupFormatException(at, "expected a whole number, found " + describe(v) + ".");
            }
            return v.longValue();
        }
        if (raw == int.class || raw == Integer.class) {
            if (v.isNull() && raw == Integer.class) {
                return null;
            }
            if (!v.isIntegralNumber()) {
                throw new BackupFormatException(at, "expected a whole number, found " + describe(v) + ".");
            }
            if (!v.canConvertToInt()) {
                throw new BackupFormatException(at, "the number " + v.asText() + " is too large.");
            }
            return v.intValue();
        }
        if (v.isNull()) {
            return null;
        }
        if (raw == String.class) {
            if (!v.isTextual()) {
                throw new BackupFormatException(at, "expected text in double quotes, found " + describe(v) + ".");
            }
            return text(v.textValue(), at, field);
        }
        if (raw.isEnum()) {
            return decodeEnum(raw, v, at);
        }
        if (raw == java.math.BigDecimal.class) {
            if (!v.isTextual()) {
                throw new BackupFormatException(at, "expected a number written as text, such as \"21.50\", found "
                        + describe(v) + ".");
            }
            try {
                return new java.math.BigDecimal(v.textValue());
            } catch (NumberFormatException e) {
                throw new BackupFormatException(at, "\"" + v.textValue() + "\" is not a number; write it as "
                        + "\"21.50\".");
            }
        }
        if (raw == LocalDate.class) {
            return decodeDate(v, at);
        }
        if (raw == Instant.class) {
            return decodeInstant(v, at);
        }
        if (raw == LocalTime.class) {
            if (!v.isTextual() || !TIME.matcher(v.textValue()).matches()) {
                throw new BackupFormatException(at, "expected a time of day like \"14:30\", found " + describe(v) + ".");
            }
            try {
                return LocalTime.parse(v.textValue());
            } catch (DateTimeParseException e) {
                throw new BackupFormatException(at, "\"" + v.textValue() + "\" is not a real time of day.");
            }
        }
        if (raw == List.class) {
            return decodeStrings(generic, v, at);
        }
        if (Record.class.isAssignableFrom(raw)) {
            return decode(raw.asSubclass(Record.class), v, where, field + ".");
        }
        throw new IllegalStateException("No JSON form for " + raw);
    }

    private static Object decodeEnum(Class<?> raw, JsonNode v, String at) throws BackupFormatException {
        Object[] constants = raw.getEnumConstants();
        String allowed = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        if (v.isTextual()) {
            for (Object c : constants) {
                if (((Enum<?>) c).name().equals(v.textValue())) {
                    return c;
                }
            }
        }
        throw new BackupFormatException(at, describeValue(v) + " is not one of " + allowed + ".");
    }

    private static LocalDate decodeDate(JsonNode v, String at) throws BackupFormatException {
        if (!v.isTextual() || !DATE.matcher(v.textValue()).matches()) {
            throw new BackupFormatException(at, "expected a date like \"2026-03-14\" (year-month-day), found "
                    + describe(v) + ".");
        }
        try {
            return Dates.parseDate("date", "label.theDate", v.textValue());
        } catch (ValidationException e) {
            throw new BackupFormatException(at, e.getMessage());
        }
    }

    /**
     * An instant as ISO-8601 with its offset ({@code 2026-03-14T09:30Z}, {@code …T09:30:00+00:00},
     * {@code …T04:30:00-05:00}), kept in UTC. Refused rather than adjusted: a time that does not
     * exist (a 25th hour, a leap second, a 31st of April), a year outside the negotiation's years.
     */
    private static Instant decodeInstant(JsonNode v, String at) throws BackupFormatException {
        String text = v.isTextual() ? v.textValue() : null;
        var m = text == null ? null : INSTANT.matcher(text);
        if (m == null || !m.matches()) {
            String hint = text != null && INSTANT_SHAPE.matcher(text).matches()
                    ? ": after the date comes T, the time as hours:minutes or hours:minutes:seconds, then Z for UTC "
                    + "or the offset from UTC such as +02:00 or -05:00"
                    : "";
            throw new BackupFormatException(at, "expected a time like \"2026-03-14T09:30:00Z\"" + hint + ", found "
                    + describe(v) + ".");
        }
        LocalDate date;
        try {
            date = Dates.parseDate("date", "label.theDate", m.group(1));
        } catch (ValidationException e) {
            throw new BackupFormatException(at, e.getMessage());
        }
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (hour > 23) {
            throw new BackupFormatException(at, "\"" + text + "\" is not a real time: hours go from 00 to 23.");
        }
        if (minute > 59) {
            throw new BackupFormatException(at, "\"" + text + "\" is not a real time: minutes go from 00 to 59.");
        }
        if (second == 60) {
            throw new BackupFormatException(at, "\"" + text + "\" is a leap second, which Tablebook does not keep: "
                    + "seconds go from 00 to 59. Write the second before it.");
        }
        if (second > 59) {
            throw new BackupFormatException(at, "\"" + text + "\" is not a real time: seconds go from 00 to 59.");
        }
        ZoneOffset offset;
        try {
            offset = ZoneOffset.of(m.group(6));
        } catch (DateTimeException e) {
            throw new BackupFormatException(at, "\"" + text + "\" has no real offset from UTC: offsets go from -18:00 "
                    + "to +18:00.");
        }
        int nano = m.group(5) == null ? 0 : Integer.parseInt((m.group(5) + "00000000").substring(0, 9));
        return OffsetDateTime.of(date, LocalTime.of(hour, minute, second, nano), offset).toInstant();
    }

    /**
     * A text as the file holds it, refused when it holds what the app never writes: half of a
     * character, an invisible control character (tabs and line breaks aside), more than the longest
     * text a field accepts. A record's before and after in the audit trail may be longer: they hold
     * a whole record.
     */
    private static String text(String value, String at, String field) throws BackupFormatException {
        boolean wholeRecord = field.equals("beforeJson") || field.equals("afterJson");
        if (!wholeRecord && value.length() > Check.MAX_TEXT) {
            throw new BackupFormatException(at, "the text is too long (" + value.length() + " characters); "
                    + "Tablebook keeps at most " + Check.MAX_TEXT + " in a field.");
        }
        try {
            return Check.printable(field, "The text", value, true);
        } catch (ValidationException e) {
            throw new BackupFormatException(at, e.getMessage());
        }
    }

    /** Fields backups written before schema 6 do not have: the negotiation's sector, zone and strike, a sidebar's announcement, grievance units and holidays. */
    private static final java.util.Set<String> ADDED_IN_FORMAT_2 = java.util.Set.of("sector", "zone", "strikeOn",
            "strikeNoticeOn", "timeAnnouncedAt", "grievanceWindowUnit", "holidays", "strikeNoticeDays");

    private static List<?> decodeStrings(Type generic, JsonNode v, String at) throws BackupFormatException {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] == LocalDate.class) {
            if (!v.isArray()) {
                throw new BackupFormatException(at, "expected a list [ … ] of dates, found " + describe(v) + ".");
            }
            List<LocalDate> dates = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                dates.add(decodeDate(v.get(i), at + "[" + i + "]"));
            }
            return dates;
        }
        if (!(generic instanceof ParameterizedType p) || p.getActualTypeArguments()[0] != String.class) {
            throw new IllegalStateException("Only lists of text and of dates are stored: " + generic);
        }
        if (!v.isArray()) {
            throw new BackupFormatException(at, "expected a list [ … ] of texts in double quotes, found " + describe(v) + ".");
        }
        if (v.size() > Check.MAX_LIST) {
            throw new BackupFormatException(at, "the list has " + v.size() + " entries; Tablebook keeps at most "
                    + Check.MAX_LIST + " in a list.");
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual()) {
                throw new BackupFormatException(at + "[" + i + "]", "expected text in double quotes, found "
                        + describe(item) + ".");
            }
            out.add(text(item.textValue(), at + "[" + i + "]", ""));
        }
        return out;
    }

    /** How a JSON value reads in a message: "the number 12", "the text \"MAYBE\"", "a list". */
    static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            return "the text " + describeValue(v);
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        if (v.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String describeValue(JsonNode v) {
        if (!v.isTextual()) {
            return describe(v);
        }
        String t = v.textValue();
        return "\"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
    }
}
