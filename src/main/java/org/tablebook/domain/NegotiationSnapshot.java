package org.tablebook.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    private final List<SidebarStart> starts;
    private final List<CostingBaseline> costingBaselines;
    private final List<Classification> classifications;
    private final List<CostItem> costItems;
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
                ratifications, informationRequests, complianceItems, acknowledgements, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    /** With the costing: the baseline (none or one), the unit's classifications and the passes' priced items. */
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
            List<CostingBaseline> costingBaselines,
            List<Classification> classifications,
            List<CostItem> costItems) {
        this(negotiation, people, demands, proposals, sessions, sidebars, topics, reportBacks, agreements,
                ratifications, informationRequests, complianceItems, acknowledgements, costingBaselines,
                classifications, costItems, List.of(), List.of(), List.of());
    }

    /** With what each sidebar started with, kept at its start ({@link SidebarStart}). */
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
            List<CostingBaseline> costingBaselines,
            List<Classification> classifications,
            List<CostItem> costItems,
            List<SidebarStart> starts) {
        this(negotiation, people, demands, proposals, sessions, sidebars, topics, reportBacks, agreements,
                ratifications, informationRequests, complianceItems, acknowledgements, costingBaselines,
                classifications, costItems, starts, List.of(), List.of());
    }

    /** With the contract: the current contract's sections and the language on demands. */
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
        this(negotiation, people, demands, proposals, sessions, sidebars, topics, reportBacks, agreements,
                ratifications, informationRequests, complianceItems, acknowledgements, List.of(), List.of(),
                List.of(), List.of(), contractSections, sectionLanguage);
    }

    /** With the costing and the contract. */
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
            List<CostingBaseline> costingBaselines,
            List<Classification> classifications,
            List<CostItem> costItems,
            List<ContractSection> contractSections,
            List<SectionLanguage> sectionLanguage) {
        this(negotiation, people, demands, proposals, sessions, sidebars, topics, reportBacks, agreements,
                ratifications, informationRequests, complianceItems, acknowledgements, costingBaselines,
                classifications, costItems, List.of(), contractSections, sectionLanguage);
    }

    /** Every list: the costing, the sidebars' starts and the contract as well. */
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
            List<CostingBaseline> costingBaselines,
            List<Classification> classifications,
            List<CostItem> costItems,
            List<SidebarStart> starts,
            List<ContractSection> contractSections,
            List<SectionLanguage> sectionLanguage) {
        this(null, negotiation, people, demands, proposals, sessions, sidebars, topics, reportBacks, agreements,
                ratifications, informationRequests, complianceItems, acknowledgements, costingBaselines,
                classifications, costItems, starts, contractSections, sectionLanguage);
    }

    /** Every list; the lookup tables of {@code before} (null for none) are shared over the lists it shares. */
    private NegotiationSnapshot(NegotiationSnapshot before, Negotiation negotiation, List<Person> people,
            List<Demand> demands, List<Proposal> proposals, List<TableSession> sessions, List<Sidebar> sidebars,
            List<SidebarTopic> topics, List<ReportBack> reportBacks, List<TentativeAgreement> agreements,
            List<Ratification> ratifications, List<InformationRequest> informationRequests,
            List<ComplianceItem> complianceItems, List<RuleAcknowledgement> acknowledgements,
            List<CostingBaseline> costingBaselines, List<Classification> classifications, List<CostItem> costItems,
            List<SidebarStart> starts, List<ContractSection> contractSections, List<SectionLanguage> sectionLanguage) {
        this.starts = List.copyOf(starts);
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
        this.costingBaselines = List.copyOf(costingBaselines);
        this.classifications = List.copyOf(classifications);
        this.costItems = List.copyOf(costItems);
        this.contractSections = List.copyOf(contractSections);
        this.sectionLanguage = List.copyOf(sectionLanguage);
        this.idx = new Indexes(this, before);
    }

    public Negotiation negotiation() {
        return negotiation;
    }

    /** What each sidebar started with, kept as it was at its start. */
    public List<SidebarStart> starts() {
        return starts;
    }

    /** What this sidebar started with; empty before its start, or for one started before starts were kept. */
    public Optional<SidebarStart> startOf(String sidebarId) {
        return Optional.ofNullable(idx.startBySidebar.get().get(sidebarId));
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
        return idx.contract.get();
    }

    public Optional<ContractSection> contractSection(String id) {
        return Optional.ofNullable(idx.sections.get().get(id));
    }

    /** The language on a demand: the sections it changes, what passes proposed and what TAs agreed. */
    public List<SectionLanguage> languageOf(String demandId) {
        return idx.languageByDemand.get().getOrDefault(demandId, List.of());
    }

    /**
     * The records of one kind, in the store's order (the negotiation's list holds just it): one way
     * in for code that works on every table alike.
     */
    public List<? extends Entity> recordsOf(EntityKind kind) {
        return switch (kind) {
            case NEGOTIATION -> List.of(negotiation);
            case PERSON -> people;
            case DEMAND -> demands;
            case PROPOSAL -> proposals;
            case TABLE_SESSION -> sessions;
            case SIDEBAR -> sidebars;
            case SIDEBAR_TOPIC -> topics;
            case REPORT_BACK -> reportBacks;
            case TENTATIVE_AGREEMENT -> agreements;
            case RATIFICATION -> ratifications;
            case INFORMATION_REQUEST -> informationRequests;
            case COMPLIANCE_ITEM -> complianceItems;
            case RULE_ACKNOWLEDGEMENT -> acknowledgements;
            case COSTING_BASELINE -> costingBaselines;
            case CLASSIFICATION -> classifications;
            case COST_ITEM -> costItems;
            case SIDEBAR_START -> starts;
            case CONTRACT_SECTION -> contractSections;
            case SECTION_LANGUAGE -> sectionLanguage;
        };
    }

    /**
     * This snapshot with what committed actions wrote applied in order, each list kept as the store
     * lists it: by creation time, a record written later after the ones created at the same instant.
     * Empty when a change cannot be placed from the records alone (a record created twice, changed
     * or deleted when it is not here, its creation time changed, the negotiation itself created or
     * deleted): then the file has to be read again.
     */
    public Optional<NegotiationSnapshot> with(List<RowChange> changes) {
        if (changes.isEmpty()) {
            return Optional.of(this);
        }
        Negotiation n = negotiation;
        Map<EntityKind, List<Entity>> lists = new EnumMap<>(EntityKind.class);
        for (RowChange c : changes) {
            EntityKind kind = c.ref().kind();
            if (kind == EntityKind.NEGOTIATION) {
                if (c.isCreate() || c.isDelete() || !c.ref().id().equals(n.id())) {
                    return Optional.empty();
                }
                n = (Negotiation) c.after();
                continue;
            }
            List<Entity> list = lists.computeIfAbsent(kind, k -> new ArrayList<>(recordsOf(k)));
            if (!applyTo(list, c)) {
                return Optional.empty();
            }
        }
        return Optional.of(new NegotiationSnapshot(this, n, changed(lists, EntityKind.PERSON, people),
                changed(lists, EntityKind.DEMAND, demands), changed(lists, EntityKind.PROPOSAL, proposals),
                changed(lists, EntityKind.TABLE_SESSION, sessions), changed(lists, EntityKind.SIDEBAR, sidebars),
                changed(lists, EntityKind.SIDEBAR_TOPIC, topics), changed(lists, EntityKind.REPORT_BACK, reportBacks),
                changed(lists, EntityKind.TENTATIVE_AGREEMENT, agreements),
                changed(lists, EntityKind.RATIFICATION, ratifications),
                changed(lists, EntityKind.INFORMATION_REQUEST, informationRequests),
                changed(lists, EntityKind.COMPLIANCE_ITEM, complianceItems),
                changed(lists, EntityKind.RULE_ACKNOWLEDGEMENT, acknowledgements),
                changed(lists, EntityKind.COSTING_BASELINE, costingBaselines),
                changed(lists, EntityKind.CLASSIFICATION, classifications),
                changed(lists, EntityKind.COST_ITEM, costItems),
                changed(lists, EntityKind.SIDEBAR_START, starts),
                changed(lists, EntityKind.CONTRACT_SECTION, contractSections),
                changed(lists, EntityKind.SECTION_LANGUAGE, sectionLanguage)));
    }

    /** The kinds of record {@code changes} touch. */
    public static java.util.Set<EntityKind> kindsOf(Collection<RowChange> changes) {
        java.util.Set<EntityKind> kinds = java.util.EnumSet.noneOf(EntityKind.class);
        changes.forEach(c -> kinds.add(c.ref().kind()));
        return kinds;
    }

    private static boolean applyTo(List<Entity> list, RowChange c) {
        int at = indexOf(list, c.ref().id());
        if (c.isCreate()) {
            if (at >= 0) {
                return false;
            }
            // A new row has the highest rowid, so it follows every record created at the same instant.
            int pos = list.size();
            while (pos > 0 && list.get(pos - 1).createdAt().isAfter(c.after().createdAt())) {
                pos--;
            }
            list.add(pos, c.after());
            return true;
        }
        if (at < 0) {
            return false;
        }
        if (c.isDelete()) {
            list.remove(at);
            return true;
        }
        if (!list.get(at).createdAt().equals(c.after().createdAt())) {
            return false;
        }
        list.set(at, c.after());
        return true;
    }

    /** Searched from the end: the records an action touches are most often recent ones. */
    private static int indexOf(List<Entity> list, String id) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Entity> List<T> changed(Map<EntityKind, List<Entity>> lists, EntityKind kind,
            List<T> unchanged) {
        List<Entity> list = lists.get(kind);
        return list == null ? unchanged : (List<T>) (List<?>) list;
    }

    /** The costing baseline as a list of none or one, as the store and the backup keep it. */
    public List<CostingBaseline> costingBaselines() {
        return costingBaselines;
    }

    /** The unit's costing baseline, if the committee has entered one. */
    public Optional<CostingBaseline> costingBaseline() {
        return costingBaselines.isEmpty() ? Optional.empty() : Optional.of(costingBaselines.get(0));
    }

    public List<Classification> classifications() {
        return classifications;
    }

    public List<CostItem> costItems() {
        return costItems;
    }

    public Optional<Classification> classification(String id) {
        return Optional.ofNullable(idx.classifications.get().get(id));
    }

    public Optional<Proposal> proposal(String id) {
        return Optional.ofNullable(idx.proposals.get().get(id));
    }

    /** The priced items of a pass, in the order they were entered. */
    public List<CostItem> costItemsOf(String proposalId) {
        return idx.costItemsByProposal.get().getOrDefault(proposalId, List.of());
    }

    /** This negotiation with its costing replaced. */
    public NegotiationSnapshot withCosting(List<CostingBaseline> baselines, List<Classification> classes,
            List<CostItem> items) {
        return new NegotiationSnapshot(this, negotiation, people, demands, proposals, sessions, sidebars, topics,
                reportBacks, agreements, ratifications, informationRequests, complianceItems, acknowledgements,
                baselines, classes, items, starts, contractSections, sectionLanguage);
    }

    /** A negotiation with nothing in it yet. */
    public static NegotiationSnapshot empty(Negotiation negotiation) {
        return new NegotiationSnapshot(negotiation, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(idx.people.get().get(id));
    }

    public Optional<Demand> demand(String id) {
        return Optional.ofNullable(idx.demands.get().get(id));
    }

    public Optional<TableSession> session(String id) {
        return Optional.ofNullable(idx.sessions.get().get(id));
    }

    public Optional<Sidebar> sidebar(String id) {
        return Optional.ofNullable(idx.sidebars.get().get(id));
    }

    public Optional<TentativeAgreement> agreement(String id) {
        return Optional.ofNullable(idx.agreements.get().get(id));
    }

    /** The passes on a demand, oldest first (by date passed, then by when they were logged). */
    public List<Proposal> proposalsOf(String demandId) {
        return idx.proposalsByDemand.get().getOrDefault(demandId, List.of());
    }

    public List<SidebarTopic> topicsOf(String sidebarId) {
        return idx.topicsBySidebar.get().getOrDefault(sidebarId, List.of());
    }

    public Optional<ReportBack> reportBackOf(String sidebarId) {
        return Optional.ofNullable(idx.reportBackBySidebar.get().get(sidebarId));
    }

    public List<TentativeAgreement> agreementsOf(String demandId) {
        return idx.agreementsByDemand.get().getOrDefault(demandId, List.of());
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
        return idx.all.get().containsKey(ref);
    }

    public Optional<Entity> find(EntityRef ref) {
        return Optional.ofNullable(idx.all.get().get(ref));
    }

    /** Every record, the negotiation first. */
    public Stream<Entity> entities() {
        return Stream.of(Stream.<Entity>of(negotiation), people.stream(), demands.stream(), proposals.stream(),
                sessions.stream(), sidebars.stream(), topics.stream(), reportBacks.stream(), agreements.stream(),
                ratifications.stream(), informationRequests.stream(), complianceItems.stream(),
                acknowledgements.stream(), costingBaselines.stream(), classifications.stream(), costItems.stream(),
                starts.stream(), contractSections.stream(), sectionLanguage.stream())
                .flatMap(Function.identity());
    }

    /**
     * Every record, each kind after the kinds it points at (a proposal names its session, so
     * sessions come first), each kind in the snapshot's order: the order a new file is filled in.
     */
    public List<Entity> inCreationOrder() {
        return Stream.of(List.of(negotiation), people, demands, sessions, proposals, sidebars, starts, topics,
                reportBacks, agreements, ratifications, informationRequests, complianceItems, acknowledgements,
                costingBaselines, classifications, costItems, contractSections, sectionLanguage)
                .<Entity>flatMap(List::stream)
                .toList();
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
                throw Check.refusal("id", "snapshot.sameId", e.entityKind().label(), e.id(), before.label());
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
        Map<String, SidebarStart> startBySidebar = new HashMap<>();
        for (SidebarStart st : starts) {
            ref(st, "sidebarId", st.sidebarId(), sidebar(st.sidebarId()).isPresent());
            st.presentIds().forEach(a -> ref(st, "presentIds", a, person(a).isPresent()));
            if (startBySidebar.put(st.sidebarId(), st) != null) {
                throw Check.refusal("sidebarId", "snapshot.startTwice", st.entityKind().label(), st.id());
            }
        }
        for (ReportBack r : reportBacks) {
            ref(r, "sidebarId", r.sidebarId(), sidebar(r.sidebarId()).isPresent());
            if (reportBackBySidebar.put(r.sidebarId(), r) != null) {
                throw Check.refusal("sidebarId", "snapshot.reportBackTwice", r.entityKind().label(), r.id());
            }
            if (sidebar(r.sidebarId()).orElseThrow().endedAt() == null) {
                throw Check.refusal("sidebarId", "snapshot.reportBackBeforeEnd", r.entityKind().label(), r.id());
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
                throw Check.refusal("status", "snapshot.ratifiedWithoutVote", a.entityKind().label(), a.id(),
                        "label.TaStatus." + TaStatus.RATIFIED.name());
            }
        }
        for (SectionLanguage l : sectionLanguage) {
            ref(l, "sectionId", l.sectionId(), contractSection(l.sectionId()).isPresent());
            ref(l, "demandId", l.demandId(), demand(l.demandId()).isPresent());
            if (l.proposalId() != null) {
                ref(l, "proposalId", l.proposalId(), proposal(l.proposalId()).isPresent());
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
        if (costingBaselines.size() > 1) {
            throw Check.refusal("id", "snapshot.oneBaseline", costingBaselines.size());
        }
        for (CostItem c : costItems) {
            ref(c, "proposalId", c.proposalId(), proposal(c.proposalId()).isPresent());
            if (c.classificationId() != null) {
                ref(c, "classificationId", c.classificationId(), classification(c.classificationId()).isPresent());
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
            throw Check.refusal(field, "snapshot.dangling", from.entityKind().label(), from.id(), field, id);
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
                && costingBaselines.equals(other.costingBaselines) && classifications.equals(other.classifications)
                && costItems.equals(other.costItems) && starts.equals(other.starts)
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

    /**
     * Lookup tables, each built the first time it is asked for (a snapshot is read by many rules and
     * screens, and most read few of them). A snapshot made from another by {@link #with} shares the
     * other's tables over the lists no change touched, so one action rebuilds only what it wrote.
     */
    private static final class Indexes {
        final Lazy<Map<String, Person>> people;
        final Lazy<Map<String, Demand>> demands;
        final Lazy<Map<String, TableSession>> sessions;
        final Lazy<Map<String, Sidebar>> sidebars;
        final Lazy<Map<String, TentativeAgreement>> agreements;
        final Lazy<Map<String, Proposal>> proposals;
        final Lazy<Map<String, Classification>> classifications;
        final Lazy<Map<String, List<CostItem>>> costItemsByProposal;
        final Lazy<Map<String, List<Proposal>>> proposalsByDemand;
        final Lazy<Map<String, List<SidebarTopic>>> topicsBySidebar;
        final Lazy<Map<String, ReportBack>> reportBackBySidebar;
        final Lazy<Map<String, SidebarStart>> startBySidebar;
        final Lazy<Map<String, List<TentativeAgreement>>> agreementsByDemand;
        final Lazy<Map<String, ContractSection>> sections;
        final Lazy<List<ContractSection>> contract;
        final Lazy<Map<String, List<SectionLanguage>>> languageByDemand;
        final Lazy<Map<EntityRef, Entity>> all;

        /** The tables of {@code s}, sharing those of {@code before} (a snapshot {@code s} was made from, or null) whose lists are the same. */
        private Indexes(NegotiationSnapshot s, NegotiationSnapshot before) {
            people = share(s, before, n -> n.people, x -> x.people, Indexes::byId);
            demands = share(s, before, n -> n.demands, x -> x.demands, Indexes::byId);
            sessions = share(s, before, n -> n.sessions, x -> x.sessions, Indexes::byId);
            sidebars = share(s, before, n -> n.sidebars, x -> x.sidebars, Indexes::byId);
            agreements = share(s, before, n -> n.agreements, x -> x.agreements, Indexes::byId);
            proposals = share(s, before, n -> n.proposals, x -> x.proposals, Indexes::byId);
            classifications = share(s, before, n -> n.classifications, x -> x.classifications, Indexes::byId);
            costItemsByProposal = share(s, before, n -> n.costItems, x -> x.costItemsByProposal,
                    items -> groupBy(items, CostItem::proposalId));
            proposalsByDemand = share(s, before, n -> n.proposals, x -> x.proposalsByDemand, Indexes::passesByDemand);
            topicsBySidebar = share(s, before, n -> n.topics, x -> x.topicsBySidebar,
                    topics -> groupBy(topics, SidebarTopic::sidebarId));
            reportBackBySidebar = share(s, before, n -> n.reportBacks, x -> x.reportBackBySidebar,
                    reportBacks -> firstBy(reportBacks, ReportBack::sidebarId));
            startBySidebar = share(s, before, n -> n.starts, x -> x.startBySidebar,
                    starts -> firstBy(starts, SidebarStart::sidebarId));
            agreementsByDemand = share(s, before, n -> n.agreements, x -> x.agreementsByDemand,
                    agreements -> groupBy(agreements, TentativeAgreement::demandId));
            sections = share(s, before, n -> n.contractSections, x -> x.sections, Indexes::byId);
            contract = share(s, before, n -> n.contractSections, x -> x.contract, sections -> sections.stream()
                    .sorted(Comparator.comparingInt(ContractSection::position)).toList());
            languageByDemand = share(s, before, n -> n.sectionLanguage, x -> x.languageByDemand,
                    language -> groupBy(language, SectionLanguage::demandId));
            all = new Lazy<>(s, snapshot -> {
                Map<EntityRef, Entity> a = new HashMap<>();
                snapshot.entities().forEach(e -> a.putIfAbsent(EntityRef.of(e), e));
                return a;
            });
        }

        /** {@code before}'s table when it was made from the same list as {@code s}'s, else a new one. */
        private static <L, T> Lazy<T> share(NegotiationSnapshot s, NegotiationSnapshot before,
                Function<NegotiationSnapshot, L> list, Function<Indexes, Lazy<T>> table, Function<L, T> build) {
            L mine = list.apply(s);
            return before != null && list.apply(before) == mine ? table.apply(before.idx) : new Lazy<>(mine, build);
        }

        private static <T extends Entity> Map<String, T> byId(List<T> list) {
            Map<String, T> m = new HashMap<>();
            for (T t : list) {
                m.putIfAbsent(t.id(), t);
            }
            return m;
        }

        /** The first record of each key, in the list's order. */
        private static <T> Map<String, T> firstBy(List<T> list, Function<T, String> key) {
            Map<String, T> m = new HashMap<>();
            for (T t : list) {
                m.putIfAbsent(key.apply(t), t);
            }
            return m;
        }

        /** The records of each key, in the list's order. */
        private static <T> Map<String, List<T>> groupBy(List<T> list, Function<T, String> key) {
            Map<String, List<T>> m = new HashMap<>();
            for (T t : list) {
                m.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
            }
            m.replaceAll((k, v) -> List.copyOf(v));
            return m;
        }

        /** The passes on each demand, by date passed, then by when they were logged (ties in the store's order). */
        private static Map<String, List<Proposal>> passesByDemand(List<Proposal> proposals) {
            Map<String, List<Proposal>> m = new HashMap<>();
            for (Proposal p : proposals) {
                m.computeIfAbsent(p.demandId(), k -> new ArrayList<>()).add(p);
            }
            Comparator<Proposal> order = Comparator.comparing(Proposal::passedOn).thenComparing(Proposal::createdAt);
            m.replaceAll((k, v) -> {
                v.sort(order);
                return List.copyOf(v);
            });
            return m;
        }
    }

    /**
     * A value worked out from a source the first time it is asked for. It holds the source only
     * until then, so that a table shared with a later snapshot keeps no earlier one alive.
     */
    private static final class Lazy<T> {
        private Object source;
        private Function<Object, T> build;
        private volatile T value;

        @SuppressWarnings("unchecked")
        <S> Lazy(S source, Function<S, T> build) {
            this.source = source;
            this.build = (Function<Object, T>) build;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = build.apply(source);
                        value = v;
                        source = null;
                        build = null;
                    }
                }
            }
            return v;
        }
    }
}
