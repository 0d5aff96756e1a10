package org.tablebook.export;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tablebook.domain.AuditAction;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.Language;
import java.time.LocalDate;
import org.tablebook.rules.Finding;
import org.tablebook.rules.RuleTexts;

/**
 * What changed since a chosen moment, for the committee: read from the audit trail (which records
 * changed, who recorded them and when) and described from the current snapshot (what they say
 * now). Each group lists its items newest first.
 *
 * <p>It goes by when things happened at the table, not by when they were typed in: a pass by the
 * day it was passed (and its session's start), a tentative agreement by the day it was reached, a
 * sidebar by its times, a decision by when it was taken, a report-back by when it was given, a
 * table session by its date. What was typed in after the moment but happened before it is listed
 * apart, one line each, as "recorded late".
 *
 * @param groups only the groups that have something in them, in a fixed order
 */
public record SinceReport(String title, Instant since, Instant madeAt, int changeCount, List<Group> groups) {

    /** One kind of change: "New passes", "Sidebars". */
    public record Group(String id, String heading, List<Item> items) {
    }

    /**
     * One change.
     *
     * @param details label and value pairs, in order
     * @param recordedBy the actor of the latest audit entry about it
     */
    public record Item(String headline, String badge, Tone tone, Map<String, String> details, String recordedBy,
            Instant recordedAt) {
    }

    /** How a change's badge reads at a glance: agreed or done, an error, a warning, or news. */
    public enum Tone {
        AGREED, ERROR, WARNING, INFO
    }

    public SinceReport {
        groups = List.copyOf(groups);
    }

    /**
     * Builds the report. Audit entries at or before {@code since} are ignored; findings are kept
     * when the record they are about has changed since then.
     */
    public static SinceReport of(NegotiationSnapshot snapshot, List<AuditEntry> audit, List<Finding> findings,
            Instant since, Clock clock) {
        return of(snapshot, audit, findings, since, clock, Language.ENGLISH);
    }

    /** As {@link #of(NegotiationSnapshot, List, List, Instant, Clock)}, its "recorded late" words in {@code language}. */
    public static SinceReport of(NegotiationSnapshot snapshot, List<AuditEntry> audit, List<Finding> findings,
            Instant since, Clock clock, Language language) {
        return new Builder(snapshot, audit, findings, since, clock.getZone(), Words.of(language)).build(clock.instant());
    }

    private static final class Builder {
        /** The kinds of record with a group of their own; every other change goes under "Other changes". */
        private static final Set<EntityKind> REPORTED = Set.of(EntityKind.PROPOSAL, EntityKind.TENTATIVE_AGREEMENT,
                EntityKind.SIDEBAR, EntityKind.SIDEBAR_TOPIC, EntityKind.REPORT_BACK);

        private final NegotiationSnapshot s;
        private final List<Finding> findings;
        private final Instant since;
        private final ZoneId zone;
        /** Entries after {@code since}, newest first. */
        private final List<AuditEntry> recent;
        /** The newest entry about each record. */
        private final Map<EntityRef, AuditEntry> latest = new LinkedHashMap<>();
        private final Words words;
        private final org.tablebook.domain.DateTexts dates;
        private final java.util.Locale locale;
        /** Records typed in after the moment about what happened at the table before it. */
        private final List<Item> late = new ArrayList<>();

        Builder(NegotiationSnapshot s, List<AuditEntry> audit, List<Finding> findings, Instant since, ZoneId zone,
                Words words) {
            this.s = s;
            this.words = words;
            this.dates = words.dates();
            this.locale = words.language().locale();
            this.findings = findings;
            this.since = since;
            this.zone = zone;
            this.recent = audit.stream().filter(e -> e.at().isAfter(since))
                    .sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::seq).reversed())
                    .toList();
            recent.forEach(e -> latest.putIfAbsent(new EntityRef(e.entity(), e.entityId()), e));
        }

        SinceReport build(Instant now) {
            List<Group> groups = new ArrayList<>();
            add(groups, "passes", t("group.passes"), passes());
            add(groups, "agreements", t("group.agreements"), agreements());
            add(groups, "sidebars", t("group.sidebars"), sidebars());
            add(groups, "decisions", t("group.decisions"), decisions());
            add(groups, "report-backs", t("group.reportBacks"), reportBacks());
            add(groups, "findings", t("group.findings"), findings());
            add(groups, "other", t("group.other"), others());
            add(groups, "recorded-late", words.get("since.recordedLate"), late.stream()
                    .sorted(Comparator.comparing(Item::recordedAt).reversed()).toList());
            return new SinceReport(s.negotiation().title(), since, now, recent.size(), groups);
        }

        private static void add(List<Group> groups, String id, String heading, List<Item> items) {
            if (!items.isEmpty()) {
                groups.add(new Group(id, heading, items));
            }
        }

        /** The records of one kind that changed, each with its newest entry, newest first. */
        private List<AuditEntry> changed(EntityKind kind) {
            return latest.values().stream().filter(e -> e.entity() == kind).toList();
        }

        private boolean createdSince(EntityKind kind, String id) {
            return recent.stream().anyMatch(e -> e.entity() == kind && e.entityId().equals(id)
                    && e.action() == AuditAction.CREATE);
        }

        private Item item(AuditEntry e, String headline, String badge, Tone tone, Map<String, String> details) {
            return new Item(headline, badge, tone, details, e.actor(), e.at());
        }

        /** A new record or a changed one. */
        private Item newOrChanged(AuditEntry e, boolean isNew, String headline, Map<String, String> details) {
            return item(e, headline, t(isNew ? "badge.new" : "badge.changed"), isNew ? Tone.AGREED : Tone.INFO, details);
        }

        /** One of the report's own texts, {@code since.<key>}. */
        private String t(String key, Object... args) {
            return words.format("since." + key, args);
        }

        /**
         * True when what the record tells of happened at the table at or after the moment (or has no
         * such time); otherwise it goes under "recorded late", one line, and false.
         */
        private boolean happenedSince(AuditEntry e, String headline, Instant happened) {
            if (happened == null || !happened.isBefore(since)) {
                return true;
            }
            late.add(new Item(headline, words.get("since.recordedLate.badge"), Tone.INFO,
                    details(words.get("since.recordedLate.happened"), dateTime(happened)),
                    e.actor(), e.at()));
            return false;
        }

        /** A moment with its zone: "Mar 3, 2026, 14:05 CST". */
        private String dateTime(Instant at) {
            return words.dateTime(at, zone);
        }

        /** The start of a day in the negotiation's zone: a record dated that day happened from then on. */
        private Instant day(LocalDate date) {
            return date == null ? null : date.atStartOfDay(zone).toInstant();
        }

        /** A pass happened on its day, at its table session's start when it was passed at one that day. */
        private Instant passed(Proposal p) {
            Optional<TableSession> session = p.sessionId() == null ? Optional.empty() : s.session(p.sessionId());
            return session.filter(t -> t.date().equals(p.passedOn()) && t.start() != null)
                    .map(t -> t.date().atTime(t.start()).atZone(zone).toInstant())
                    .orElse(day(p.passedOn()));
        }

        /** The latest of a sidebar's times: suggested, told, authorized, started, ended. */
        private static Instant lastTime(Sidebar b) {
            return java.util.stream.Stream.of(b.suggestedAt(), b.teamInformedAt(), b.teamAuthorizedAt(), b.startedAt(),
                    b.endedAt()).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }

        private Item deleted(AuditEntry e, String what) {
            return item(e, t("deleted", what), t("badge.deleted"), Tone.ERROR, details(t("label.action"), e.label()));
        }

        private List<Item> passes() {
            List<Item> items = new ArrayList<>();
            for (AuditEntry e : changed(EntityKind.PROPOSAL)) {
                Optional<Proposal> found = s.proposals().stream().filter(p -> p.id().equals(e.entityId())).findFirst();
                if (found.isEmpty()) {
                    items.add(deleted(e, t("what.pass")));
                    continue;
                }
                Proposal p = found.get();
                String headline = t("passHeadline", demand(p.demandId()), words.label(p.kind()).toLowerCase(locale), side(p.side()));
                if (!happenedSince(e, headline, passed(p))) {
                    continue;
                }
                boolean isNew = createdSince(EntityKind.PROPOSAL, p.id());
                items.add(newOrChanged(e, isNew, headline, details(t("label.passedOn"), dates.longDate(p.passedOn()),
                        t("label.summary"), p.summary(), t("label.text"), p.text())));
            }
            return items;
        }

        private List<Item> agreements() {
            List<Item> items = new ArrayList<>();
            for (AuditEntry e : changed(EntityKind.TENTATIVE_AGREEMENT)) {
                Optional<TentativeAgreement> found = s.agreement(e.entityId());
                if (found.isEmpty()) {
                    items.add(deleted(e, t("what.agreement")));
                    continue;
                }
                TentativeAgreement a = found.get();
                if (!happenedSince(e, t("agreementHeadline", demand(a.demandId())), day(a.reachedOn()))) {
                    continue;
                }
                boolean isNew = createdSince(EntityKind.TENTATIVE_AGREEMENT, a.id());
                items.add(newOrChanged(e, isNew, t("agreementHeadline", demand(a.demandId())),
                        details(t("label.status"), words.status(a.status()),
                                t("label.reached"), t(a.source() == TaSource.SIDEBAR ? "reachedInSidebar" : "reachedAtTable",
                                        dates.longDate(a.reachedOn())),
                                t("label.initialedByUs"), or(dates.longDate(a.initialedByUsOn()), t("notYet")),
                                t("label.initialedByThem"), or(dates.longDate(a.initialedByThemOn()), t("notYet")),
                                t("label.agreedText"), a.text(),
                                t("label.publicText"), or(a.publicText(), t("noneWrittenYet")))));
            }
            return items;
        }

        private List<Item> sidebars() {
            List<Item> items = new ArrayList<>();
            for (AuditEntry e : changed(EntityKind.SIDEBAR)) {
                Optional<Sidebar> found = s.sidebar(e.entityId());
                if (found.isEmpty()) {
                    items.add(deleted(e, t("what.sidebar")));
                    continue;
                }
                Sidebar b = found.get();
                if (!happenedSince(e, t("sidebarHeadline", b.purpose()), lastTime(b))) {
                    continue;
                }
                boolean started = b.startedAt() != null && b.startedAt().isAfter(since);
                boolean ended = b.endedAt() != null && b.endedAt().isAfter(since);
                String badge = started && ended ? "badge.startedAndEnded" : started ? "badge.started"
                        : ended ? "badge.ended" : createdSince(EntityKind.SIDEBAR, b.id()) ? "badge.proposed" : "badge.changed";
                Tone tone = ended ? Tone.AGREED : started ? Tone.WARNING : Tone.INFO;
                Map<String, String> details = details(
                        t("label.state"), words.label(s.stateOf(b)),
                        t("label.started"), dateTime(b.startedAt()),
                        t("label.ended"), dateTime(b.endedAt()),
                        t("label.ourPeople"), names(b.attendeeIds(), Side.OURS),
                        t("label.theirPeople"), names(b.attendeeIds(), Side.THEIRS));
                for (SidebarTopic topic : s.topicsOf(b.id())) {
                    details.put(t("outcomeOn", demand(topic.demandId())),
                            or(topic.tentativeConclusion(), t("noConclusion")));
                }
                items.add(item(e, t("sidebarHeadline", b.purpose()), t(badge), tone, details));
            }
            return items;
        }

        private List<Item> decisions() {
            List<Item> items = new ArrayList<>();
            for (AuditEntry e : changed(EntityKind.SIDEBAR_TOPIC)) {
                s.topics().stream().filter(t -> t.id().equals(e.entityId()))
                        .filter(topic -> topic.decision() != null && happenedSince(e, t("decisionHeadline",
                                demand(topic.demandId()), words.label(topic.decision())), topic.decidedAt()))
                        .findFirst()
                        .ifPresent(topic -> items.add(item(e, t("decisionHeadline", demand(topic.demandId()),
                                        words.label(topic.decision())), words.label(topic.decision()),
                                switch (topic.decision()) {
                                    case ACCEPT -> Tone.AGREED;
                                    case REJECT -> Tone.ERROR;
                                    case COUNTER, DEFER -> Tone.WARNING;
                                },
                                details(t("label.sidebar"), s.sidebar(topic.sidebarId()).map(Sidebar::purpose).orElse(""),
                                        t("label.conclusion"), topic.tentativeConclusion(),
                                        t("label.decided"), dateTime(topic.decidedAt()),
                                        t("label.note"), topic.decisionNote()))));
            }
            return items;
        }

        private List<Item> reportBacks() {
            List<Item> items = new ArrayList<>();
            for (AuditEntry e : changed(EntityKind.REPORT_BACK)) {
                Optional<ReportBack> found = s.reportBacks().stream().filter(r -> r.id().equals(e.entityId())).findFirst();
                if (found.isEmpty()) {
                    items.add(deleted(e, t("what.reportBack")));
                    continue;
                }
                ReportBack r = found.get();
                String headline = s.sidebar(r.sidebarId()).map(b -> t("reportBackHeadline", b.purpose()))
                        .orElse(t("reportBackNoSidebar"));
                if (!happenedSince(e, headline, r.reportedAt())) {
                    continue;
                }
                items.add(newOrChanged(e, createdSince(EntityKind.REPORT_BACK, r.id()), headline,
                        details(t("label.reported"), dateTime(r.reportedAt()),
                                t("label.reportedBy"), r.reportedById() == null ? "" : s.person(r.reportedById())
                                        .map(Person::name).orElse(""),
                                t("label.wholeTeamPresent"), t(r.fullTeamPresent() ? "yes" : "no"),
                                t("label.summary"), r.summary())));
            }
            return items;
        }

        private List<Item> findings() {
            return findings.stream()
                    .filter(f -> latest.containsKey(f.subject()))
                    .sorted(Comparator.comparing((Finding f) -> latest.get(f.subject()).at()).reversed()
                            .thenComparing(Finding::severity))
                    .map(f -> item(latest.get(f.subject()), or(f.subjectLabel(locale), words.label(f.subject().kind())),
                            words.label(f.severity()), switch (f.severity()) {
                                case ERROR -> Tone.ERROR;
                                case WARNING -> Tone.WARNING;
                                case INFO -> Tone.INFO;
                            },
                            details(t("label.whatIsWrong"), f.message(locale), t("label.fix"), f.fixAction(locale),
                                    t("label.rule"), RuleTexts.of(locale).title(f.ruleId()))))
                    .toList();
        }

        /** Everything else the trail recorded, one line per action, so nothing changes unseen. */
        private List<Item> others() {
            Map<String, List<AuditEntry>> byChange = recent.stream().filter(e -> !REPORTED.contains(e.entity()))
                    .filter(this::sessionSince)
                    .collect(Collectors.groupingBy(AuditEntry::changeId, LinkedHashMap::new, Collectors.toList()));
            return byChange.values().stream().map(entries -> {
                AuditEntry e = entries.get(0);
                String what = entries.stream().map(x -> words.label(x.entity())).distinct()
                        .collect(Collectors.joining(", "));
                String action = words.label(e.action());
                return item(e, or(e.label(), action + ": " + what), action,
                        e.action() == AuditAction.DELETE ? Tone.ERROR : Tone.INFO, details(t("label.records"), what));
            }).toList();
        }

        /** A table session's change counts by the session's date and start; any other change as it was typed. */
        private boolean sessionSince(AuditEntry e) {
            if (e.entity() != EntityKind.TABLE_SESSION) {
                return true;
            }
            Optional<TableSession> t = s.session(e.entityId());
            if (t.isEmpty()) {
                return true;
            }
            Instant at = t.get().start() == null ? day(t.get().date())
                    : t.get().date().atTime(t.get().start()).atZone(zone).toInstant();
            return happenedSince(e, or(e.label(), words.label(EntityKind.TABLE_SESSION)), at);
        }

        private String demand(String id) {
            return s.demand(id).map(d -> d.code() + " " + d.title()).orElse(t("demandGone"));
        }

        private String side(Side side) {
            String party = side == Side.OURS ? s.negotiation().ourParty() : s.negotiation().otherParty();
            return party.isBlank() ? t(side == Side.OURS ? "side.us" : "side.otherSide") : party.strip();
        }

        private String names(List<String> ids, Side side) {
            return s.ofSide(ids, side).stream().map(Person::name).collect(Collectors.joining(", "));
        }

        private static String or(String value, String otherwise) {
            return value == null || value.isBlank() ? otherwise : value;
        }

        /** Label/value pairs in order, leaving out empty values. */
        private static Map<String, String> details(String... pairs) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                    m.put(pairs[i], pairs[i + 1]);
                }
            }
            return m;
        }
    }
}
