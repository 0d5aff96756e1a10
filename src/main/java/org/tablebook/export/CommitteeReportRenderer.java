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
    private final Locale locale;

    private CommitteeReportRenderer(NegotiationSnapshot snapshot, List<Finding> findings, Clock clock, PageSize pageSize,
            Locale locale) {
        this.locale = locale;
        this.s = snapshot;
        this.findings = findings;
        this.zone = clock.getZone();
        this.now = clock.instant();
        this.today = LocalDate.now(clock);
        this.pageSize = pageSize;
    }

    static String html(NegotiationSnapshot snapshot, List<Finding> findings, Clock clock, PageSize pageSize) {
        return html(snapshot, findings, clock, pageSize, RuleTexts.DEFAULT_LOCALE);
    }

    /** The report, with the rules' findings written in the given language. */
    static String html(NegotiationSnapshot snapshot, List<Finding> findings, Clock clock, PageSize pageSize,
            Locale locale) {
        return Template.load("committee.html").render(
                new CommitteeReportRenderer(snapshot, findings, clock, pageSize, locale).model());
    }

    private Map<String, Object> model() {
        var n = s.negotiation();
        List<Map<String, Object>> facts = new ArrayList<>();
        fact(facts, "Kind", ReportText.humanize(n.kind()));
        fact(facts, "Bargaining unit", n.bargainingUnit());
        fact(facts, "Bargaining started", ReportText.longDate(n.startedOn()));
        fact(facts, "New-demand deadline", ReportText.longDate(n.newDemandDeadline()));
        fact(facts, "Contract expires", ReportText.longDate(n.contractExpiresOn()));
        fact(facts, "Notice to the other party", or(ReportText.longDate(n.otherPartyNoticeOn()), "Not recorded"));
        fact(facts, "Notice to the mediation service", or(ReportText.longDate(n.mediationNoticeOn()), "Not recorded"));
        return ReportText.model(
                "pageSize", pageSize.css(), "pageNumber", "Page", "pageOf", "of",
                "title", n.title(),
                "parties", parties(n.ourParty(), n.otherParty()),
                "reportAt", ReportText.dateTime(now, zone),
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
            return "The rules flag nothing.";
        }
        Map<Severity, Long> by = findings.stream()
                .collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long count = by.getOrDefault(severity, 0L);
            if (count > 0) {
                String noun = switch (severity) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "note";
                };
                parts.add(count + " " + noun + (count == 1 ? "" : "s"));
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
                            "severity", ReportText.humanize(f.severity()),
                            "severityClass", ReportText.cssClass(f.severity()),
                            "ruleId", ReportText.ruleName(f.ruleId()),
                            "subject", or(f.subjectLabel(locale), f.subject() == null ? "" : f.subject().kind().label()),
                            "message", f.message(locale),
                            "fix", f.fixAction(locale),
                            "acknowledged", ack.map(a -> "Acknowledged by " + a.by() + " on "
                                    + ReportText.dateTime(a.at(), zone) + ": " + a.reason()).orElse(""),
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
                        "priority", ReportText.humanize(d.priority()), "status", ReportText.status(d.status()),
                        "statusClass", ReportText.cssClass(d.status()), "confidential", d.confidential()))
                .toList();
    }

    private List<Map<String, Object>> demandDetails() {
        return demandsInOrder().stream().map(d -> {
            List<Map<String, Object>> facts = new ArrayList<>();
            fact(facts, "Proposed by", side(d.proposedBy()));
            fact(facts, "Status", ReportText.status(d.status()));
            fact(facts, "Category", ReportText.humanize(d.category()));
            fact(facts, "Priority", ReportText.humanize(d.priority()));
            fact(facts, "Subject of bargaining", ReportText.humanize(d.subject()));
            fact(facts, "Article", d.article());
            fact(facts, "Origin", d.origin() == null ? "Not recorded"
                    : ReportText.humanize(d.origin()) + (d.originNote().isBlank() ? "" : ": " + d.originNote()));
            List<Map<String, Object>> passes = s.proposalsOf(d.id()).stream().map(this::passRow).toList();
            return ReportText.model("code", d.code(), "title", d.title(), "confidential", d.confidential(),
                    "facts", pairs(facts), "description", d.description(), "publicSummary", d.publicSummary(),
                    "passes", passes, "hasPasses", !passes.isEmpty());
        }).toList();
    }

    private Map<String, Object> passRow(Proposal p) {
        String session = p.sessionId() == null ? "" : s.session(p.sessionId())
                .map(x -> "Session of " + ReportText.shortDate(x.date())).orElse("");
        return ReportText.model("date", ReportText.shortDate(p.passedOn()), "side", sideShort(p.side()),
                "kind", ReportText.humanize(p.kind()), "summary", p.summary(), "text", p.text(), "session", session,
                "cost", passCost(p));
    }

    /** "Costs $… over the term", "Not costed" for an economic pass without items, or "" otherwise. */
    private String passCost(Proposal p) {
        if (s.costingBaseline().isEmpty()) {
            return "";
        }
        var cost = org.tablebook.costing.Packages.costOf(s, p);
        if (cost.isPresent()) {
            return "Costs " + org.tablebook.costing.Money.format(cost.get().total(), s.costingBaseline().get().currency())
                    + " over the term";
        }
        boolean economic = s.demand(p.demandId()).map(d -> d.category() == org.tablebook.domain.DemandCategory.ECONOMIC)
                .orElse(false);
        return economic ? "Not costed" : "";
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
                "label", org.tablebook.costing.PackageText.label(l),
                "ours", org.tablebook.costing.PackageText.figure(l, l.ours(), cur),
                "theirs", org.tablebook.costing.PackageText.figure(l, l.theirs(), cur),
                "gap", org.tablebook.costing.PackageText.figure(l, l.gap(), cur),
                "settled", org.tablebook.costing.PackageText.figure(l, l.settled(), cur))).toList();
        return ReportText.model("hasCosting", true,
                "costingSummary", String.format(java.util.Locale.US, "%,d", c.headcount()) + " people in " + s.classifications().size() + " classifications; "
                        + "contract " + ReportText.longDate(c.baseline().termStart()) + " to "
                        + ReportText.longDate(c.baseline().termEnd()) + " (" + c.baseline().years() + " years); today they "
                        + "cost " + org.tablebook.costing.Money.format(c.baselineAnnualCost(), cur) + " a year.",
                "onePercent", "The cost of 1%: " + org.tablebook.costing.Money.format(c.costOfOnePercent(), cur)
                        + " a year, roll-up included.",
                "costingLines", lines,
                "oursPasses", org.tablebook.costing.PackageText.passes(s, c.ours()),
                "theirsPasses", org.tablebook.costing.PackageText.passes(s, c.theirs()),
                "settledPasses", org.tablebook.costing.PackageText.passes(s, c.settled()));
    }

    // ---- sessions ------------------------------------------------------------------------------

    private List<Map<String, Object>> sessionRows() {
        return s.sessions().stream().sorted(Comparator.comparing(TableSession::date)
                        .thenComparing(x -> x.start() == null ? java.time.LocalTime.MIN : x.start()))
                .map(x -> ReportText.model("date", ReportText.shortDate(x.date()),
                        "time", x.start() == null ? "" : ReportText.time(x.start())
                                + (x.end() == null ? "" : " to " + ReportText.time(x.end())),
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
        fact(facts, "Requested by", side(b.requestedBy()));
        fact(facts, "Our reps chosen by", b.repsChosenBy() == null ? "Not recorded" : switch (b.repsChosenBy()) {
            case OUR_TEAM -> "Our team";
            case CHIEF_ALONE -> "The chief negotiator alone";
            case OTHER_SIDE -> "The other side";
        });
        fact(facts, "Suggested", ReportText.dateTime(b.suggestedAt(), zone));
        fact(facts, "Whole team informed", or(ReportText.dateTime(b.teamInformedAt(), zone), "Not recorded"));
        fact(facts, "Authorized by the team", or(ReportText.dateTime(b.teamAuthorizedAt(), zone), "Not authorized"));
        fact(facts, "Scheduled", ReportText.dateTime(b.scheduledAt(), zone));
        fact(facts, "Started", ReportText.dateTime(b.startedAt(), zone));
        fact(facts, "Ended", ReportText.dateTime(b.endedAt(), zone));
        if (b.startedAt() != null) {
            Instant end = b.endedAt() != null ? b.endedAt() : now;
            fact(facts, b.endedAt() != null ? "Length" : "Running for", ReportText.duration(Duration.between(b.startedAt(), end)));
        }
        fact(facts, "Location", b.location());
        fact(facts, "Our people", or(names(b.attendeeIds(), Side.OURS), "None recorded"));
        fact(facts, "Their people", or(names(b.attendeeIds(), Side.THEIRS), "None recorded"));
        fact(facts, "Agenda", b.agendaDemandIds().stream().map(this::demandLabel).collect(Collectors.joining("; ")));
        facts = pairs(facts);
        List<Map<String, Object>> rules = List.of(
                groundRule("No notes taken", b.noNotesRule()),
                groundRule("Not repeated outside", b.notRepeatedRule()),
                groundRule("Not used in ULP charges or arbitration", b.notUsedInLitigationRule()));
        List<Map<String, Object>> topics = s.topicsOf(b.id()).stream().map(this::topic).toList();
        Map<String, Object> reportBack = s.reportBackOf(b.id()).map(this::reportBack).orElse(null);
        return ReportText.model("purpose", b.purpose(), "state", ReportText.humanize(state), "stateClass", ReportText.cssClass(state),
                "facts", facts, "say", or(b.instructionsSay(), "Not recorded"),
                "doNotSay", or(b.instructionsDoNotSay(), "Not recorded"), "groundRules", rules,
                "notes", b.confidentialNotes(), "topics", topics, "hasTopics", !topics.isEmpty(),
                "reportBack", reportBack, "noReportBack", reportBack == null && b.endedAt() != null);
    }

    private static Map<String, Object> groundRule(String rule, GroundRuleStatus status) {
        return ReportText.model("rule", rule, "status", ReportText.humanize(status), "statusClass", ReportText.cssClass(status));
    }

    private Map<String, Object> topic(SidebarTopic t) {
        String decision = t.decision() == null ? "Not decided" : ReportText.humanize(t.decision());
        return ReportText.model("demand", demandLabel(t.demandId()), "ours", t.ourPosition(), "theirs", t.theirPosition(),
                "conclusion", t.tentativeConclusion(), "decision", decision,
                "decidedOn", ReportText.shortDate(t.decidedAt(), zone), "decidedTime", ReportText.timeOfDay(t.decidedAt(), zone),
                "decisionNote", t.decisionNote(),
                "decided", t.decision() != null);
    }

    private Map<String, Object> reportBack(ReportBack r) {
        return ReportText.model("at", ReportText.dateTime(r.reportedAt(), zone),
                "by", r.reportedById() == null ? "Not recorded" : personName(r.reportedById()),
                "fullTeam", r.fullTeamPresent() ? "Yes" : "No", "summary", r.summary());
    }

    // ---- agreements, ratification, requests, compliance ---------------------------------------

    private List<Map<String, Object>> agreements() {
        return s.agreements().stream()
                .sorted(Comparator.comparing(TentativeAgreement::reachedOn).thenComparing(TentativeAgreement::createdAt))
                .map(a -> {
                    List<Map<String, Object>> facts = new ArrayList<>();
                    fact(facts, "Status", ReportText.status(a.status()));
                    fact(facts, "Reached", ReportText.longDate(a.reachedOn()) + (a.source() == TaSource.SIDEBAR
                            ? " in the sidebar \"" + s.sidebar(a.sidebarId()).map(Sidebar::purpose).orElse(a.sidebarId()) + "\""
                            : " at the table"));
                    fact(facts, "Initialed by us", or(ReportText.longDate(a.initialedByUsOn()), "Not yet"));
                    fact(facts, "Initialed by them", or(ReportText.longDate(a.initialedByThemOn()), "Not yet"));
                    if (a.source() == TaSource.SIDEBAR) {
                        fact(facts, "Approved by the whole team", or(ReportText.dateTime(a.teamApprovedAt(), zone), "Not yet"));
                    }
                    fact(facts, "Confirmed on the record", a.confirmedSessionId() == null ? "Not yet"
                            : s.session(a.confirmedSessionId()).map(x -> "Session of " + ReportText.longDate(x.date()))
                                    .orElse(a.confirmedSessionId()));
                    s.ratifiedBy(a.id()).ifPresent(r -> fact(facts, "Ratified", ReportText.longDate(r.voteOn())));
                    return ReportText.model("demand", demandLabel(a.demandId()), "status", ReportText.status(a.status()),
                            "statusClass", ReportText.cssClass(a.status()), "initials", initials(a), "facts", facts,
                            "text", a.text(), "publicText", or(a.publicText(), "None written yet"));
                })
                .toList();
    }

    private static String initials(TentativeAgreement a) {
        boolean us = a.initialedByUsOn() != null;
        boolean them = a.initialedByThemOn() != null;
        return us && them ? "Initialed by both sides" : us ? "Initialed by us only" : them ? "Initialed by them only"
                : "Not initialed";
    }

    private List<Map<String, Object>> ratifications() {
        return s.ratifications().stream().sorted(Comparator.comparing(Ratification::moaDraftedOn)).map(r -> {
            List<Map<String, Object>> facts = new ArrayList<>();
            fact(facts, "Memorandum drafted", ReportText.longDate(r.moaDraftedOn()));
            fact(facts, "Agreements in it", r.agreementIds().stream()
                    .map(id -> s.agreement(id).map(a -> demandLabel(a.demandId())).orElse(id))
                    .collect(Collectors.joining("; ")));
            fact(facts, "Vote", or(ReportText.longDate(r.voteOn()), "Not held yet"));
            if (r.voteOn() != null) {
                fact(facts, "Eligible voters", String.valueOf(r.eligibleVoters()));
                fact(facts, "Yes", String.valueOf(r.yes()));
                fact(facts, "No", String.valueOf(r.no()));
                if (r.eligibleVoters() != null && r.eligibleVoters() > 0) {
                    fact(facts, "Turnout", Math.round(100.0 * (r.yes() + r.no()) / r.eligibleVoters()) + "%");
                }
                fact(facts, "Result", r.result().map(ReportText::humanize).orElse(""));
            }
            return ReportText.model("facts", facts);
        }).toList();
    }

    private List<Map<String, Object>> requests() {
        return s.informationRequests().stream().sorted(Comparator.comparing(InformationRequest::askedOn)).map(r -> {
            boolean overdue = r.answeredOn() == null && r.dueOn().isBefore(today);
            String answered = r.answeredOn() != null ? ReportText.shortDate(r.answeredOn())
                    + (r.answeredOn().isAfter(r.dueOn()) ? " (late)" : "") : overdue ? "Overdue" : "Not yet";
            return ReportText.model("askedBy", sideShort(r.askedBy()), "askedOn", ReportText.shortDate(r.askedOn()),
                    "subject", r.subject(), "due", ReportText.shortDate(r.dueOn()), "answered", answered,
                    "overdue", overdue, "notes", r.notes());
        }).toList();
    }

    private List<Map<String, Object>> compliance() {
        return s.complianceItems().stream()
                .sorted(Comparator.comparing(ComplianceItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(c -> {
                    String source = c.agreementId() == null ? c.clause() : s.agreement(c.agreementId())
                            .map(a -> "TA on " + demandLabel(a.demandId())).orElse(c.agreementId())
                            + (c.clause().isBlank() ? "" : ", " + c.clause());
                    String grievance = c.grievanceFiledOn() != null ? "Filed " + ReportText.shortDate(c.grievanceFiledOn())
                            : c.lastDayToFile(s.negotiation().ruleSettings()).map(d -> "File by " + ReportText.shortDate(d)).orElse("");
                    return ReportText.model("source", source, "obligation", c.obligation(),
                            "responsible", c.responsibleParty(), "due", ReportText.shortDate(c.dueOn()),
                            "status", ReportText.humanize(c.status()), "statusClass", ReportText.cssClass(c.status()),
                            "breach", c.status() == ComplianceStatus.BREACHED
                                    ? "Noticed " + ReportText.shortDate(c.breachNoticedOn()) : "",
                            "grievance", grievance, "window", c.grievanceWindowDays() + " days");
                })
                .toList();
    }

    private List<Map<String, Object>> people() {
        return s.people().stream()
                .sorted(Comparator.comparing(Person::side).thenComparing(p -> p.role().ordinal())
                        .thenComparing(Person::name))
                .map(p -> ReportText.model("name", p.name(), "side", sideShort(p.side()), "role", ReportText.humanize(p.role()),
                        "canAgree", p.canAgree() ? "Yes" : "No", "active", p.active() ? "" : "Inactive"))
                .toList();
    }

    private List<Map<String, Object>> acknowledgements() {
        return s.acknowledgements().stream().sorted(Comparator.comparing(RuleAcknowledgement::at))
                .map(a -> ReportText.model("rule", ReportText.ruleName(a.ruleId()), "subject", subjectLabel(a), "by", a.by(),
                        "on", ReportText.shortDate(a.at(), zone), "time", ReportText.timeOfDay(a.at(), zone),
                        "reason", a.reason()))
                .toList();
    }

    private String subjectLabel(RuleAcknowledgement a) {
        return s.find(a.subject()).map(e -> e instanceof Demand d ? "Demand " + d.code() + " " + d.title()
                : e instanceof Sidebar b ? "Sidebar \"" + b.purpose() + "\"" : a.subject().kind().label())
                .orElse(a.subject().kind().label() + " (no longer recorded)");
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** "Ours" or "Theirs", for table columns where the parties' names would crowd the row. */
    private static String sideShort(Side side) {
        return side == Side.OURS ? "Ours" : "Theirs";
    }

    private String side(Side side) {
        String party = side == Side.OURS ? s.negotiation().ourParty() : s.negotiation().otherParty();
        return party.isBlank() ? (side == Side.OURS ? "Us" : "The other side") : party.strip();
    }

    private String demandLabel(String demandId) {
        return s.demand(demandId).map(d -> d.code() + " " + d.title()).orElse(demandId);
    }

    private String personName(String id) {
        return s.person(id).map(Person::name).orElse("Unknown person");
    }

    private String names(List<String> ids, Side side) {
        return s.ofSide(ids, side).stream().map(Person::name).collect(Collectors.joining(", "));
    }

    private static String parties(String ours, String theirs) {
        return ours.isBlank() || theirs.isBlank() ? (ours + theirs).strip() : ours.strip() + " and " + theirs.strip();
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
