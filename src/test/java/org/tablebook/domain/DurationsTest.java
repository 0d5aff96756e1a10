package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void clockShowsHoursMinutesSeconds() {
        assertEquals("0:07:05", Durations.clock(Duration.ofSeconds(425)));
        assertEquals("1:32:00", Durations.clock(Duration.ofMinutes(92)));
        assertEquals("0:00:00", Durations.clock(Duration.ofSeconds(-3)));
    }

    @Test
    void humanLengthsRoundToMinutes() {
        assertEquals("45 min", Durations.human(Duration.ofMinutes(45)));
        assertEquals("1 h 30 min", Durations.human(Duration.ofMinutes(90)));
        assertEquals("2 h", Durations.human(Duration.ofHours(2)));
        assertEquals("1 day", Durations.human(Duration.ofHours(24)));
        assertEquals("2 days 3 h", Durations.human(Duration.ofHours(51)));
    }

    @Test
    void inSpanishTheDaysAreDias() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("es"));
        try {
            assertEquals("1 día", Durations.human(Duration.ofHours(24)));
            assertEquals("216 días 18 h", Durations.human(Duration.ofHours(216 * 24 + 18)));
            assertEquals("1 h 30 min", Durations.human(Duration.ofMinutes(90)));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
