package org.tablebook.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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

    /**
     * A moment to be read against another ("told on {0}, after it started on {1}"): with its seconds
     * when both fall in the same minute, so that one a few seconds after the other never reads as the
     * same time.
     */
    Object dateTimeAgainst(Instant at, Instant other) {
        boolean sameMinute = at.truncatedTo(ChronoUnit.MINUTES).equals(other.truncatedTo(ChronoUnit.MINUTES));
        return sameMinute ? new Texts.WithSeconds(dateTime(at)) : dateTime(at);
    }
}
