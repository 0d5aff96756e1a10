package org.tablebook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.ValidationException;

class TimeTextTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    @Test
    void writesAndReadsAFullDateAndTimeInTheClocksZone() {
        Instant at = Instant.parse("2026-03-03T20:05:00Z");
        assertEquals("2026-03-03 14:05", TimeText.field(at, CHICAGO));
        assertEquals("Mar 3, 14:05", TimeText.shown(at, CHICAGO));
        assertEquals(at, TimeText.parse("f", "The start", "2026-03-03 14:05", CHICAGO, DAY));
        assertEquals(at, TimeText.parse("f", "The start", " 2026-3-3T14:05 ", CHICAGO, DAY));
    }

    @Test
    void aBareTimeIsOnTheGivenDayAndBlankIsNoTime() {
        assertEquals(Instant.parse("2026-03-03T15:30:00Z"), TimeText.parse("f", "The start", "9:30", CHICAGO, DAY));
        assertNull(TimeText.parse("f", "The start", "  ", CHICAGO, DAY));
        assertEquals("", TimeText.field(null, CHICAGO));
    }

    @Test
    void whatIsNotATimeIsRefusedWithBothWaysToWriteIt() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> TimeText.parse("startedAt", "The start", "soon", CHICAGO, DAY));
        assertEquals("startedAt", e.field());
        assertEquals("The start \"soon\" is not a date and time: write it as 2026-03-14 14:30, or just 14:30 for Mar 3.",
                e.getMessage());
        assertEquals("The start needs a time as well as a date: write it as 2026-03-03 14:30.",
                assertThrows(ValidationException.class, () -> TimeText.parse("f", "The start", "2026-03-03", CHICAGO, DAY))
                        .getMessage());
        assertEquals("The start \"2026-02-30\" is not a real date: February 2026 has 28 days.",
                assertThrows(ValidationException.class,
                        () -> TimeText.parse("f", "The start", "2026-02-30 10:00", CHICAGO, DAY)).getMessage());
        assertThrows(ValidationException.class, () -> TimeText.parse("f", "The start", "25:99", CHICAGO, DAY));
    }

    @Test
    void aSpanishCommitteeIsToldInSpanish() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("es"));
        try {
            assertEquals("El inicio necesita también la hora: escríbala como 2026-03-03 14:30.",
                    assertThrows(ValidationException.class,
                            () -> TimeText.parse("f", "El inicio", "2026-03-03", CHICAGO, DAY)).getMessage());
            assertEquals("El inicio «pronto» no es una fecha con hora: escríbala como 2026-03-14 14:30, o solo 14:30 "
                    + "para hoy.", assertThrows(ValidationException.class,
                            () -> TimeText.parse("f", "El inicio", "pronto", CHICAGO, null)).getMessage());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
