package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** One style each for short dates, long dates and dates with a time, in either language. */
class DateTextsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);
    private static final Instant MOMENT = Instant.parse("2026-03-03T20:05:00Z");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void english() {
        DateTexts en = DateTexts.of(Language.ENGLISH);
        assertEquals("Mar 3, 2026", en.shortDate(DAY));
        assertEquals("March 3, 2026", en.longDate(DAY));
        assertEquals("Tuesday, March 3, 2026", en.weekdayDate(DAY));
        assertEquals("Mar 3, 2026, 14:05", en.dateTime(MOMENT, CHICAGO));
        assertEquals("Mar 3", en.dayMonth(DAY));
        assertEquals("09:30", en.time(LocalTime.of(9, 30)));
    }

    @Test
    void spanish() {
        DateTexts es = DateTexts.of(Language.SPANISH);
        assertEquals("3 mar 2026", es.shortDate(DAY));
        assertEquals("3 de marzo de 2026", es.longDate(DAY));
        assertEquals("martes, 3 de marzo de 2026", es.weekdayDate(DAY));
        assertEquals("3 mar 2026, 14:05", es.dateTime(MOMENT, CHICAGO));
        assertEquals("3 mar", es.dayMonth(DAY));
        assertEquals("mar 2026", es.monthYear(DAY));
    }

    @Test
    void noneIsEmpty() {
        assertEquals("", DateTexts.of(Language.SPANISH).shortDate((LocalDate) null));
        assertEquals("", DateTexts.of(Language.ENGLISH).dateTime(null, CHICAGO));
    }

    @Test
    void languagesComeFromLocalesAndCodes() {
        assertEquals(Language.SPANISH, Language.of(new java.util.Locale("es", "MX")));
        assertEquals(Language.ENGLISH, Language.of(java.util.Locale.FRENCH));
        assertEquals(Language.SPANISH, Language.fromCode(" ES ").orElseThrow());
        assertEquals(java.util.Optional.empty(), Language.fromCode("fr"));
    }
}
