package org.tablebook.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.rules.Finding;

/**
 * Seeded random negotiations that are consistent (every reference resolves) and carry a distinct
 * canary token in every field that must never reach the membership, and a distinct public token
 * in every field that must. Tokens are letters and digits only, so they survive any escaping.
 */
final class RandomNegotiations {

    /** A generated negotiation, its findings, and the tokens planted in it. */
    record Generated(long seed, NegotiationSnapshot snapshot, List<Finding> findings, List<String> canaries,
            List<String> publicTokens) {
    }

    /** Text that stresses the escaping of every output format, mixed into the fields. */
    private static final List<String> NOISE = List.of("<b>bold</b>", "a & b", "*star*", "_under_", "[link](x)",
            "| pipe |", "# hash", "Zoë Ærøskøbing", "李小龍", "`code`", "> quote", "1. list", "back\\slash",
            "\"quoted\"", "'apos'", "{{title}}", "{{#demands}}", "tab\there", "line\nbreak", "soft\u00ADhyphen",
            "emoji \uD83D\uDE00", "&amp;", "</td></tr>", "]]>", "- dash", "+ plus", "~tilde~", "!bang");

    private final Random r;
    private final List<String> canaries = new ArrayList<>();
    private final List<String> publicTokens = new ArrayList<>();
    private final Instant t0 = Instant.parse("2026-01-05T15:00:00Z");
    private int counter;

    private RandomNegotiations(long seed) {
        this.r = new Random(seed);
    }

    static Generated generate(long seed) {
        return new RandomNegotiations(seed).build(seed);
    }

    private String token(String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        for (int i = 0; i < 9; i++) {
            s.append("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".charAt(r.nextInt(32)));
        }
        return s.append(counter++).toString();
    }

    private String canary() {
        String c = token("Qc");
        canaries.add(c);
        return c;
    }

    private String publicToken() {
        String p = token("Pp");
        publicTokens.add(p);
        return p;
    }

    private String noise() {
        return r.nextInt(3) == 0 ? "" : " " + NOISE.get(r.nextInt(NOISE.size()));
    }

    /** A confidential text: the canary among noise. */
    private String secret() {
        return noise() + " " + canary() + noise();
    }

    private String open() {
        return noise() + " " + publicToken() + noise();
    }

    private Instant time() {
        return t0.plus(r.nextInt(150 * 24 * 60), ChronoUnit.MINUTES);
    }

    /** An amount with the scales people type: 3, 21.5, 21.50, 0.125. */
    private java.math.BigDecimal money() {
        return java.math.BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(4));
    }

    private LocalDate date() {
        return LocalDate.of(2026, 1, 5).plusDays(r.nextInt(150));
    }

    private <T> T pick(List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    private <T> List<T> subset(List<T> list) {
        List<T> out = new ArrayList<>();
        for (T t : list) {
            if (r.nextBoolean()) {
                out.add(t);
            }
        }
        return out;
    }

    private String id(String kind) {
        return kind + "-" + Long.toHexString(r.nextLong());
    }

    private Generated build(long seed) {
        Instant created = time();
        Negotiation negotiation = new Negotiation(id("n"), "Contract" + open(), pick(NegotiationKind.class),
                "Local" + open(), "Employer" + open(), "Unit" + open(), LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 5).plusDays(100 + r.nextInt(200)), null, null, null, RuleSettings.DEFAULTS,
                created, created);

        List<Person> people = new ArrayList<>();
        for (int i = 0, n = 2 + r.nextInt(6); i < n; i++) {
            people.add(new Person(id("p"), canary() + noise(), i < 2 ? Side.OURS : pick(Side.class),
                    pick(PersonRole.class), r.nextBoolean(), r.nextBoolean(), created, created));
        }
        List<String> personIds = people.stream().map(Person::id).toList();

        List<Demand> demands = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(12); i < n; i++) {
            boolean confidential = r.nextInt(10) < 3;
            Instant c = time();
            if (confidential) {
                demands.add(new Demand(id("d"), canary(), canary(), canary() + noise(), secret(), secret(),
                        pick(Side.class), pick(DemandCategory.class), pick(DemandPriority.class),
                        pick(DemandSubject.class), pick(DemandOrigin.class), secret(), pick(DemandStatus.class),
                        true, c, c));
            } else {
                demands.add(new Demand(id("d"), "U-" + (i + 1), secret(), "Demand" + open(), secret(),
                        r.nextInt(5) == 0 ? "" : "Summary" + open(), pick(Side.class), pick(DemandCategory.class),
                        pick(DemandPriority.class), pick(DemandSubject.class),
                        r.nextBoolean() ? null : pick(DemandOrigin.class), secret(), pick(DemandStatus.class), false,
                        c, c));
            }
        }
        List<String> demandIds = demands.stream().map(Demand::id).toList();

        List<TableSession> sessions = new ArrayList<>();
        for (int i = 0, n = r.nextInt(6); i < n; i++) {
            sessions.add(new TableSession(id("s"), date(), LocalTime.of(9, 0), LocalTime.of(12, 0), secret(),
                    subset(personIds), secret(), created, created));
        }
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0, n = r.nextInt(16); i < n; i++) {
            Instant c = time();
            proposals.add(new Proposal(id("pr"), pick(demandIds), pick(Side.class), date(),
                    sessions.isEmpty() || r.nextBoolean() ? null : pick(sessions).id(), pick(ProposalKind.class),
                    secret(), secret(), c, c));
        }

        List<Sidebar> sidebars = new ArrayList<>();
        List<SidebarTopic> topics = new ArrayList<>();
        List<ReportBack> reportBacks = new ArrayList<>();
        for (int i = 0, n = r.nextInt(5); i < n; i++) {
            Instant suggested = time();
            int stage = r.nextInt(4);
            Instant started = stage >= 2 ? suggested.plus(1 + r.nextInt(48), ChronoUnit.HOURS) : null;
            Instant ended = stage >= 3 ? started.plus(10 + r.nextInt(200), ChronoUnit.MINUTES) : null;
            Sidebar s = new Sidebar(id("sb"), "Purpose" + secret(), pick(Side.class), suggested,
                    r.nextBoolean() ? suggested : null, stage >= 1 ? suggested.plus(1, ChronoUnit.HOURS) : null,
                    pick(RepsChosenBy.class), secret(), secret(), pick(GroundRuleStatus.class),
                    pick(GroundRuleStatus.class), pick(GroundRuleStatus.class),
                    r.nextBoolean() ? suggested.plus(2, ChronoUnit.HOURS) : null, started, ended, secret(),
                    subset(personIds), subset(demandIds), secret(), suggested, suggested);
            sidebars.add(s);
            for (int j = 0, m = r.nextInt(4); j < m; j++) {
                boolean decided = r.nextBoolean();
                topics.add(new SidebarTopic(id("t"), s.id(), pick(demandIds), secret(), secret(), secret(),
                        decided ? pick(CommitteeDecision.class) : null, secret(), decided ? time() : null,
                        suggested, suggested));
            }
            if (ended != null && r.nextInt(10) < 7) {
                Instant at = ended.plus(r.nextInt(30), ChronoUnit.HOURS);
                reportBacks.add(new ReportBack(id("rb"), s.id(), at, r.nextBoolean() ? pick(personIds) : null,
                        r.nextBoolean(), secret(), at, at));
            }
        }

        List<TentativeAgreement> agreements = new ArrayList<>();
        for (int i = 0, n = r.nextInt(7); i < n; i++) {
            Demand d = pick(demands);
            boolean fromSidebar = !sidebars.isEmpty() && r.nextBoolean();
            boolean approved = !fromSidebar || r.nextBoolean();
            TaStatus status = approved ? pick(List.of(TaStatus.TENTATIVE, TaStatus.CONFIRMED, TaStatus.IN_MOA,
                    TaStatus.REOPENED)) : TaStatus.TENTATIVE;
            // The membership reads a TA's public text only when its demand is open to members and,
            // for a sidebar agreement, once the whole team has approved it.
            String publicText = d.confidential() || !approved ? secret()
                    : r.nextInt(4) == 0 ? "" : "Agreed" + open();
            LocalDate reached = date();
            Instant c = time();
            agreements.add(new TentativeAgreement(id("ta"), d.id(), secret(), publicText,
                    fromSidebar ? TaSource.SIDEBAR : TaSource.TABLE, fromSidebar ? pick(sidebars).id() : null,
                    reached, r.nextBoolean() ? reached : null, r.nextBoolean() ? reached.plusDays(1) : null,
                    fromSidebar && approved ? c : null,
                    sessions.isEmpty() || r.nextBoolean() ? null : pick(sessions).id(), status, c, c));
        }
        List<Ratification> ratifications = new ArrayList<>();
        if (!agreements.isEmpty() && r.nextBoolean()) {
            LocalDate drafted = date();
            boolean voted = r.nextBoolean();
            int eligible = 100 + r.nextInt(900);
            int yes = voted ? r.nextInt(eligible / 2) : 0;
            ratifications.add(new Ratification(id("r"), drafted,
                    subset(agreements.stream().map(TentativeAgreement::id).toList()),
                    voted ? drafted.plusDays(10) : null, voted ? eligible : null, voted ? yes : null,
                    voted ? r.nextInt(eligible - yes) : null, created, created));
        }
        List<InformationRequest> requests = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            LocalDate asked = date();
            requests.add(new InformationRequest(id("ir"), pick(Side.class), asked, secret(), asked.plusDays(14),
                    r.nextBoolean() ? asked.plusDays(r.nextInt(30)) : null, secret(), created, created));
        }
        List<ComplianceItem> compliance = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            ComplianceStatus status = pick(ComplianceStatus.class);
            LocalDate noticed = status == ComplianceStatus.BREACHED ? date() : null;
            compliance.add(new ComplianceItem(id("ci"), secret(),
                    agreements.isEmpty() || r.nextBoolean() ? null : pick(agreements).id(), secret(), secret(),
                    date(), status, noticed, noticed != null && r.nextBoolean() ? noticed.plusDays(3) : null,
                    14, created, created));
        }
        List<RuleAcknowledgement> acks = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            acks.add(new RuleAcknowledgement(id("ack"), "SIDEBAR_SOLO", new EntityRef(EntityKind.DEMAND,
                    pick(demandIds)), canary(), canary(), secret(), created, created, created));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0, n = r.nextInt(6); i < n; i++) {
            findings.add(new Finding("RULE_" + i, pick(Severity.class), new EntityRef(EntityKind.DEMAND,
                    pick(demandIds)), secret(), secret(), secret(), "field", canary()));
        }
        // Costing last, so that the records above stay what each seed made before costing existed.
        List<org.tablebook.domain.CostingBaseline> baselines = new ArrayList<>();
        List<org.tablebook.domain.Classification> classes = new ArrayList<>();
        List<org.tablebook.domain.CostItem> items = new ArrayList<>();
        if (r.nextBoolean()) {
            LocalDate start = date();
            baselines.add(new org.tablebook.domain.CostingBaseline(id("cb"), "USD", start,
                    start.plusYears(1 + r.nextInt(3)).minusDays(r.nextInt(2)), money(), created, created));
            for (int i = 0, n = r.nextInt(4); i < n; i++) {
                classes.add(new org.tablebook.domain.Classification(id("cl"), secret(), r.nextInt(200),
                        pick(org.tablebook.domain.PayBasis.class), money(), new java.math.BigDecimal("2080"), money(),
                        new java.math.BigDecimal("1.5"), money(), money(), money(), new java.math.BigDecimal("80.0"),
                        money(), created, created));
            }
            for (int i = 0, n = proposals.isEmpty() ? 0 : r.nextInt(5); i < n; i++) {
                org.tablebook.domain.CostItemKind kind = pick(org.tablebook.domain.CostItemKind.class);
                String classId = classes.isEmpty() ? null : r.nextBoolean() || kind.needsClassification()
                        ? pick(classes).id() : null;
                if (classId == null && kind.needsClassification()) {
                    continue;
                }
                items.add(new org.tablebook.domain.CostItem(id("item"), pick(proposals).id(), kind, classId, money(),
                        date(), secret(), created, created));
            }
        }
        NegotiationSnapshot snapshot = new NegotiationSnapshot(negotiation, people, demands, proposals, sessions,
                sidebars, topics, reportBacks, agreements, ratifications, requests, compliance, acks, baselines,
                classes, items);
        snapshot.checkConsistency();
        return new Generated(seed, snapshot, findings, List.copyOf(canaries), List.copyOf(publicTokens));
    }
}
