package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every record refuses text no keyboard types: control characters (tab and line breaks aside) and
 * half of a character. The forms and the import both build records, so both refuse the same.
 */
class TextCheckTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void escapeSequencesAreRefusedWithTheFieldNamed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Demand.create("U-1", "Wages \u001B[2J", Side.OURS, NOW));
        assertEquals("title", e.field());
        assertTrue(e.getMessage().contains("control character (U+001B) at position 7"), e.getMessage());
    }

    @Test
    void deleteAndC1ControlsAreRefusedToo() {
        assertThrows(ValidationException.class, () -> Check.text("f", "The text", "a\u007Fb"));
        assertThrows(ValidationException.class, () -> Check.text("f", "The text", "a\u009Bb"));
        assertThrows(ValidationException.class, () -> Check.text("f", "The text", "a\rb"));
    }

    @Test
    void tabsAndLineBreaksAreKept() {
        assertEquals("one\ttwo\nthree\r\nfour", Check.text("f", "The text", "one\ttwo\nthree\r\nfour"));
    }

    @Test
    void halfACharacterIsRefusedAWholeOneKept() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Person.create("Dana \uD83D", Side.OURS, PersonRole.STAFF, false, NOW));
        assertEquals("name", e.field());
        assertTrue(e.getMessage().contains("half of a character (U+D83D)"), e.getMessage());
        assertThrows(ValidationException.class, () -> Check.text("f", "The text", "\uDE00 alone"));
        assertEquals("Dana \uD83D\uDE00", Person.create("Dana \uD83D\uDE00", Side.OURS, PersonRole.STAFF, false, NOW)
                .name());
    }

    @Test
    void idsTakeNoControlCharacters() {
        assertThrows(ValidationException.class, () -> Check.id("id", "abc\n"));
    }

    @Test
    void vagueWordsAreCheckedLikeAnyText() {
        List<String> huge = List.of("x".repeat(Check.MAX_TEXT + 1));
        ValidationException e = assertThrows(ValidationException.class, () -> withWords(huge));
        assertEquals("vagueWords", e.field());
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= Check.MAX_LIST; i++) {
            many.add("w" + i);
        }
        assertThrows(ValidationException.class, () -> withWords(many));
        assertThrows(ValidationException.class, () -> withWords(List.of("and\u0000or")));
    }

    @Test
    void typedDatesOutsideTheNegotiationsYearsAreRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> Dates.parseDate("d", "The date", "0026-03-01"));
        assertTrue(e.getMessage().contains("between 1900 and 2200"), e.getMessage());
        assertEquals(2200, Dates.parseDate("d", "The date", "2200-12-31").getYear());
    }

    private static RuleSettings withWords(List<String> words) {
        RuleSettings d = RuleSettings.DEFAULTS;
        return new RuleSettings(d.sidebarTimeLimitMinutes(), d.reportBackWarningHours(), d.reportBackErrorHours(),
                d.seriesSpanDays(), d.decisionWaitDays(), d.expiryWindowDays(), d.grievanceWarningDays(),
                d.defaultGrievanceWindowDays(), d.otherPartyNoticeDays(), d.mediationNoticeDays(),
                d.informationRequestDueDays(), words);
    }
}
