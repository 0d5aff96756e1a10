package org.tablebook.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One whole negotiation in memory, read in one transaction: what the rules engine and the exports
 * work on. Immutable; lists keep the store's order (by creation) and lookups are indexed.
 * Two snapshots are equal when they hold equal records in the same order.
 */
public final class NegotiationSnapshot {
    private final Negotiation negotiation;
    private final List<Person> people;
    private final List<Demand> demands;
    private final List<Proposal> proposals;
    private final List<TableSession> sessions;
    private final List<Sidebar> sidebars;
    private final List<SidebarTopic> topics;
    private final List<ReportBack> reportBacks;
    private final List<TentativeAgreement> agreements;
    private final List<Ratification> ratifications;
    private final List<InformationRequest> informationRequests;
    private final List<ComplianceItem> complianceItems;
    private final List<RuleAcknowledgement> acknowledgements;
    private final List<ContractSection> contractSections;
    private final List<SectionLanguage> sectionLanguage;
    private final Indexes idx;

    public NegotiationSnapshot(
            Negotiation negotiation,
            List<Person> people,
            List<Demand> demands,
            List<Proposal> proposals,
            List<TableSession> sessions,
            List<Sidebar> sidebars,
            List<SidebarTopic> topics,
            List<ReportBack> reportBacks,
            List<TentativeAgreement> agreements,
            List<Ratification> ratifications,
            List<InformationRequest> informationRequests,
            List<ComplianceItem> complianceItems,
            List<RuleAcknowledgement> acknowledgements) {
        this(negotiation, people, demands, proposals, sessions, sidebars, topics, reportBacks, agreements,
                ratifications, informationRequests, complianceItems, acknowledgements, List.of(), List.of());
    }

    /** A negotiation with its contract: the current contract's sections and the language on demands. */
    public NegotiationSnapshot(
            Negotiation negotiation,
            List<Person> people,
            List<Demand> demands,
            List<Proposal> proposals,
            List<TableSession> sessions,
            List<Sidebar> sidebars,
            List<SidebarTopic> topics,
            List<ReportBack> reportBacks,
            List<TentativeAgreement> agreements,
            List<Ratification> ratifications,
            List<InformationRequest> informationRequests,
            List<ComplianceItem> complianceItems,
            List<RuleAcknowledgement> acknowledgements,
            List<ContractSection> contractSections,
            List<SectionLanguage> sectionLanguage) {
        this.negotiation = java.util.Objects.requireNonNull(negotiation, "negotiation");
        this.people = List.copyOf(people);
        this.demands = List.copyOf(demands);
        this.proposals = List.copyOf(proposals);
        this.sessions = List.copyOf(sessions);
        this.sidebars = List.copyOf(sidebars);
        this.topics = List.copyOf(topics);
        this.reportBacks = List.copyOf(reportBacks);
        this.agreements = List.copyOf(agreements);
        this.ratifications = List.copyOf(ratifications);
        this.informationRequests = List.copyOf(informationRequests);
        this.complianceItems = List.copyOf(complianceItems);
        this.acknowledgements = List.copyOf(acknowledgements);
        this.contractSections = List.copyOf(contractSections);
        this.sectionLanguage = List.copyOf(sectionLanguage);
        this.idx = new Indexes(this);
    }

    public Negotiation negotiation() {
        return negotiation;
    }

    public List<Person> people() {
        return people;
    }

    public List<Demand> demands() {
        return demands;
    }

    public List<Proposal> proposals() {
        return proposals;
    }

    public List<TableSession> sessions() {
        return sessions;
    }

    public List<Sidebar> sidebars() {
        return sidebars;
    }

    public List<SidebarTopic> topics() {
        return topics;
    }

    public List<ReportBack> reportBacks() {
        return reportBacks;
    }

    public List<TentativeAgreement> agreements() {
        return agreements;
    }

    public List<Ratification> ratifications() {
        return ratifications;
    }

    public List<InformationRequest> informationRequests() {
        return informationRequests;
    }

    public List<ComplianceItem> complianceItems() {
        return complianceItems;
    }

    public List<RuleAcknowledgement> acknowledgements() {
        return acknowledgements;
    }

    /** The contract's sections, current and added by demands, in creation order (see {@link #contract()}). */
    public List<ContractSection> contractSections() {
        return contractSections;
    }

    public List<SectionLanguage> sectionLanguage() {
        return sectionLanguage;
    }

    /** The contract's sections in contract order. */
    public List<ContractSection> contract() {
        return idx.contract;
    }

    public Optional<ContractSection> contractSection(String id) {
        return Optional.ofNullable(idx.sections.get(id));
    }

    /** The language on a demand: the sections it changes, what passes proposed and what TAs agreed. */
    public List<SectionLanguage> languageOf(String demandId) {
        return idx.languageByDemand.getOrDefault(demandId, List.of());
    }

    /** A negotiation with nothing in it yet. */
    public static NegotiationSnapshot empty(Negotiation negotiation) {
        return new NegotiationSnapshot(negotiation, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(idx.people.get(id));
    }

    public Optional<Demand> demand(String id) {
        return Optional.ofNullable(idx.demands.get(id));
    }

    public Optional<TableSession> session(String id) {
        return Optional.ofNullable(idx.sessions.get(id));
    }

    public Optional<Sidebar> sidebar(String id) {
        return Optional.ofNullable(idx.sidebars.get(id));
    }

    public Optional<TentativeAgreement> agreement(String id) {
        return Optional.ofNullable(idx.agreements.get(id));
    }

    /** The passes on a demand, oldest first (by date passed, then by when they were logged). */
    public List<Proposal> proposalsOf(String demandId) {
        return idx.proposalsByDemand.getOrDefault(demandId, List.of());
    }

    public List<SidebarTopic> topicsOf(String sidebarId) {
        return idx.topicsBySidebar.getOrDefault(sidebarId, List.of());
    }

    public Optional<ReportBack> reportBackOf(String sidebarId) {
        return Optional.ofNullable(idx.reportBackBySidebar.get(sidebarId));
    }

    public List<TentativeAgreement> agreementsOf(String demandId) {
        return idx.agreementsByDemand.getOrDefault(demandId, List.of());
    }

    public SidebarState stateOf(Sidebar sidebar) {
        return SidebarState.of(sidebar, topicsOf(sidebar.id()), reportBackOf(sidebar.id()).orElse(null));
    }

    /** Sidebars started and not yet ended, earliest start first. */
    public List<Sidebar> runningSidebars() {
        return sidebars.stream().filter(Sidebar::isRunning).sorted(Comparator.comparing(Sidebar::startedAt)).toList();
    }

    /** Our people among a sidebar's or session's attendees. */
    public List<Person> ofSide(Collection<String> personIds, Side side) {
        return personIds.stream().map(this::person).flatMap(Optional::stream).filter(p -> p.side() == side).toList();
    }

    /** Whether the record a finding or an acknowledgement points at is in this negotiation. */
    public boolean contains(EntityRef ref) {
        return idx.all.containsKey(ref);
    }

    public Optional<Entity> find(EntityRef ref) {
        return Optional.ofNullable(idx.all.get(ref));
    }

    /** Every record, the negotiation first. */
    public Stream<Entity> entities() {
        return Stream.of(Stream.<Entity>of(negotiation), people.stream(), demands.stream(), proposals.stream(),
                sessions.stream(), sidebars.stream(), topics.stream(), reportBacks.stream(), agreements.stream(),
                ratifications.stream(), informationRequests.stream(), complianceItems.stream(),
                acknowledgements.stream(), contractSections.stream(), sectionLanguage.stream()).flatMap(Function.identity());
    }

    /**
     * Checks what no single record can: ids are unique, every reference points at a record of the
     * right kind, a report-back belongs to an ended sidebar, and no agreement is RATIFIED without a
     * ratification vote that ratified it. The message names the record and the field.
     */
    public void checkConsistency() {
        Map<String, EntityKind> seen = new HashMap<>();
        entities().forEach(e -> {
            EntityKind before = seen.putIfAbsent(e.id(), e.entityKind());
            if (before != null) {
                throw new ValidationException("id", e.entityKind().label() + " " + e.id()
                        + " has the same id as a " + before.label().toLowerCase() + ".");
            }
        });
        for (Proposal p : proposals) {
            ref(p, "demandId", p.demandId(), demand(p.demandId()).isPresent());
            if (p.sessionId() != null) {
                ref(p, "sessionId", p.sessionId(), session(p.sessionId()).isPresent());
            }
        }
        for (TableSession s : sessions) {
            s.attendeeIds().forEach(a -> ref(s, "attendeeIds", a, person(a).isPresent()));
        }
        for (Sidebar s : sidebars) {
            s.attendeeIds().forEach(a -> ref(s, "attendeeIds", a, person(a).isPresent()));
            s.agendaDemandIds().forEach(d -> ref(s, "agendaDemandIds", d, demand(d).isPresent()));
        }
        for (SidebarTopic t : topics) {
            ref(t, "sidebarId", t.sidebarId(), sidebar(t.sidebarId()).isPresent());
            ref(t, "demandId", t.demandId(), demand(t.demandId()).isPresent());
        }
        Map<String, ReportBack> reportBackBySidebar = new HashMap<>();
        for (ReportBack r : reportBacks) {
            ref(r, "sidebarId", r.sidebarId(), sidebar(r.sidebarId()).isPresent());
            if (reportBackBySidebar.put(r.sidebarId(), r) != null) {
                throw new ValidationException("sidebarId", "Report-back " + r.id() + ": the sidebar already has a report-back.");
            }
            if (sidebar(r.sidebarId()).orElseThrow().endedAt() == null) {
                throw new ValidationException("sidebarId", "Report-back " + r.id()
                        + ": a sidebar can be reported back only after it has ended.");
            }
            if (r.reportedById() != null) {
                ref(r, "reportedById", r.reportedById(), person(r.reportedById()).isPresent());
            }
        }
        for (TentativeAgreement a : agreements) {
            ref(a, "demandId", a.demandId(), demand(a.demandId()).isPresent());
            if (a.sidebarId() != null) {
                ref(a, "sidebarId", a.sidebarId(), sidebar(a.sidebarId()).isPresent());
            }
            if (a.confirmedSessionId() != null) {
                ref(a, "confirmedSessionId", a.confirmedSessionId(), session(a.confirmedSessionId()).isPresent());
            }
        }
        for (Ratification r : ratifications) {
            r.agreementIds().forEach(a -> ref(r, "agreementIds", a, agreement(a).isPresent()));
        }
        for (TentativeAgreement a : agreements) {
            if (a.status() == TaStatus.RATIFIED && ratifiedBy(a.id()).isEmpty()) {
                throw new ValidationException("status", "Tentative agreement " + a.id()
                        + " is RATIFIED, but no ratification vote that ratified it is recorded.");
            }
        }
        for (SectionLanguage l : sectionLanguage) {
            ref(l, "sectionId", l.sectionId(), contractSection(l.sectionId()).isPresent());
            ref(l, "demandId", l.demandId(), demand(l.demandId()).isPresent());
            if (l.proposalId() != null) {
                ref(l, "proposalId", l.proposalId(), idx.all.containsKey(new EntityRef(EntityKind.PROPOSAL, l.proposalId())));
            }
            if (l.agreementId() != null) {
                ref(l, "agreementId", l.agreementId(), agreement(l.agreementId()).isPresent());
            }
        }
        for (ComplianceItem c : complianceItems) {
            if (c.agreementId() != null) {
                ref(c, "agreementId", c.agreementId(), agreement(c.agreementId()).isPresent());
            }
        }
    }

    /** The ratification whose yes vote ratified this agreement, if there is one. */
    public Optional<Ratification> ratifiedBy(String agreementId) {
        return ratifications.stream()
                .filter(r -> r.agreementIds().contains(agreementId))
                .filter(r -> r.result().orElse(null) == VoteResult.RATIFIED)
                .findFirst();
    }

    private static void ref(Entity from, String field, String id, boolean exists) {
        if (!exists) {
            throw new ValidationException(field, from.entityKind().label() + " " + from.id() + ": " + field
                    + " points at " + id + ", which is not in this negotiation.");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NegotiationSnapshot other && negotiation.equals(other.negotiation)
                && people.equals(other.people) && demands.equals(other.demands)
                && proposals.equals(other.proposals) && sessions.equals(other.sessions)
                && sidebars.equals(other.sidebars) && topics.equals(other.topics)
                && reportBacks.equals(other.reportBacks) && agreements.equals(other.agreements)
                && ratifications.equals(other.ratifications)
                && informationRequests.equals(other.informationRequests)
                && complianceItems.equals(other.complianceItems) && acknowledgements.equals(other.acknowledgements)
                && contractSections.equals(other.contractSections) && sectionLanguage.equals(other.sectionLanguage);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(negotiation, people.size(), demands.size(), proposals.size(), sidebars.size());
    }

    @Override
    public String toString() {
        return "NegotiationSnapshot[" + negotiation.title() + ": " + demands.size() + " demands, " + proposals.size()
                + " passes, " + sidebars.size() + " sidebars, " + agreements.size() + " agreements]";
    }

    /** Lookup tables, built once per snapshot: a snapshot is read by many rules. */
    private static final class Indexes {

        final Map<String, Person> people;
        final Map<String, Demand> demands;
        final Map<String, TableSession> sessions;
        final Map<String, Sidebar> sidebars;
        final Map<String, TentativeAgreement> agreements;
        final Map<String, List<Proposal>> proposalsByDemand;
        final Map<String, List<SidebarTopic>> topicsBySidebar;
        final Map<String, ReportBack> reportBackBySidebar;
        final Map<String, List<TentativeAgreement>> agreementsByDemand;
        final Map<EntityRef, Entity> all;
        final Map<String, ContractSection> sections;
        final List<ContractSection> contract;
        final Map<String, List<SectionLanguage>> languageByDemand;

        private Indexes(NegotiationSnapshot s) {
            people = byId(s.people);
            demands = byId(s.demands);
            sessions = byId(s.sessions);
            sidebars = byId(s.sidebars);
            agreements = byId(s.agreements);
            proposalsByDemand = s.proposals.stream()
                    .sorted(Comparator.comparing(Proposal::passedOn).thenComparing(Proposal::createdAt))
                    .collect(Collectors.groupingBy(Proposal::demandId, Collectors.toUnmodifiableList()));
            topicsBySidebar = s.topics.stream()
                    .collect(Collectors.groupingBy(SidebarTopic::sidebarId, Collectors.toUnmodifiableList()));
            Map<String, ReportBack> rb = new HashMap<>();
            s.reportBacks.forEach(r -> rb.putIfAbsent(r.sidebarId(), r));
            reportBackBySidebar = rb;
            agreementsByDemand = s.agreements.stream()
                    .collect(Collectors.groupingBy(TentativeAgreement::demandId, Collectors.toUnmodifiableList()));
            sections = byId(s.contractSections);
            contract = s.contractSections.stream().sorted(Comparator.comparingInt(ContractSection::position))
                    .toList();
            languageByDemand = s.sectionLanguage.stream()
                    .collect(Collectors.groupingBy(SectionLanguage::demandId, Collectors.toUnmodifiableList()));
            Map<EntityRef, Entity> a = new HashMap<>();
            s.entities().forEach(e -> a.putIfAbsent(EntityRef.of(e), e));
            all = a;
        }

        private static <T extends Entity> Map<String, T> byId(List<T> list) {
            Map<String, T> m = new HashMap<>();
            for (T t : list) {
                m.putIfAbsent(t.id(), t);
            }
            return m;
        }
    }
}
