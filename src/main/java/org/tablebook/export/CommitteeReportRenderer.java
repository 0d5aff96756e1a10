package org.tablebook.export;

import org.tablebook.domain.DemandCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.Demand;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.rules.Finding;
import org.tablebook.rules.RuleTexts;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.Language;

/**
 * The committee report: the whole negotiation, confidential parts included, with the rule
 * findings it is given. Marked CONFIDENTIAL at the top and, in the PDF, in every page's header.
 */
final class CommitteeReportRenderer {

    private final NegotiationSnapshot s;
    private final List<Finding> findings;
    private final ZoneId zone;
    private final Instant now;
    private final LocalDate today;
    private final PageSize pageSize;
    private final Words w;
    private final DateTexts d;
    private final Locale locale;

    private CommitteeReportRenderer(NegotiationSnapshot snapshot, List<Finding> findings, Clock clock, PageSize pageSize,
            Language language) {
        this.w = Words.of(language);
        this.d = w.dates();
        this.locale = language.locale();
        this.s = snapshot;
        this.findings = findings;
        this.zone = clock.getZone();
        this.now = clock.instant();
        this.today = LocalDate.now(clock);
        this.pageSize = pageSize;
    }

    static String html(NegotiationSnapshot snapshot, List<Finding> findings, Clock clock, PageSize pageSize) {
        return html(snapshot, findings, clock, pageSize, Language.ENGLISH);
    }

    /** The report in one language: its own words, the dates and the rules' findings. */
    static String html(NegotiationSnapshot snapshot, List<Finding> findings, Clock clock, PageSize pageSize,
            Language language) {
        return Template.load("committee.html").render(
                new CommitteeReportRenderer(snapshot, findings, clock, pageSize, language).model());
    }

    private Map<String, Object> model() {
        var n = s.negotiation();
        List<Map<String, Object>> facts = new ArrayList<>();
        fact(facts, t("fact.kind"), w.label(n.kind()));
        fact(facts, t("fact.unit"), n.bargainingUnit());
        fact(facts, t("fact.bargainingStarted"), d.longDate(n.startedOn()));
        fact(facts, t("fact.newDemandDeadline"), d.longDate(n.newDemandDeadline()));
        fact(facts, t("fact.contractExpires"), d.longDate(n.contractExpiresOn()));
        fact(facts, t("fact.noticeOtherParty"), or(d.longDate(n.otherPartyNoticeOn()), t("notRecorded")));
        fact(facts, t("fact.noticeMediation"), or(d.longDate(n.mediationNoticeOn()), t("notRecorded")));
        return ReportText.model(
                "pageSize", pageSize.css(), "pageNumber", w.get("page.number"), "pageOf", w.get("page.of"),
                "t", w.tree(), "htmlLang", w.language().code(), "confidentialHeader", t("pageHeader"),
                "docTitle", w.format("committee.docTitle", n.title()),
                "runningFooter", w.format("committee.runningFooter", n.title(), dateTime(now)),
                "reportOf", w.format("committee.reportOf", dateTime(now)),
                "title", n.title(),
                "parties", parties(n.ourParty(), n.otherParty()),
                                "facts", facts,
                "findingCounts", findingCounts(),
                "findings", findingRows(),
                "hasFindings", !findings.isEmpty(),
                "demands", demandRows(),
                "hasDemands", !s.demands().isEmpty(),
                "costing", costing(),
                "demandDetails", demandDetails(),
                "sessions", sessionRows(),
                "hasSessions", !s.sessions().isEmpty(),
                "sidebars", sidebars(),
                "hasSidebars", !s.sidebars().isEmpty(),
                "agreements", agreements(),
                "hasAgreements", !s.agreements().isEmpty(),
                "ratifications", ratifications(),
                "hasRatifications", !s.ratifications().isEmpty(),
                "requests", requests(),
                "hasRequests", !s.informationRequests().isEmpty(),
                "compliance", compliance(),
                "hasCompliance", !s.complianceItems().isEmpty(),
                "people", people(),
                "hasPeople", !s.people().isEmpty(),
                "acknowledgements", acknowledgements(),
                "hasAcknowledgements", !s.acknowledgements().isEmpty());
    }

    // ---- findings ----------------------------------------------------------------------------

    private String findingCounts() {
        if (findings.isEmpty()) {
            return t("findings.none");
        }
        Map<Severity, Long> by = findings.stream()
                .collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long count = by.getOrDefault(severity, 0L);
            if (count > 0) {
                parts.add(w.format("committee.findings.count." + severity.name(), count));
            }
        }
        return String.join(", ", parts) + ".";
    }

    private List<Map<String, Object>> findingRows() {
        return findings.stream()
                .sorted(Comparator.comparing(Finding::severity))
                .map(f -> {
                    Optional<RuleAcknowledgement> ack = acknowledgementOf(f);
                    return ReportText.model(
                            "severity", w.label(f.severity()),
                            "severityClass", ReportText.cssClass(f.severity()),
                            "ruleId", ruleName(f.ruleId()),
                            "subject", or(f.subjectLabel(locale), f.subject() == null ? "" : w.label(f.subject().kind())),
                            "message", f.message(locale),
                            "fix", f.fixAction(locale),
                            "acknowledged", ack.map(a -> w.format("committee.acknowledgedBy", a.by(), dateTime(a.at()),
                                    a.reason())).orElse(""),
                            "rowClass", ack.isPresent() ? "acknowledged" : "");
                })
                .toList();
    }

    /** The acknowledgement that still covers a finding: same rule, subject and facts. */
    private Optional<RuleAcknowledgement> acknowledgementOf(Finding f) {
        return s.acknowledgements().stream()
                .filter(a -> a.ruleId().equals(f.ruleId()) && a.subject().equals(f.subject())
                        && a.factsFingerprint().equals(f.factsFingerprint() == null ? "" : f.factsFingerprint()))
                .findFirst();
    }

    // ---- demands -------------------------------------------------------------------------------

    private List<Demand> demandsInOrder() {
        return s.demands().stream()
                .sorted(Comparator.comparing(Demand::proposedBy).thenComparing(Demand::code, DemandCodes.ORDER))
                .toList();
    }

    private List<Map<String, Object>> demandRows() {
        return demandsInOrder().stream()
                .map(d -> ReportText.model("code", d.code(), "title", d.title(), "side", sideShort(d.proposedBy()),
                        "priority", w.label(d.priority()), "status", w.status(d.status()),
                        "statusClass", ReportText.cssClass(d.status()), "confidential", d.confidential()))
                .toList();
    }

    private List<Map<String, Object>> demandDetails() {
        return demandsInOrder().stream().map(d -> {
            List<Map<String, Object>> facts = new ArrayList<>();
            fact(facts, t("fact.proposedBy"), side(d.proposedBy()));
            fact(facts, t("fact.status"), w.status(d.status()));
            fact(facts, t("fact.category"), w.label(d.category()));
            fact(facts, t("fact.priority"), w.label(d.priority()));
            fact(facts, t("fact.subject"), w.label(d.subject()));
            fact(facts, t("fact.article"), d.article());
            fact(facts, t("fact.origin"), d.origin() == null ? t("notRecorded")
                    : w.label(d.origin()) + (d.originNote().isBlank() ? "" : ": " + d.originNote()));
            List<Map<String, Object>> passes = s.proposalsOf(d.id()).stream().map(this::passRow).toList();
            return ReportText.model("code", d.code(), "title", d.title(), "confidential", d.confidential(),
                    "facts", pairs(facts), "description", d.description(), "publicSummary", d.publicSummary(),
                    "passes", passes, "hasPasses", !passes.isEmpty());
        }).toList();
    }

    private Map<String, Object> passRow(Proposal p) {
        String session = p.sessionId() == null ? "" : s.session(p.sessionId())
                .map(x -> w.format("committee.sessionOf", d.shortDate(x.date()))).orElse("");
        return ReportText.model("date", d.shortDate(p.passedOn()), "side", sideShort(p.side()),
                "kind", w.label(p.kind()), "summary", p.summary(), "text", p.text(), "session", session,
                "cost", passCost(p));
    }

    /** "Costs $… over the term", "Not costed" for an economic pass without items, or "" otherwise. */
    private String passCost(Proposal p) {
        if (s.costingBaseline().isEmpty()) {
            return "";
        }
        var cost = org.tablebook.costing.Packages.costOf(s, p);
        if (cost.isPresent()) {
            return w.format("committee.passCost", org.tablebook.costing.Money.format(cost.get().total(),
                    s.costingBaseline().get().currency()));
        }
        boolean economic = s.demand(p.demandId()).map(d -> d.category() == org.tablebook.domain.DemandCategory.ECONOMIC)
                .orElse(false);
        return economic ? t("notCosted") : "";
    }

    // ---- costing -------------------------------------------------------------------------------

    private Map<String, Object> costing() {
        var comparison = org.tablebook.costing.Packages.compare(s, null);
        if (comparison.isEmpty()) {
            return ReportText.model("hasCosting", false);
        }
        var c = comparison.get();
        String cur = c.baseline().currency();
        List<Map<String, Object>> lines = c.table().stream().map(l -> ReportText.model(
                "label", packageLabel(l),
                "ours", org.tablebook.costing.PackageText.figure(l, l.ours(), cur),
                "theirs", org.tablebook.costing.PackageText.figure(l, l.theirs(), cur),
                "gap", org.tablebook.costing.PackageText.figure(l, l.gap(), cur),
                "settled", org.tablebook.costing.PackageText.figure(l, l.settled(), cur))).toList();
        return ReportText.model("hasCosting", true,
                "costingSummary", w.format("committee.costingSummary", c.headcount(), s.classifications().size(),
                        d.longDate(c.baseline().termStart()), d.longDate(c.baseline().termEnd()), c.baseline().years(),
                        org.tablebook.costing.Money.format(c.baselineAnnualCost(), cur)),
                "onePercent", w.format("committee.onePercent",
                        org.tablebook.costing.Money.format(c.costOfOnePercent(), cur)),
                "costingLines", lines,
                "oursPasses", packagePasses(c.ours()),
                "theirsPasses", packagePasses(c.theirs()),
                "settledPasses", packagePasses(c.settled()));
    }

    // ---- sessions ------------------------------------------------------------------------------

    private List<Map<String, Object>> sessionRows() {
        return s.sessions().stream().sorted(Comparator.comparing(TableSession::date)
                        .thenComparing(x -> x.start() == null ? java.time.LocalTime.MIN : x.start()))
                .map(x -> ReportText.model("date", d.shortDate(x.date()),
                        "time", x.start() == null ? "" : x.end() == null ? d.time(x.start())
                                : w.format("committee.timeRange", d.time(x.start()), d.time(x.end())),
                        "location", x.location(), "ours", names(x.attendeeIds(), Side.OURS),
                        "theirs", names(x.attendeeIds(), Side.THEIRS), "notes", x.notes(),
                        "upcoming", x.date().isAfter(today)))
                .toList();
    }

    // ---- sidebars ------------------------------------------------------------------------------

    private List<Map<String, Object>> sidebars() {
        return s.sidebars().stream()
                .sorted(Comparator.comparing(Sidebar::suggestedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Sidebar::createdAt))
                .map(this::sidebar).toList();
    }

    private Map<String, Object> sidebar(Sidebar b) {
        var state = s.stateOf(b);
        List<Map<String, Object>> facts = new ArrayList<>();
        fact(facts, t("fact.requestedBy"), side(b.requestedBy()));
        fact(facts, t("fact.repsChosenBy"), b.repsChosenBy() == null ? t("notRecorded") : w.label(b.repsChosenBy()));
        fact(facts, t("fact.suggested"), dateTime(b.suggestedAt()));
        fact(facts, t("fact.teamInformed"), or(dateTime(b.teamInformedAt()), t("notRecorded")));
        fact(facts, t("fact.teamAuthorized"), or(dateTime(b.teamAuthorizedAt()), t("notAuthorized")));
        fact(facts, t("fact.scheduled"), dateTime(b.scheduledAt()));
        fact(facts, t("fact.started"), dateTime(b.startedAt()));
        fact(facts, t("fact.ended"), dateTime(b.endedAt()));
        if (b.startedAt() != null) {
            Instant end = b.endedAt() != null ? b.endedAt() : now;
            fact(facts, t(b.endedAt() != null ? "fact.length" : "fact.runningFor"),
                    w.duration(Duration.between(b.startedAt(), end)));
        }
        fact(facts, t("fact.location"), b.location());
        fact(facts, t("fact.ourPeople"), or(names(b.attendeeIds(), Side.OURS), t("noneRecorded")));
        fact(facts, t("fact.theirPeople"), or(names(b.attendeeIds(), Side.THEIRS), t("noneRecorded")));
        fact(facts, t("fact.agenda"), b.agendaDemandIds().stream().map(this::demandLabel).collect(Collectors.joining("; ")));
        facts = pairs(facts);
        List<Map<String, Object>> rules = List.of(
                groundRule(t("groundRule.noNotes"), b.noNotesRule()),
                groundRule(t("groundRule.notRepeated"), b.notRepeatedRule()),
                groundRule(t("groundRule.notUsedInLitigation"), b.notUsedInLitigationRule()));
        List<Map<String, Object>> topics = s.topicsOf(b.id()).stream().map(this::topic).toList();
        Map<String, Object> reportBack = s.reportBackOf(b.id()).map(this::reportBack).orElse(null);
        return ReportText.model("purpose", b.purpose(), "state", w.label(state), "stateClass", ReportText.cssClass(state),
                "facts", facts, "say", or(b.instructionsSay(), t("notRecorded")),
                "doNotSay", or(b.instructionsDoNotSay(), t("notRecorded")), "groundRules", rules,
                "notes", b.confidentialNotes(), "topics", topics, "hasTopics", !topics.isEmpty(),
                "reportBack", reportBack, "noReportBack", reportBack == null && b.endedAt() != null);
    }

    private Map<String, Object> groundRule(String rule, GroundRuleStatus status) {
        return ReportText.model("rule", rule, "status", w.label(status), "statusClass", ReportText.cssClass(status));
    }

    private Map<String, Object> topic(SidebarTopic t) {
        String decision = t.decision() == null ? t("notDecided") : w.label(t.decision());
        return ReportText.model("demand", demandLabel(t.demandId()), "ours", t.ourPosition(), "theirs", t.theirPosition(),
                "conclusion", t.tentativeConclusion(), "decision", decision,
                "decidedOn", d.shortDate(t.decidedAt(), zone), "decidedTime", d.timeWithZone(t.decidedAt(), zone),
                "decisionNote", t.decisionNote(),
                "decided", t.decision() != null);
    }

    private Map<String, Object> reportBack(ReportBack r) {
        return ReportText.model("reported", w.format("committee.reportedAtBy", dateTime(r.reportedAt()),
                        r.reportedById() == null ? t("notRecorded") : personName(r.reportedById())),
                "fullTeam", yesNo(r.fullTeamPresent()), "summary", r.summary());
    }

    // ---- agreements, ratification, requests, compliance ---------------------------------------

    private List<Map<String, Object>> agreements() {
        return s.agreements().stream()
                .sorted(Comparator.comparing(TentativeAgreement::reachedOn).thenComparing(TentativeAgreement::createdAt))
                .map(a -> {
                    List<Map<String, Object>> facts = new ArrayList<>();
                    fact(facts, t("fact.status"), w.status(a.status()));
                    fact(facts, t("fact.reached"), a.source() == TaSource.SIDEBAR
                            ? w.format("committee.reachedInSidebar", d.longDate(a.reachedOn()),
                                    s.sidebar(a.sidebarId()).map(Sidebar::purpose).orElse(a.sidebarId()))
                            : w.format("committee.reachedAtTable", d.longDate(a.reachedOn())));
                    fact(facts, t("fact.initialedByUs"), or(d.longDate(a.initialedByUsOn()), t("notYet")));
                    fact(facts, t("fact.initialedByThem"), or(d.longDate(a.initialedByThemOn()), t("notYet")));
                    if (a.source() == TaSource.SIDEBAR) {
                        fact(facts, t("fact.teamApproved"), or(dateTime(a.teamApprovedAt()), t("notYet")));
                    }
                    fact(facts, t("fact.confirmed"), a.confirmedSessionId() == null ? t("notYet")
                            : s.session(a.confirmedSessionId())
                                    .map(x -> w.format("committee.sessionOf", d.longDate(x.date())))
                                    .orElse(a.confirmedSessionId()));
                    s.ratifiedBy(a.id()).ifPresent(r -> fact(facts, t("fact.ratified"), d.longDate(r.voteOn())));
                    return ReportText.model("demand", demandLabel(a.demandId()), "status", w.status(a.status()),
                            "statusClass", ReportText.cssClass(a.status()), "initials", initials(a), "facts", facts,
                            "text", a.text(), "publicText", or(a.publicText(), t("noneWrittenYet")));
                })
                .toList();
    }

    private String initials(TentativeAgreement a) {
        boolean us = a.initialedByUsOn() != null;
        boolean them = a.initialedByThemOn() != null;
        return t(us && them ? "initials.both" : us ? "initials.usOnly" : them ? "initials.themOnly" : "initials.none");
    }

    private List<Map<String, Object>> ratifications() {
        return s.ratifications().stream().sorted(Comparator.comparing(Ratification::moaDraftedOn)).map(r -> {
            List<Map<String, Object>> facts = new ArrayList<>();
            fact(facts, t("fact.moaDrafted"), d.longDate(r.moaDraftedOn()));
            fact(facts, t("fact.agreementsInIt"), r.agreementIds().stream()
                    .map(id -> s.agreement(id).map(a -> demandLabel(a.demandId())).orElse(id))
                    .collect(Collectors.joining("; ")));
            fact(facts, t("fact.vote"), or(d.longDate(r.voteOn()), t("notHeldYet")));
            if (r.voteOn() != null) {
                fact(facts, t("fact.eligibleVoters"), String.valueOf(r.eligibleVoters()));
                fact(facts, t("yes"), String.valueOf(r.yes()));
                fact(facts, t("no"), String.valueOf(r.no()));
                if (r.eligibleVoters() != null && r.eligibleVoters() > 0) {
                    fact(facts, t("fact.turnout"), Math.round(100.0 * (r.yes() + r.no()) / r.eligibleVoters()) + "%");
                }
                fact(facts, t("fact.result"), r.result().map(w::label).orElse(""));
            }
            return ReportText.model("facts", facts);
        }).toList();
    }

    private List<Map<String, Object>> requests() {
        return s.informationRequests().stream().sorted(Comparator.comparing(InformationRequest::askedOn)).map(r -> {
            boolean overdue = r.answeredOn() == null && r.dueOn().isBefore(today);
            String answered = r.answeredOn() != null ? (r.answeredOn().isAfter(r.dueOn())
                    ? w.format("committee.answeredLate", d.shortDate(r.answeredOn())) : d.shortDate(r.answeredOn()))
                    : t(overdue ? "overdue" : "notYet");
            return ReportText.model("askedBy", sideShort(r.askedBy()), "askedOn", d.shortDate(r.askedOn()),
                    "subject", r.subject(), "due", d.shortDate(r.dueOn()), "answered", answered,
                    "overdue", overdue, "notes", r.notes());
        }).toList();
    }

    private List<Map<String, Object>> compliance() {
        return s.complianceItems().stream()
                .sorted(Comparator.comparing(ComplianceItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(c -> {
                    String source = c.agreementId() == null ? c.clause() : s.agreement(c.agreementId())
                            .map(a -> w.format("committee.taOn", demandLabel(a.demandId()))).orElse(c.agreementId())
                            + (c.clause().isBlank() ? "" : ", " + c.clause());
                    String grievance = c.grievanceFiledOn() != null
                            ? w.format("committee.grievanceFiled", d.shortDate(c.grievanceFiledOn()))
                            : c.lastDayToFile(s.negotiation().ruleSettings())
                                    .map(last -> w.format("committee.grievanceFileBy", d.shortDate(last))).orElse("");
                    return ReportText.model("source", source, "obligation", c.obligation(),
                            "responsible", c.responsibleParty(), "due", d.shortDate(c.dueOn()),
                            "status", w.label(c.status()), "statusClass", ReportText.cssClass(c.status()),
                            "breach", c.status() == ComplianceStatus.BREACHED
                                    ? w.format("committee.breachNoticed", d.shortDate(c.breachNoticedOn())) : "",
                            "grievance", grievance, "window", w.format("committee.grievanceWindow",
                                    c.grievanceWindowDays()));
                })
                .toList();
    }

    private List<Map<String, Object>> people() {
        return s.people().stream()
                .sorted(Comparator.comparing(Person::side).thenComparing(p -> p.role().ordinal())
                        .thenComparing(Person::name))
                .map(p -> ReportText.model("name", p.name(), "side", sideShort(p.side()), "role", w.label(p.role()),
                        "canAgree", yesNo(p.canAgree()), "active", p.active() ? "" : t("inactive")))
                .toList();
    }

    private List<Map<String, Object>> acknowledgements() {
        return s.acknowledgements().stream().sorted(Comparator.comparing(RuleAcknowledgement::at))
                .map(a -> ReportText.model("rule", ruleName(a.ruleId()), "subject", subjectLabel(a), "by", a.by(),
                        "on", d.shortDate(a.at(), zone), "time", d.timeWithZone(a.at(), zone),
                        "reason", a.reason()))
                .toList();
    }

    private String subjectLabel(RuleAcknowledgement a) {
        String kind = w.label(a.subject().kind());
        return s.find(a.subject()).map(e -> e instanceof Demand x ? w.format("committee.ackDemand", x.code(), x.title())
                : e instanceof Sidebar b ? w.format("committee.ackSidebar", b.purpose()) : kind)
                .orElse(w.format("committee.noLongerRecorded", kind));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** "Ours" or "Theirs", for table columns where the parties' names would crowd the row. */
    private String sideShort(Side side) {
        return t(side == Side.OURS ? "side.ours" : "side.theirs");
    }

    private String side(Side side) {
        String party = side == Side.OURS ? s.negotiation().ourParty() : s.negotiation().otherParty();
        return party.isBlank() ? t(side == Side.OURS ? "side.us" : "side.otherSide") : party.strip();
    }

    /** One of this report's own texts, {@code committee.<key>}. */
    private String t(String key) {
        return w.format("committee." + key);
    }

    private String yesNo(boolean value) {
        return t(value ? "yes" : "no");
    }

    /** A moment with its zone: "Mar 3, 2026, 14:05 CST". */
    private String dateTime(Instant at) {
        return w.dateTime(at, zone);
    }

    /** The rule's title in the report's language, as the rules panel shows it. */
    private String ruleName(String ruleId) {
        return RuleTexts.of(locale).title(ruleId);
    }

    private String packageLabel(org.tablebook.costing.PackageLine line) {
        return switch (line.kind()) {
            case YEAR -> w.format("committee.package.year", line.year());
            case TOTAL -> t("package.total");
            case PERCENT_OF_BASELINE -> t("package.percent");
            case AVERAGE_PER_PERSON_PER_YEAR -> t("package.average");
        };
    }

    /** The passes a package is made of: "U-1 4.5% / 4% / 4%; U-3 …". */
    private String packagePasses(org.tablebook.costing.SidePackage p) {
        return p.isEmpty() ? t("package.nothingCosted") : p.passes().stream()
                .map(x -> s.demand(x.demandId()).map(Demand::code).orElse("") + " " + x.summary())
                .collect(Collectors.joining("; "));
    }

    private String demandLabel(String demandId) {
        return s.demand(demandId).map(d -> d.code() + " " + d.title()).orElse(demandId);
    }

    private String personName(String id) {
        return s.person(id).map(Person::name).orElse(t("unknownPerson"));
    }

    private String names(List<String> ids, Side side) {
        return s.ofSide(ids, side).stream().map(Person::name).collect(Collectors.joining(", "));
    }

    private String parties(String ours, String theirs) {
        return ours.isBlank() || theirs.isBlank() ? (ours + theirs).strip()
                : w.format("committee.parties", ours.strip(), theirs.strip());
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** Facts two to a row ("l1", "v1", "l2", "v2"), so short facts do not each take a line. */
    private static List<Map<String, Object>> pairs(List<Map<String, Object>> facts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < facts.size(); i += 2) {
            Map<String, Object> second = i + 1 < facts.size() ? facts.get(i + 1) : ReportText.model("label", "", "value", "");
            rows.add(ReportText.model("l1", facts.get(i).get("label"), "v1", facts.get(i).get("value"),
                    "l2", second.get("label"), "v2", second.get("value")));
        }
        return rows;
    }

    /** A label/value row, left out when there is no value. */
    private static void fact(List<Map<String, Object>> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(ReportText.model("label", label, "value", value));
        }
    }
}
