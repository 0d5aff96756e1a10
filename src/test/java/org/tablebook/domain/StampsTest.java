package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StampsTest {
    private static final Instant CREATED = Instant.parse("2026-03-02T10:00:00Z");

    private static Person stored() {
        return new Person("p1", "Dana Reyes", Side.OURS, PersonRole.COMMITTEE_MEMBER, false, true, CREATED, CREATED);
    }

    @Test
    void aNewRecordGetsANewIdAndNowForBothTimes() {
        Instant now = CREATED.plusSeconds(60);
        Stamps stamps = Stamps.of(null, now);
        assertFalse(stamps.id().isBlank());
        assertEquals(now, stamps.createdAt());
        assertEquals(now, stamps.updatedAt());
    }

    @Test
    void aStoredRecordKeepsItsIdAndCreationAndIsChangedNow() {
        Instant now = CREATED.plusSeconds(60);
        assertEquals(new Stamps("p1", CREATED, now), Stamps.of(stored(), now));
    }

    @Test
    void aClockPutBackBehindTheCreationChangesTheRecordAtItsCreation() {
        assertEquals(new Stamps("p1", CREATED, CREATED), Stamps.of(stored(), CREATED.minusSeconds(3600)));
    }
}
