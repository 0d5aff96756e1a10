package org.tablebook.rules;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.tablebook.domain.RuleAcknowledgement;

/**
 * The rules' words in one language: titles, messages, fixes and labels from the bundle
 * {@code org/tablebook/rules/rules.properties} (and {@code rules_es.properties}), with dates and
 * durations written the way that language writes them. Patterns are {@link MessageFormat}s, with
 * apostrophes written plainly (they are doubled here before formatting).
 */
public final class RuleTexts {
    /** The language findings are written in when a caller names none. */
    public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;
    private static final String BUNDLE = "org.tablebook.rules.rules";
    private static final Map<Locale, RuleTexts> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateWithYear;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dateTimeSeconds;

    private RuleTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale);
        this.dateWithYear = DateTimeFormatter.ofPattern(bundle.getString("format.dateWithYear"), locale);
        this.dateTime = DateTimeFormatter.ofPattern(bundle.getString("format.dateTime"), locale);
        this.dateTimeSeconds = DateTimeFormatter.ofPattern(bundle.getString("format.dateTimeSeconds"), locale);
    }

    public static RuleTexts of(Locale locale) {
        return CACHE.computeIfAbsent(locale == null ? DEFAULT_LOCALE : locale, RuleTexts::new);
    }

    public static RuleTexts english() {
        return of(DEFAULT_LOCALE);
    }

    public Locale locale() {
        return locale;
    }

    /** The rule's short name for the panel: "Rep alone in a sidebar". */
    public String title(String ruleId) {
        return lookup("rule." + ruleId + ".title").orElse(ruleId);
    }

    /**
     * The principle in this language: the source's own English words in English, a rendering
     * beside them in another language (the quotation itself always stays in English).
     */
    public Optional<String> principle(String ruleId) {
        return lookup("rule." + ruleId + ".principle");
    }

    /** In one sentence, which time the rule reads and why: an instant and a duration, or calendar days. */
    public String timeSemantics(String ruleId) {
        return lookup("rule." + ruleId + ".time").orElse("");
    }

    /** What a reference text or practice is, for a citation: "a union negotiating guide (reference 000)". */
    public String source(String source) {
        return lookup("source." + source.replace(' ', '_')).orElse(source);
    }

    /** "Acknowledged on Mar 3 by Ana for different facts: ..." for an acknowledgement that has lapsed. */
    public String lapsed(RuleAcknowledgement acknowledgement, ZoneId zone) {
        return get("acknowledgement.lapsed", acknowledgement.at().atZone(zone).toLocalDate(), acknowledgement.by(),
                acknowledgement.reason());
    }

    /** Any key of the bundle, formatted with the given arguments. */
    public String get(String key, Object... args) {
        return render(Text.of(key, args));
    }

    public String render(Text text) {
        if (text.isLiteral()) {
            return (String) text.args().get(0);
        }
        String pattern = bundle.getString(text.key());
        Object[] args = text.args().stream().map(this::argument).toArray();
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    private Optional<String> lookup(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private Object argument(Object arg) {
        if (arg instanceof Text t) {
            return render(t);
        }
        if (arg instanceof LocalDate d) {
            return date.format(d);
        }
        if (arg instanceof Texts.WithYear y) {
            return dateWithYear.format(y.date());
        }
        if (arg instanceof ZonedDateTime t) {
            return dateTime.format(t);
        }
        if (arg instanceof Texts.WithSeconds s) {
            return dateTimeSeconds.format(s.at());
        }
        if (arg instanceof Duration d) {
            return duration(d);
        }
        if (arg instanceof List<?> items) {
            return join(items.stream().map(i -> String.valueOf(argument(i))).toList());
        }
        if (arg instanceof Number || arg instanceof String) {
            return arg;
        }
        return arg == null ? "" : String.valueOf(arg);
    }

    /**
     * "45 min", "3 h", "1 h 35 min", "3 days 2 h". A part of a minute counts as a minute: every duration
     * a finding names is one that has passed a limit, and 90 minutes and 59 seconds must not read as the
     * limit of 90 minutes it is past.
     */
    String duration(Duration d) {
        long minutes = Math.max(0, d.plusMinutes(1).minusNanos(1).toMinutes());
        if (minutes < 60) {
            return get("duration.minutes", minutes);
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours < 48) {
            return rest == 0 ? get("duration.hours", hours) : get("duration.hoursMinutes", hours, rest);
        }
        long days = hours / 24;
        long restHours = hours % 24;
        return restHours == 0 ? get("duration.days", days) : get("duration.daysHours", days, restHours);
    }

    /** "a", "a and b", "a, b and c". */
    String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(bundle.getString("list.separator"), items.subList(0, items.size() - 1));
        return get("list.last", head, items.get(items.size() - 1));
    }
}
