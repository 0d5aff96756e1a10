package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import org.tablebook.domain.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;

import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;

/** A small negotiation with one record of every kind, all fields filled, and file helpers. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456789Z");
    static final String ACTOR = "Alex Chen";

    final Negotiation negotiation;
    final Person dana;
    final Person sam;
    final Person lee;
    final Demand wages;
    final Demand schedule;
    final TableSession session;
    final Proposal proposal;
    final Sidebar sidebar;
    final SidebarTopic topic;
    final ReportBack reportBack;
    final TentativeAgreement agreement;
    final Ratification ratification;
    final InformationRequest request;
    final ComplianceItem complianceItem;
    final RuleAcknowledgement acknowledgement;

    Fixtures() {
        negotiation = new Negotiation("neg-1", "Riverside Hospital 2026", NegotiationKind.UNION_CONTRACT,
                "Nurses United Local 7", "Riverside Hospital", "Registered nurses, all units",
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 2, 15), null, null,
                new RuleSettings(75, 2, 24, 3, 3, 30, 3, 14, 60, 30, 14, List.of("and/or", "reasonable")), at(0), at(0));
        dana = new Person("p-dana", "Dana Reyes", Side.OURS, PersonRole.CHIEF_NEGOTIATOR, true, true, at(1), at(1));
        sam = new Person("p-sam", "Sam Ortiz", Side.OURS, PersonRole.COMMITTEE_MEMBER, false, true, at(2), at(2));
        lee = new Person("p-lee", "Lee Park", Side.THEIRS, PersonRole.DECISION_MAKER, true, true, at(3), at(3));
        wages = new Demand("d-wages", "U-12", "Art. 14.2", "Wage scale", "Internal: aim for 4% floor",
                "A fair wage scale", Side.OURS, DemandCategory.ECONOMIC, DemandPriority.CRITICAL,
                DemandSubject.MANDATORY, DemandOrigin.SURVEY, "2025 member survey", DemandStatus.ON_TABLE, false,
                at(4), at(4));
        schedule = new Demand("d-sched", "E-3", "Art. 9", "Scheduling flexibility", "", "", Side.THEIRS,
                DemandCategory.NON_ECONOMIC, DemandPriority.MEDIUM, DemandSubject.UNKNOWN, null, "",
                DemandStatus.DRAFT, true, at(5), at(5));
        session = new TableSession("s-1", LocalDate.of(2026, 3, 3), LocalTime.of(9, 30), LocalTime.of(12, 15),
                "Board room", List.of(dana.id(), lee.id()), "Opening statements", at(6), at(6));
        proposal = new Proposal("pr-1", wages.id(), Side.OURS, LocalDate.of(2026, 3, 3), session.id(),
                ProposalKind.INITIAL, "4% per year", "Article 14.2 is amended ...", at(7), at(7));
        sidebar = new Sidebar("sb-1", "Explore wage floor", Side.THEIRS, at(8), at(9), at(10), RepsChosenBy.OUR_TEAM,
                "Floor is 3.5%", "Do not mention the strike fund", GroundRuleStatus.AGREED, GroundRuleStatus.AGREED,
                GroundRuleStatus.UNDECIDED, at(11), at(12), at(13), "Hallway B", List.of(dana.id(), sam.id(), lee.id()),
                List.of(wages.id()), "They hinted at 3%", at(8), at(13));
        topic = new SidebarTopic("t-1", sidebar.id(), wages.id(), "3.5% floor", "3% floor", "3.25% floor",
                CommitteeDecision.COUNTER, "Counter at 3.4%", at(15), at(14), at(15));
        reportBack = new ReportBack("rb-1", sidebar.id(), at(14), dana.id(), true, "Reported the 3.25% idea", at(14),
                at(14));
        agreement = new TentativeAgreement("ta-1", wages.id(), "Wages rise 3.4% each year", "Wages rise each year",
                TaSource.SIDEBAR, sidebar.id(), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 6), at(16), session.id(), TaStatus.CONFIRMED, at(16), at(16));
        ratification = new Ratification("r-1", LocalDate.of(2026, 3, 10), List.of(agreement.id()),
                LocalDate.of(2026, 3, 20), 400, 310, 40, at(17), at(17));
        request = new InformationRequest("ir-1", Side.OURS, LocalDate.of(2026, 3, 3), "Staffing ratios 2025",
                LocalDate.of(2026, 3, 17), null, "Asked at the table", at(18), at(18));
        complianceItem = new ComplianceItem("c-1", "", agreement.id(), "Pay the new scale", "Payroll",
                LocalDate.of(2026, 7, 1), ComplianceStatus.BREACHED, LocalDate.of(2026, 7, 3), null, 14, at(19), at(19));
        acknowledgement = new RuleAcknowledgement("ack-1", "SIDEBAR_GROUND_RULES_UNCLEAR",
                new EntityRef(EntityKind.SIDEBAR, sidebar.id()), "fp-1", ACTOR, "Agreed orally", at(20), at(20), at(20));
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /** Writes everything but the negotiation, in dependency order, one action. */
    void populate(TablebookStore store) {
        store.write(ACTOR, "Fill the file", w -> {
            for (var e : List.of(dana, sam, lee, wages, schedule, session, proposal, sidebar, topic, reportBack,
                    agreement, ratification, request, complianceItem, acknowledgement)) {
                w.insert(e);
            }
            return null;
        });
    }

    NegotiationSnapshot snapshot() {
        return new NegotiationSnapshot(negotiation, List.of(dana, sam, lee), List.of(wages, schedule), List.of(proposal),
                List.of(session), List.of(sidebar), List.of(topic), List.of(reportBack), List.of(agreement),
                List.of(ratification), List.of(request), List.of(complianceItem), List.of(acknowledgement));
    }

    /** Adds one record as one action ("Add person"), through the one write path the app uses. */
    static <T extends Entity> T insert(TablebookStore store, String actor, T e) {
        return store.write(actor, "Add " + e.entityKind().label().toLowerCase(), w -> {
            w.insert(e);
            return e;
        });
    }

    /** Changes one record as one action ("Change person"). */
    static <T extends Entity> T update(TablebookStore store, String actor, T e) {
        return store.write(actor, "Change " + e.entityKind().label().toLowerCase(), w -> {
            w.update(e);
            return e;
        });
    }

    /** Deletes one record as one action ("Delete person"). */
    static void delete(TablebookStore store, String actor, Entity e) {
        store.write(actor, "Delete " + e.entityKind().label().toLowerCase(), w -> {
            w.delete(EntityRef.of(e));
            return null;
        });
    }

    static StoreOptions options(Path dir, MutableClock clock) {
        return StoreOptions.defaults(clock, dir.resolve("backups"));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The names in a folder, sorted. */
    static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
