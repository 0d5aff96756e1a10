package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.VoteResult;

/** The membership summary of the fixed sample, read back by its structure and text. */
class MembershipSummaryTest {
    private final NegotiationSnapshot sample = ReportFixture.snapshot();

    private Xhtml html(NegotiationSnapshot snapshot) {
        return Xhtml.parse(MembershipRenderer.html(MembershipSummary.of(snapshot, ReportFixture.CLOCK), PageSize.LETTER));
    }

    @Test
    void titleBlockNamesTheNegotiationThePartiesTheUnitAndTheDate() {
        Xhtml page = html(sample);
        assertEquals("Riverside General 2026 contract", page.text("//h1"));
        assertEquals("Healthcare Workers Local 512 and Riverside General Hospital", page.text("//p[contains(@class,'parties')]"));
        assertEquals("Bargaining unit: Nurses, technicians & support staff at Riverside General (about 840 members)",
                page.text("//p[contains(@class,'unit')]"));
        assertEquals("Report of March 14, 2026", page.text("//p[contains(@class,'report-date')]"));
        assertEquals("Riverside General 2026 contract: bargaining update of March 14, 2026", page.text("//title"));
    }

    @Test
    void sectionsComeInOrder() {
        assertEquals(List.of("At a glance", "What's next", "Our demands", "Proposals from Riverside General Hospital",
                "Tentative agreements", "Table sessions"), html(sample).texts("//h2"));
    }

    @Test
    void theStatusTableCountsOnlyWhatMembersCanSee() {
        Xhtml page = html(sample);
        assertEquals(List.of("Status Our demands Their proposals"), page.texts("//section[@id='at-a-glance']//thead/tr"));
        // U-4 is confidential: its DRAFT status is not counted, so the counts match the lists below.
        assertEquals(List.of("Not yet tabled 1 0", "On the table 1 1", "Tentatively agreed 1 0", "Withdrawn 1 0"),
                page.texts("//section[@id='at-a-glance']//tbody/tr"));
        assertEquals("Total 4 1", page.text("//section[@id='at-a-glance']//tfoot/tr"));
    }

    @Test
    void whatIsNextGivesTheNextSessionTheVoteAndTheExpiry() {
        assertEquals(List.of("Next table session Tuesday, March 24, 2026",
                        "Ratification Memorandum of agreement drafted on March 10, 2026; the vote date will be announced.",
                        "Current contract expires Tuesday, June 30, 2026"),
                html(sample).texts("//section[@id='whats-next']//tr"));
    }

    @Test
    void demandsAreListedByCodeWithTheirPublicSummaryAndStatus() {
        Xhtml page = html(sample);
        assertEquals(List.of("U-1", "U-2", "U-3", "U-5"), page.texts("//section[@id='our-demands']//tbody/tr/td[1]"));
        assertEquals(List.of("On the table", "Tentatively agreed", "Withdrawn", "Not yet tabled"),
                page.texts("//section[@id='our-demands']//tbody/tr/td[3]"));
        assertEquals("Wages", page.text("//section[@id='our-demands']//tbody/tr[1]//p[contains(@class,'demand-title')]"));
        assertEquals("A 6% raise in each year of the contract, and a step increase for every year of service.",
                page.text("//section[@id='our-demands']//tbody/tr[1]//p[contains(@class,'summary')]"));
        assertEquals(0, page.count("//section[@id='our-demands']//tbody/tr[4]//p[contains(@class,'summary')]"),
                "a demand without a public summary shows its title only");
        assertEquals(List.of("E-1 Health insurance premiums The hospital proposes that members pay 10% of health premiums. On the table"),
                page.texts("//section[@id='their-proposals']//tbody/tr"));
    }

    @Test
    void agreementsShowTheirPublicTextOrThatDetailsFollow() {
        Xhtml page = html(sample);
        assertEquals(List.of("E-1 Health insurance premiums Tentative Reached on March 3, 2026 Details to follow.",
                        "U-2 Safe staffing ratios Confirmed at the table Reached on March 6, 2026 "
                                + "Nurse-to-patient ratios of 1 to 4 on medical-surgical units from January 2027."),
                page.texts("//div[@class='agreement']"));
    }

    @Test
    void sessionsHeldAreListedByDate() {
        assertEquals("3 sessions held: Feb 3, 2026, Feb 17, 2026, Mar 3, 2026.",
                html(sample).text("//section[@id='sessions']/p"));
    }

    @Test
    void userTextIsEscapedNeverMarkup() {
        Negotiation n = sample.negotiation();
        Negotiation tricky = new Negotiation(n.id(), "<b>Local & Co</b> {{title}}", n.kind(), "Us <script>", "Them",
                "", n.startedOn(), n.contractExpiresOn(), null, null, null, null, n.createdAt(), n.updatedAt());
        NegotiationSnapshot s = new NegotiationSnapshot(tricky, sample.people(), sample.demands(), sample.proposals(),
                sample.sessions(), sample.sidebars(), sample.topics(), sample.reportBacks(), sample.agreements(),
                sample.ratifications(), sample.informationRequests(), sample.complianceItems(), sample.acknowledgements());
        String source = MembershipRenderer.html(MembershipSummary.of(s, ReportFixture.CLOCK), PageSize.A4);
        Xhtml page = Xhtml.parse(source);
        assertEquals("<b>Local & Co</b> {{title}}", page.text("//h1"));
        assertEquals(0, page.count("//h1/b") + page.count("//script"));
        assertTrue(source.contains("size: A4;"));
        assertEquals(0, page.count("//p[contains(@class,'unit')]"), "no unit line without a unit");
    }

    @Test
    void aSidebarAgreementWaitsForTheTeamsApproval() {
        List<TentativeAgreement> agreements = new ArrayList<>(sample.agreements());
        TentativeAgreement approved = agreements.get(0);
        agreements.set(0, new TentativeAgreement(approved.id(), approved.demandId(), approved.text(),
                approved.publicText(), approved.source(), approved.sidebarId(), approved.reachedOn(),
                approved.initialedByUsOn(), null, null, null, TaStatus.TENTATIVE, approved.createdAt(), approved.updatedAt()));
        MembershipSummary s = MembershipSummary.of(withAgreements(agreements), ReportFixture.CLOCK);
        assertEquals(List.of("E-1"), s.agreements().stream().map(MembershipSummary.PublicAgreement::demandCode).toList());
    }

    @Test
    void aSessionLaterTodayIsTheNextOne() {
        List<TableSession> sessions = new ArrayList<>(sample.sessions());
        // The clock reads 7:30 PM on March 14 in Chicago.
        sessions.add(new TableSession("s-late", LocalDate.of(2026, 3, 14), LocalTime.of(20, 0), null, "", List.of(), "",
                ReportFixture.T0, ReportFixture.T0));
        sessions.add(new TableSession("s-early", LocalDate.of(2026, 3, 14), LocalTime.of(9, 0), null, "", List.of(), "",
                ReportFixture.T0, ReportFixture.T0));
        NegotiationSnapshot s = new NegotiationSnapshot(sample.negotiation(), sample.people(), sample.demands(),
                sample.proposals(), sessions, sample.sidebars(), sample.topics(), sample.reportBacks(),
                sample.agreements(), sample.ratifications(), sample.informationRequests(), sample.complianceItems(),
                sample.acknowledgements());
        MembershipSummary summary = MembershipSummary.of(s, ReportFixture.CLOCK);
        assertEquals(Optional.of(LocalDate.of(2026, 3, 14)), summary.nextSession());
        assertEquals(LocalDate.of(2026, 3, 14), summary.sessionsHeld().get(summary.sessionsHeld().size() - 1));
    }

    @Test
    void aVoteHeldShowsItsResultAndAVoteAheadItsDate() {
        Ratification voted = new Ratification("r-1", LocalDate.of(2026, 3, 10), List.of(), LocalDate.of(2026, 3, 12),
                840, 612, 104, ReportFixture.T0, ReportFixture.T0);
        MembershipSummary s = MembershipSummary.of(withRatification(voted), ReportFixture.CLOCK);
        assertEquals(Optional.of(VoteResult.RATIFIED), s.ratification().orElseThrow().result());
        assertTrue(html(withRatification(voted)).text("//section[@id='whats-next']//tr[2]")
                .endsWith("Members ratified the agreement on March 12, 2026 (612 yes, 104 no)."));
        Ratification ahead = new Ratification("r-1", LocalDate.of(2026, 3, 10), List.of(), LocalDate.of(2026, 3, 28),
                840, 0, 0, ReportFixture.T0, ReportFixture.T0);
        assertEquals("Ratification Members vote on Saturday, March 28, 2026.",
                html(withRatification(ahead)).text("//section[@id='whats-next']//tr[2]"));
    }

    @Test
    void anEmptyNegotiationStillReadsWell() {
        Negotiation n = Negotiation.create("New table", org.tablebook.domain.NegotiationKind.COMMUNITY_AGREEMENT,
                Instant.parse("2026-01-01T00:00:00Z"));
        Xhtml page = html(NegotiationSnapshot.empty(n));
        assertEquals(List.of("At a glance", "What's next", "Table sessions"), page.texts("//h2"));
        assertEquals("No demands to report yet.", page.text("//section[@id='at-a-glance']/p"));
        assertEquals("Next table session Not scheduled yet", page.text("//section[@id='whats-next']//tr"));
        String md = MembershipRenderer.markdown(MembershipSummary.of(NegotiationSnapshot.empty(n), Clock.fixed(
                Instant.parse("2026-02-01T12:00:00Z"), ReportFixture.ZONE)));
        assertTrue(md.startsWith("# New table\n\n**Bargaining update for all members** · Report of February 1, 2026\n"), md);
        assertTrue(md.contains("No table sessions yet."));
    }

    @Test
    void markdownCarriesTheSameContentEscaped() {
        List<Demand> demands = new ArrayList<>(sample.demands());
        Demand wages = demands.get(0);
        demands.set(0, new Demand(wages.id(), wages.code(), wages.article(), "Wages *now* | [all]", wages.description(),
                "- 6% a year\n# not a heading\n\n1. first", wages.proposedBy(), wages.category(), wages.priority(),
                wages.subject(), wages.origin(), wages.originNote(), wages.status(), false, wages.createdAt(),
                wages.updatedAt()));
        String md = MembershipRenderer.markdown(MembershipSummary.of(withDemands(demands), ReportFixture.CLOCK));
        assertTrue(md.contains("| U-1 | Wages \\*now\\* \\| \\[all\\] | On the table |"), md);
        assertTrue(md.contains("**U-1 · Wages \\*now\\* \\| \\[all\\].** \\- 6% a year  \n\\# not a heading\n\n1\\. first"), md);
        assertTrue(md.contains("| Status | Our demands | Their proposals |\n|---|---:|---:|\n| Not yet tabled | 1 | 0 |"), md);
        assertTrue(md.contains("- **Next table session:** Tuesday, March 24, 2026"), md);
        assertTrue(md.contains("### E-1 · Health insurance premiums\n\n*Tentative, reached on March 3, 2026*\n\nDetails to follow."), md);
        assertFalse(md.contains("Strike readiness"));
    }

    private NegotiationSnapshot withAgreements(List<TentativeAgreement> agreements) {
        return new NegotiationSnapshot(sample.negotiation(), sample.people(), sample.demands(), sample.proposals(),
                sample.sessions(), sample.sidebars(), sample.topics(), sample.reportBacks(), agreements,
                List.of(), sample.informationRequests(), sample.complianceItems(), sample.acknowledgements());
    }

    private NegotiationSnapshot withRatification(Ratification r) {
        return new NegotiationSnapshot(sample.negotiation(), sample.people(), sample.demands(), sample.proposals(),
                sample.sessions(), sample.sidebars(), sample.topics(), sample.reportBacks(), sample.agreements(),
                List.of(r), sample.informationRequests(), sample.complianceItems(), sample.acknowledgements());
    }

    private NegotiationSnapshot withDemands(List<Demand> demands) {
        return new NegotiationSnapshot(sample.negotiation(), sample.people(), demands, sample.proposals(),
                sample.sessions(), sample.sidebars(), sample.topics(), sample.reportBacks(), sample.agreements(),
                sample.ratifications(), sample.informationRequests(), sample.complianceItems(), sample.acknowledgements());
    }
}
