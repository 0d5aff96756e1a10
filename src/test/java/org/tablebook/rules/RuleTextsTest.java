package org.tablebook.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.SampleNegotiation;

/** The rules' words: the English and Spanish bundles hold the same keys and placeholders, and findings read in both. */
class RuleTextsTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleTexts.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void bothLanguagesHoldTheSameKeysWithTheSamePlaceholders() throws IOException {
        Properties en = load("rules.properties");
        Properties es = load("rules_es.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(es.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(es.getProperty(key)), key);
        }
    }

    @Test
    void everyRuleHasATitleAPrincipleAndItsTimeInBothLanguages() {
        for (Rule rule : RulesEngine.standard().rules()) {
            for (Locale locale : List.of(Locale.ENGLISH, SPANISH)) {
                RuleTexts texts = RuleTexts.of(locale);
                assertNotEquals(rule.id(), texts.title(rule.id()), rule.id());
                assertTrue(texts.principle(rule.id()).isPresent(), rule.id());
                assertFalse(texts.timeSemantics(rule.id()).isBlank(), rule.id());
            }
            // The quotation stays in English; Spanish renders it beside.
            assertEquals(RuleTexts.english().principle(rule.id()).orElseThrow(), rule.principle().text());
            assertNotEquals(rule.principle().text(), RuleTexts.of(SPANISH).principle(rule.id()).orElseThrow(), rule.id());
        }
    }

    @Test
    void everyFindingOfTheSampleReadsInSpanishWithSpanishDates() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T15:00:00Z"), ZoneId.of("America/New_York"));
        NegotiationSnapshot sample = SampleNegotiation.build(clock);
        List<Finding> findings = RulesEngine.standard().evaluate(sample, clock);
        assertFalse(findings.isEmpty());
        for (Finding f : findings) {
            String es = f.message(SPANISH);
            assertFalse(es.contains("{") || es.isBlank(), es);
            assertNotEquals(f.message(), es, f.ruleId());
            assertNotEquals(f.fixAction(), f.fixAction(SPANISH), f.ruleId());
        }
        Set<String> rules = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertTrue(rules.size() > 20);
    }

    @Test
    void datesAndDurationsFollowTheLanguage() {
        Text text = Text.of("label.agreement", Text.literal("U-1 Wages"), LocalDate.of(2026, 3, 3));
        assertEquals("TA on U-1 Wages (Mar 3)", RuleTexts.english().render(text));
        assertTrue(RuleTexts.of(SPANISH).render(text).startsWith("Acuerdo tentativo sobre U-1 Wages (3 mar"),
                RuleTexts.of(SPANISH).render(text));
        assertEquals("1 h 35 min", RuleTexts.english().duration(java.time.Duration.ofMinutes(95)));
        assertEquals("1 h 31 min", RuleTexts.english().duration(java.time.Duration.ofMinutes(90).plusSeconds(1)));
        assertEquals("1 h 30 min", RuleTexts.english().duration(java.time.Duration.ofMinutes(90)));
        assertEquals("3 days 2 h", RuleTexts.english().duration(java.time.Duration.ofHours(74)));
        assertEquals("3 días 2 h", RuleTexts.of(SPANISH).duration(java.time.Duration.ofHours(74)));
        assertEquals("a, b and c", RuleTexts.english().join(List.of("a", "b", "c")));
        assertEquals("a, b y c", RuleTexts.of(SPANISH).join(List.of("a", "b", "c")));
    }

    @Test
    void aFindingsWordsAndFingerprintAreWrittenOnlyWhenAskedFor() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T15:00:00Z"), ZoneId.of("America/New_York"));
        NegotiationSnapshot sample = SampleNegotiation.build(clock);
        Finding f = RulesEngine.standard().evaluate(sample, clock).get(0);
        // The same finding gives the same words in each language and one stable fingerprint.
        assertEquals(f.factsFingerprint(), f.factsFingerprint());
        assertEquals(32, f.factsFingerprint().length());
        assertFalse(f.messageText().isLiteral());
    }
}
