package org.tablebook.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.tablebook.domain.NegotiationSnapshot;

/**
 * The moment of an evaluation, read once from the injected clock: the instant for durations,
 * today's date in the negotiation's zone for day counts, and that zone for dates shown to people.
 * The negotiation's zone is its own when one is set (the table meets there, whatever zone the
 * computer is in), else the clock's.
 */
record Now(Instant instant, ZoneId zone, LocalDate today) {

    static Now of(Clock clock, NegotiationSnapshot snapshot) {
        Instant instant = clock.instant();
        ZoneId zone = clock instanceof ZoneOverrideClock ? clock.getZone()
                : snapshot.negotiation().zoneId().orElse(clock.getZone());
        return new Now(instant, zone, instant.atZone(zone).toLocalDate());
    }

    /** The calendar date of a moment in the negotiation's zone. */
    LocalDate dateOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    ZonedDateTime dateTime(Instant at) {
        return at.atZone(zone);
    }
}
