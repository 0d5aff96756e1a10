package org.tablebook.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The moment of an evaluation, read once from the injected clock: the instant for durations,
 * today's date in the clock's zone for day counts, and the zone for dates shown to people.
 */
record Now(Instant instant, ZoneId zone, LocalDate today) {

    static Now of(Clock clock) {
        Instant instant = clock.instant();
        ZoneId zone = clock.getZone();
        return new Now(instant, zone, instant.atZone(zone).toLocalDate());
    }

    LocalDate dateOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    String date(Instant at) {
        return Texts.date(dateOf(at));
    }

    String dateTime(Instant at) {
        return Texts.dateTime(at, zone);
    }
}
