package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.AuditAction;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.EntityKind;

/** What changed since a chosen moment, read from the audit trail. */
class SinceReportTest {
    private static final Instant MARCH_1 = Instant.parse("2026-03-01T00:00:00Z");

    private static SinceReport report(Instant since, List<AuditEntry> audit) {
        return SinceReport.of(ReportFixture.snapshot(), audit, ReportFixture.findings(), since,
                ReportFixture.CLOCK);
    }

    private static Xhtml html(Instant since) {
        return Xhtml.parse(SinceReportRenderer.html(report(since, ReportFixture.audit()), ReportFixture.ZONE,
                PageSize.LETTER));
    }

    @Test
    void aPassAfterTheMomentIsListedAndOneBeforeIsNot() {
        Xhtml page = html(MARCH_1);
        List<String> passes = page.texts("//section[@id='passes']//div[@class='change']");
        assertEquals(1, passes.size());
        assertTrue(passes.get(0).startsWith("New U-1 Wages: counterproposal from Healthcare Workers Local 512 "
                + "Recorded by Marcus Bell, Mar 3, 2026, 13:00 CST"), passes.get(0));
        assertTrue(passes.get(0).contains("Summary 5.5% each year"));
        assertFalse(page.text("//body").contains("2% each year"), "the pass of February 17 came before");
    }

    @Test
    void groupsComeInOrderAndItemsNewestFirst() {
        Xhtml page = html(MARCH_1);
        assertEquals(List.of("Passes across the table", "Tentative agreements", "Sidebars", "Committee decisions",
                "Report-backs", "Rule findings on what changed"), page.texts("//section/h2"));
        assertEquals(List.of("New TA on U-2 Safe staffing ratios", "New TA on E-1 Health insurance premiums"),
                page.texts("//section[@id='agreements']//p[@class='change-head']"));
        assertTrue(page.text("//section[@id='agreements']//div[@class='change'][1]//p[@class='recorded']")
                .equals("Recorded by Marcus Bell, Mar 7, 2026, 09:00 CST"), "the latest entry names who recorded it");
    }

    @Test
    void sidebarsDecisionsAndReportBacksCarryTheirOutcomes() {
        Xhtml page = html(MARCH_1);
        String sidebar = page.text("//section[@id='sidebars']");
        assertTrue(sidebar.contains("Started and ended Sidebar: Explore a ratios-for-parking trade"), sidebar);
        assertTrue(sidebar.contains("Outcome on U-2 Safe staffing ratios 1:4 from January 2027 if we drop parking"));
        assertTrue(sidebar.contains("Recorded by Zoë Ærøskøbing"));
        assertEquals(List.of("Accept U-2 Safe staffing ratios: Accept"),
                page.texts("//section[@id='decisions']//p[@class='change-head']"));
        assertTrue(page.text("//section[@id='report-backs']").contains("Summary Ratios deal on offer; wages stuck"));
    }

    @Test
    void onlyFindingsAboutChangedRecordsAreNew() {
        List<String> findings = html(MARCH_1).texts("//section[@id='findings']//p[@class='change-head']");
        assertEquals(List.of("Warning TA on U-2 Safe staffing ratios",
                "Warning Sidebar: Explore a ratios-for-parking trade"), findings);
    }

    @Test
    void aLaterMomentLeavesOutWhatCameBefore() {
        SinceReport later = report(Instant.parse("2026-03-06T00:00:00Z"), ReportFixture.audit());
        assertEquals(List.of("agreements", "decisions", "findings"), later.groups().stream().map(SinceReport.Group::id).toList());
        assertEquals(3, later.changeCount());
        SinceReport none = report(Instant.parse("2026-03-10T00:00:00Z"), ReportFixture.audit());
        assertTrue(none.groups().isEmpty());
        assertTrue(SinceReportRenderer.html(none, ReportFixture.ZONE, PageSize.LETTER)
                .contains("Nothing was recorded since then."));
    }

    @Test
    void deletionsAndOtherChangesAreNotHidden() {
        List<AuditEntry> audit = new ArrayList<>(ReportFixture.audit());
        audit.add(ReportFixture.entry(10, "2026-03-08T15:00:00Z", "Marcus Bell", EntityKind.PROPOSAL, "pr-gone",
                AuditAction.DELETE, "Delete a pass"));
        audit.add(ReportFixture.entry(11, "2026-03-09T15:00:00Z", "Zoë Ærøskøbing", EntityKind.DEMAND,
                ReportFixture.PARKING, AuditAction.UPDATE, "Withdraw demand"));
        SinceReport r = report(MARCH_1, audit);
        SinceReport.Item deleted = r.groups().get(0).items().get(0);
        assertEquals("A pass deleted", deleted.headline());
        assertEquals("Delete a pass", deleted.details().get("Action"));
        SinceReport.Group other = r.groups().get(r.groups().size() - 1);
        assertEquals("Other changes", other.heading());
        assertEquals("Withdraw demand", other.items().get(0).headline());
        assertEquals("Zoë Ærøskøbing", other.items().get(0).recordedBy());
    }

    @Test
    void onTheSampleThePacketGoesByWhenThingsHappenedAtTheTableAndListsWhatWasRecordedLateApart(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.time.ZoneId zone = java.time.ZoneId.of("America/Chicago");
        java.time.Clock clock = java.time.Clock.fixed(Instant.parse("2026-12-07T18:00:00Z"), zone);
        java.nio.file.Path file = dir.resolve("sample.tablebook");
        org.tablebook.store.TablebookStore.createFrom(file, org.tablebook.domain.sample.SampleNegotiation.build(clock),
                "Sam Ortiz", org.tablebook.store.StoreOptions.defaults(clock, dir.resolve("backups"))).close();
        org.tablebook.domain.NegotiationSnapshot sample;
        List<AuditEntry> audit;
        try (var store = org.tablebook.store.TablebookStore.open(file,
                org.tablebook.store.StoreOptions.defaults(clock, dir.resolve("backups")))) {
            sample = store.loadSnapshot();
            audit = store.audit().list();
        }
        java.time.LocalDate cutOff = java.time.LocalDate.of(2026, 12, 2);
        Instant since = cutOff.atStartOfDay(zone).toInstant();
        SinceReport report = SinceReport.of(sample, audit, List.of(), since, clock);

        // Everything was typed in when the file was made, after the cut-off: only the passes made
        // on the cut-off day or after are new passes.
        long after = sample.proposals().stream().filter(p -> !p.passedOn().isBefore(cutOff)).count();
        long before = sample.proposals().size() - after;
        assertTrue(after > 0 && before > 0, after + " after, " + before + " before");
        List<SinceReport.Item> passes = report.groups().stream().filter(g -> g.id().equals("passes")).findFirst()
                .map(SinceReport.Group::items).orElse(List.of());
        assertEquals(after, passes.size());
        assertTrue(passes.stream().allMatch(i -> !java.time.LocalDate.parse(i.details().get("Passed on"),
                java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH)).isBefore(cutOff)),
                passes.stream().map(i -> i.details().get("Passed on")).toList().toString());
        SinceReport.Group late = report.groups().get(report.groups().size() - 1);
        assertEquals("recorded-late", late.id());
        assertEquals("Recorded late: typed in since then, but it happened at the table before", late.heading());
        assertTrue(late.items().stream().allMatch(i -> i.badge().equals("Recorded late")
                && Instant.now(clock).equals(i.recordedAt()) || i.recordedAt().isAfter(since)));
        assertTrue(late.items().size() >= before, late.items().size() + " recorded late, " + before + " passes before");
        assertTrue(report.groups().stream().filter(g -> g.id().equals("sidebars")).flatMap(g -> g.items().stream())
                .allMatch(i -> !i.badge().equals("Recorded late")));
        String html = SinceReportRenderer.html(SinceReport.of(sample, audit, List.of(), since, clock,
                org.tablebook.domain.Language.SPANISH), zone, PageSize.LETTER);
        assertTrue(html.contains("Registrado tarde"), "the words of the Spanish bundle");
    }

    @org.junit.jupiter.api.Test
    void theReportSpeaksSpanishWhenAskedTo() {
        SinceReport report = SinceReport.of(ReportFixture.snapshot(), ReportFixture.audit(), ReportFixture.findings(),
                java.time.Instant.parse("2026-03-01T00:00:00Z"), ReportFixture.CLOCK, org.tablebook.domain.Language.SPANISH);
        String page = SinceReportRenderer.html(report, ReportFixture.ZONE, PageSize.LETTER,
                org.tablebook.domain.Language.SPANISH);
        String text = Xhtml.parse(page).text("//body");
        for (String spanish : java.util.List.of("CONFIDENCIAL", "Desde la última sesión", "Pases en la mesa",
                "Registrado por", "Pasado el", "contrapropuesta de")) {
            assertTrue(text.contains(spanish), "expected \"" + spanish + "\" in: " + text);
        }
        for (String english : java.util.List.of("Passes across the table", "Recorded by", "Passed on", "Changes since",
                "counterproposal from", "Report of")) {
            assertTrue(!text.contains(english), "English \"" + english + "\" left in: " + text);
        }
    }
}
