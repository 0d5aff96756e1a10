package org.tablebook.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each validation rule of the domain accepts its boundary and refuses just past it, in words a person can act on. */
class DomainValidationTest {
    private static final Instant T = Instant.parse("2026-03-03T14:00:00Z");

    @Test
    void aSidebarMayEndTheMomentItStartsButNotBefore() {
        Sidebar proposed = Sidebar.propose("Wages", Side.THEIRS, T);
        Sidebar sameInstant = proposed.withTimes(T.plusSeconds(60), T.plusSeconds(60), T);
        assertEquals(sameInstant.startedAt(), sameInstant.endedAt());
        ValidationException e = assertThrows(ValidationException.class,
                () -> proposed.withTimes(T.plusSeconds(60), T.plusSeconds(59), T));
        assertEquals("endedAt", e.field());
        assertTrue(e.getMessage().startsWith("The end"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot come before the start"), e.getMessage());
    }

    @Test
    void aSidebarCannotEndWithoutHavingStarted() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Sidebar.propose("Wages", Side.OURS, T).withTimes(null, T, T));
        assertEquals("endedAt", e.field());
        assertTrue(e.getMessage().contains("record its start first"));
    }

    @Test
    void aSidebarThatCrossesMidnightIsFine() {
        Instant late = Instant.parse("2026-03-03T23:40:00Z");
        Sidebar s = Sidebar.propose("Night talks", Side.OURS, late).withTimes(late, late.plus(Duration.ofMinutes(50)), late);
        assertEquals(LocalDate.of(2026, 3, 4), s.endedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    @Test
    void titlesAreRequiredAndTrimmed() {
        assertEquals("Staffing ratios", Demand.create("U-1", "  Staffing ratios ", Side.OURS, T).title());
        ValidationException blank = assertThrows(ValidationException.class,
                () -> Demand.create("U-1", "   ", Side.OURS, T));
        assertEquals("title", blank.field());
        assertEquals("The demand's title is required.", blank.getMessage());
        ValidationException negotiation = assertThrows(ValidationException.class,
                () -> Negotiation.create("", NegotiationKind.UNION_CONTRACT, T));
        assertEquals("The negotiation's title is required.", negotiation.getMessage());
    }

    @Test
    void votesMayFillTheEligibleCountButNotExceedIt() {
        LocalDate d = LocalDate.of(2026, 5, 1);
        Ratification full = new Ratification("r", d, List.of(), d, 100, 60, 40, T, T);
        assertEquals(VoteResult.RATIFIED, full.result().orElseThrow());
        ValidationException over = assertThrows(ValidationException.class,
                () -> new Ratification("r", d, List.of(), d, 100, 60, 41, T, T));
        assertEquals("no", over.field());
        assertEquals("Yes (60) and no (41) add up to 101, more than the 100 eligible voters.", over.getMessage());
    }

    @Test
    void voteCountsMayBeZeroButNotNegative() {
        LocalDate d = LocalDate.of(2026, 5, 1);
        Ratification none = new Ratification("r", d, List.of(), d, 0, 0, 0, T, T);
        assertEquals(VoteResult.REJECTED, none.result().orElseThrow());
        ValidationException yes = assertThrows(ValidationException.class,
                () -> new Ratification("r", d, List.of(), d, 10, -1, 0, T, T));
        assertEquals("yes", yes.field());
        assertEquals("The yes votes cannot be negative (it is -1).", yes.getMessage());
        assertThrows(ValidationException.class, () -> new Ratification("r", d, List.of(), d, -1, 0, 0, T, T));
    }

    @Test
    void aTieDoesNotRatify() {
        LocalDate d = LocalDate.of(2026, 5, 1);
        assertEquals(VoteResult.REJECTED, new Ratification("r", d, List.of(), d, 10, 5, 5, T, T).result().orElseThrow());
        assertTrue(new Ratification("r", d, List.of(), null, null, null, null, T, T).result().isEmpty());
    }

    @Test
    void datesMustBeRealDates() {
        assertEquals(LocalDate.of(2028, 2, 29), Dates.parseDate("reachedOn", "The date", "2028-02-29"));
        ValidationException notLeap = assertThrows(ValidationException.class,
                () -> Dates.parseDate("reachedOn", "The date", "2026-02-29"));
        assertEquals("The date \"2026-02-29\" is not a real date: February 2026 has 28 days.", notLeap.getMessage());
        assertEquals(LocalDate.of(2026, 4, 30), Dates.parseDate("d", "The date", "2026-04-30"));
        assertThrows(ValidationException.class, () -> Dates.parseDate("d", "The date", "2026-04-31"));
        ValidationException month = assertThrows(ValidationException.class, () -> Dates.parseDate("d", "The date", "2026-13-01"));
        assertTrue(month.getMessage().contains("there is no month 13"));
        ValidationException words = assertThrows(ValidationException.class, () -> Dates.parseDate("d", "The date", "next Tuesday"));
        assertTrue(words.getMessage().contains("write it as year-month-day"));
        assertNull(Dates.parseDate("d", "The date", "  "));
    }

    @Test
    void timesAreRead24HourAndRefusedInPlainWords() {
        assertEquals(LocalTime.of(9, 5), Dates.parseTime("start", "The start", "9:05"));
        assertEquals(LocalTime.of(23, 59), Dates.parseTime("start", "The start", "23:59"));
        ValidationException e = assertThrows(ValidationException.class, () -> Dates.parseTime("start", "The start", "24:00"));
        assertTrue(e.getMessage().contains("24-hour clock"));
    }

    @Test
    void aSessionMayEndWhenItStartsButNotBefore() {
        LocalDate d = LocalDate.of(2026, 3, 3);
        assertDoesNotThrow(() -> new TableSession("s", d, LocalTime.NOON, LocalTime.NOON, "", List.of(), "", T, T));
        ValidationException e = assertThrows(ValidationException.class,
                () -> new TableSession("s", d, LocalTime.NOON, LocalTime.NOON.minusMinutes(1), "", List.of(), "", T, T));
        assertEquals("end", e.field());
    }

    @Test
    void aSidebarAgreementStaysTentativeUntilTheTeamApproves() {
        LocalDate d = LocalDate.of(2026, 3, 3);
        TentativeAgreement tentative = new TentativeAgreement("a", "d", "Text", "", TaSource.SIDEBAR, "s", d, null, null,
                null, null, TaStatus.TENTATIVE, T, T);
        assertEquals(TaStatus.TENTATIVE, tentative.status());
        ValidationException e = assertThrows(ValidationException.class, () -> new TentativeAgreement("a", "d", "Text",
                "", TaSource.SIDEBAR, "s", d, null, null, null, null, TaStatus.CONFIRMED, T, T));
        assertEquals("status", e.field());
        assertTrue(e.getMessage().contains("until the whole team approves it"));
        assertEquals(TaStatus.CONFIRMED, new TentativeAgreement("a", "d", "Text", "", TaSource.SIDEBAR, "s", d, null,
                null, T, null, TaStatus.CONFIRMED, T, T).status());
    }

    @Test
    void aWithdrawnDemandMustGoBackOnTheTableBeforeItCanBeAgreed() {
        Demand withdrawn = Demand.create("U-1", "Parking", Side.OURS, T).withStatus(DemandStatus.WITHDRAWN, T);
        ValidationException e = assertThrows(ValidationException.class,
                () -> withdrawn.withStatus(DemandStatus.TENTATIVELY_AGREED, T));
        assertTrue(e.getMessage().contains("Put it back \u201COn the table\u201D first"), e.getMessage());
        assertEquals(DemandStatus.TENTATIVELY_AGREED,
                withdrawn.withStatus(DemandStatus.ON_TABLE, T).withStatus(DemandStatus.TENTATIVELY_AGREED, T).status());
    }

    @Test
    void ruleSettingsRefuseNegativeDurations() {
        assertEquals(90, RuleSettings.DEFAULTS.sidebarTimeLimitMinutes());
        ValidationException e = assertThrows(ValidationException.class,
                () -> new RuleSettings(-1, 2, 24, 3, 3, 30, 3, 14, 60, 30, 14, List.of()));
        assertEquals("sidebarTimeLimitMinutes", e.field());
        assertDoesNotThrow(() -> new RuleSettings(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of()));
    }

    @Test
    void aBreachNeedsTheDayItWasNoticedAndGivesTheLastDayToFile() {
        LocalDate noticed = LocalDate.of(2026, 6, 1);
        ComplianceItem item = new ComplianceItem("c", "Art. 12", null, "Post schedules", "Employer", null,
                ComplianceStatus.BREACHED, noticed, null, 14, T, T);
        assertEquals(LocalDate.of(2026, 6, 15), item.lastDayToFile().orElseThrow());
        ValidationException e = assertThrows(ValidationException.class, () -> new ComplianceItem("c", "Art. 12", null,
                "Post schedules", "Employer", null, ComplianceStatus.BREACHED, null, null, 14, T, T));
        assertEquals("breachNoticedOn", e.field());
    }
}
