package org.tablebook.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock whose zone the rules take over the negotiation's own: "evaluate as if the table met in
 * this zone" ({@code tablebook check --zone}). An ordinary clock's zone only stands in for a
 * negotiation that has none.
 */
final class ZoneOverrideClock extends Clock {
    private final Clock base;
    private final ZoneId zone;

    ZoneOverrideClock(Clock base, ZoneId zone) {
        this.base = Objects.requireNonNull(base, "base");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ZoneOverrideClock(base, other);
    }

    @Override
    public Instant instant() {
        return base.instant();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZoneOverrideClock other && base.equals(other.base) && zone.equals(other.zone);
    }

    @Override
    public int hashCode() {
        return base.hashCode() * 31 + zone.hashCode();
    }

    @Override
    public String toString() {
        return "ZoneOverrideClock[" + base + ", " + zone + "]";
    }
}
