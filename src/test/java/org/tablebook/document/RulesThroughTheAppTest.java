package org.tablebook.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.Entity;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.rules.Finding;
import org.tablebook.rules.Rule;
import org.tablebook.rules.RulesEngine;
import org.tablebook.store.StoreOptions;
import org.tablebook.testing.RandomSnapshots;
import org.tablebook.testing.RandomSnapshots.Sample;
import org.tablebook.testing.TestFiles;

/**
 * Every rule can fire on a negotiation the app accepts: its records are written one kind at a time
 * through the document's change API, as the screens write them (each one validated by the record
 * and by the store), and the rule fires on what the file then holds. A rule no action could make
 * fire would fail here.
 */
class RulesThroughTheAppTest {
    private static final RulesEngine ENGINE = RulesEngine.standard();

    @TempDir
    Path dir;
    private Workspace workspace;

    @AfterEach
    void tearDown() {
        if (workspace != null) {
            workspace.close();
        }
    }

    static Stream<String> ruleIds() {
        return ENGINE.rules().stream().map(Rule::id);
    }

    /** A fresh file, opened as the app opens one. */
    private NegotiationDocument open(Clock clock, NegotiationKind kind) throws Exception {
        Negotiation blank = Negotiation.create("New negotiation", kind, clock.instant().minusSeconds(90L * 24 * 3600));
        StoreOptions options = StoreOptions.defaults(clock, dir.resolve("backups"));
        Path file = TestFiles.write(dir.resolve(Ids.newId() + ".tablebook"), NegotiationSnapshot.empty(blank), options);
        workspace = new Workspace(options);
        Workspace.OpenedFile opened = workspace.open(file);
        NegotiationDocument document = new NegotiationDocument(workspace, new ImmediateTaskRunner(), () -> "Dana Reyes");
        document.show(opened.snapshot());
        return document;
    }

    private static void write(NegotiationDocument document, String label, List<? extends Entity> records,
            boolean update) {
        if (records.isEmpty()) {
            return;
        }
        List<Throwable> failed = new ArrayList<>();
        document.change(label, w -> {
            for (Entity e : records) {
                if (update) {
                    w.update(e);
                } else {
                    w.insert(e);
                }
            }
            return records.size();
        }, done -> { }, failed::add);
        assertTrue(failed.isEmpty(), () -> label + " was refused: " + failed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void firesOnAFileWrittenThroughTheChangeApi(String ruleId) throws Exception {
        Sample sample = firstFiring(ruleId);
        NegotiationSnapshot s = sample.snapshot();
        NegotiationDocument document = open(sample.clock(), s.negotiation().kind());
        Negotiation n = s.negotiation();
        Negotiation stored = document.snapshot().negotiation();
        write(document, "Edit negotiation settings", List.of(new Negotiation(stored.id(), n.title(), n.kind(),
                n.ourParty(), n.otherParty(), n.bargainingUnit(), n.startedOn(), n.contractExpiresOn(),
                n.newDemandDeadline(), n.otherPartyNoticeOn(), n.mediationNoticeOn(), n.ruleSettings(), n.sector(),
                n.zone(), n.strikeOn(), n.strikeNoticeOn(), stored.createdAt(), sample.clock().instant())), true);
        write(document, "Add people", s.people(), false);
        write(document, "Add demands", s.demands(), false);
        write(document, "Log sessions", s.sessions(), false);
        write(document, "Log passes", s.proposals(), false);
        write(document, "Record sidebars", s.sidebars(), false);
        write(document, "Record topics", s.topics(), false);
        write(document, "Record report-backs", s.reportBacks(), false);
        write(document, "Record agreements", s.agreements(), false);
        write(document, "Record ratifications", s.ratifications(), false);
        write(document, "Record information requests", s.informationRequests(), false);
        write(document, "Record compliance", s.complianceItems(), false);
        write(document, "Import the contract", s.contractSections(), false);
        write(document, "Record contract language", s.sectionLanguage(), false);

        NegotiationSnapshot inFile = workspace.store().loadSnapshot();
        Set<String> fired = ENGINE.evaluate(inFile, sample.clock()).stream().map(Finding::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(fired.contains(ruleId), () -> ruleId + " did not fire on the file written from " + sample + ": " + fired);
    }

    private static Sample firstFiring(String ruleId) {
        for (long seed = 1; seed <= 3000; seed++) {
            Sample sample = RandomSnapshots.generate(seed);
            if (ENGINE.evaluate(sample.snapshot(), sample.clock()).stream().anyMatch(f -> f.ruleId().equals(ruleId))) {
                return sample;
            }
        }
        throw new AssertionError("No generated negotiation makes " + ruleId + " fire.");
    }

    /**
     * The committee's ACCEPT at a report-back the full team attended is the team's approval of the
     * agreement made from the topic: it can be confirmed on the record with no finding. Made from a
     * report-back without the full team, confirming it on the record is agreeing without authority.
     */
    @Test
    void theFullTeamsAcceptIsTheApprovalAndWithoutItConfirmingIsAgreeingWithoutAuthority() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T15:00:00Z"), ZoneId.of("America/New_York"));
        for (boolean fullTeam : List.of(true, false)) {
            NegotiationDocument document = open(clock, NegotiationKind.UNION_CONTRACT);
            Instant t = clock.instant().minusSeconds(5 * 24 * 3600);
            Person ana = Person.create("Ana", Side.OURS, PersonRole.CHIEF_NEGOTIATOR, true, t);
            Person ben = Person.create("Ben", Side.OURS, PersonRole.COMMITTEE_MEMBER, false, t);
            Demand wages = Demand.create("U-1", "Wages", Side.OURS, t).withStatus(DemandStatus.ON_TABLE, t);
            write(document, "Add people", List.of(ana, ben), false);
            write(document, "Add demand", List.of(wages), false);
            Sidebar sidebar = Sidebar.propose("wages", Side.THEIRS, t);
            write(document, "Propose sidebar", List.of(sidebar), false);
            Sidebar ran = sidebar.withTimes(t.plusSeconds(3600), t.plusSeconds(5400), t.plusSeconds(5400));
            write(document, "End sidebar", List.of(ran), true);
            SidebarTopic topic = new SidebarTopic(Ids.newId(), sidebar.id(), wages.id(), "3%", "2%", "2.5% a year",
                    CommitteeDecision.ACCEPT, "", t.plusSeconds(9000), t.plusSeconds(7200), t.plusSeconds(9000));
            ReportBack report = new ReportBack(Ids.newId(), sidebar.id(), t.plusSeconds(7200), ana.id(), fullTeam,
                    "Reported", t.plusSeconds(7200), t.plusSeconds(7200));
            write(document, "Record topic", List.of(topic), false);
            write(document, "Report back", List.of(report), false);

            NegotiationSnapshot now = document.snapshot();
            TentativeAgreement ta = TentativeAgreement.fromTopic(Ids.newId(), now.topics().get(0),
                    now.reportBackOf(sidebar.id()), LocalDate.of(2026, 3, 6), t.plusSeconds(9100));
            assertEquals(fullTeam ? topic.decidedAt() : null, ta.teamApprovedAt());
            TableSession session = new TableSession(Ids.newId(), LocalDate.of(2026, 3, 7), null, null, "", List.of(),
                    "", t.plusSeconds(86400), t.plusSeconds(86400));
            write(document, "Make agreement", List.of(ta), false);
            write(document, "Log session", List.of(session), false);
            TentativeAgreement confirmed = new TentativeAgreement(ta.id(), ta.demandId(), ta.text(), ta.publicText(),
                    ta.source(), ta.sidebarId(), ta.reachedOn(), null, null, ta.teamApprovedAt(), session.id(),
                    ta.status(), ta.createdAt(), t.plusSeconds(90000));
            write(document, "Confirm on the record", List.of(confirmed), true);

            Optional<Finding> unauthorized = ENGINE.evaluate(workspace.store().loadSnapshot(), clock).stream()
                    .filter(f -> f.ruleId().equals("AGREED_WITHOUT_AUTHORITY")).findFirst();
            assertEquals(!fullTeam, unauthorized.isPresent(), "full team: " + fullTeam);
            assertNotNull(document.snapshot());
            workspace.close();
            workspace = null;
        }
    }
}
