package org.tablebook.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The records of one negotiation being put together list by list before they become a
 * {@link NegotiationSnapshot}: the one place that knows every list, for the sample
 * negotiation, the generated ones and the tests' builders. Not thread-safe; the lists are live.
 */
public final class NegotiationRecords {
    private final List<Person> people = new ArrayList<>();
    private final List<Demand> demands = new ArrayList<>();
    private final List<Proposal> proposals = new ArrayList<>();
    private final List<TableSession> sessions = new ArrayList<>();
    private final List<Sidebar> sidebars = new ArrayList<>();
    private final List<SidebarTopic> topics = new ArrayList<>();
    private final List<ReportBack> reportBacks = new ArrayList<>();
    private final List<TentativeAgreement> agreements = new ArrayList<>();
    private final List<Ratification> ratifications = new ArrayList<>();
    private final List<InformationRequest> informationRequests = new ArrayList<>();
    private final List<ComplianceItem> complianceItems = new ArrayList<>();
    private final List<RuleAcknowledgement> acknowledgements = new ArrayList<>();
    private final List<CostingBaseline> costingBaselines = new ArrayList<>();
    private final List<Classification> classifications = new ArrayList<>();
    private final List<CostItem> costItems = new ArrayList<>();
    private final List<SidebarStart> starts = new ArrayList<>();
    private final List<ContractSection> contractSections = new ArrayList<>();
    private final List<SectionLanguage> sectionLanguage = new ArrayList<>();

    public List<ContractSection> contractSections() {
        return contractSections;
    }

    public List<SectionLanguage> sectionLanguage() {
        return sectionLanguage;
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

    public List<CostingBaseline> costingBaselines() {
        return costingBaselines;
    }

    public List<Classification> classifications() {
        return classifications;
    }

    public List<CostItem> costItems() {
        return costItems;
    }

    /** What each started sidebar started with. */
    public List<SidebarStart> starts() {
        return starts;
    }

    /** Replaces the record of the same kind and id, wherever it stands in its list. */
    public void replace(Entity updated) {
        for (List<? extends Entity> list : List.of(people, demands, proposals, sessions, sidebars, topics, reportBacks,
                agreements, ratifications, informationRequests, complianceItems, acknowledgements, costingBaselines,
                classifications, costItems, starts, contractSections, sectionLanguage)) {
            replaceIn(list, updated);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Entity> void replaceIn(List<T> list, Entity updated) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(updated.id()) && list.get(i).getClass() == updated.getClass()) {
                list.set(i, (T) updated);
            }
        }
    }

    /** The snapshot of {@code negotiation} and these records, each list in the order it was filled. */
    public NegotiationSnapshot snapshot(Negotiation negotiation) {
        return new NegotiationSnapshot(negotiation, people, demands, proposals, sessions, sidebars, topics, reportBacks,
                agreements, ratifications, informationRequests, complianceItems, acknowledgements, costingBaselines,
                classifications, costItems, starts, contractSections, sectionLanguage);
    }

    /**
     * The snapshot with every list in creation order, as the store lists records: what a file
     * written from these records gives back.
     */
    public NegotiationSnapshot snapshotInCreationOrder(Negotiation negotiation) {
        return new NegotiationSnapshot(negotiation, inOrder(people), inOrder(demands), inOrder(proposals),
                inOrder(sessions), inOrder(sidebars), inOrder(topics), inOrder(reportBacks), inOrder(agreements),
                inOrder(ratifications), inOrder(informationRequests), inOrder(complianceItems),
                inOrder(acknowledgements), inOrder(costingBaselines), inOrder(classifications), inOrder(costItems),
                inOrder(starts), inOrder(contractSections), inOrder(sectionLanguage));
    }

    private static <T extends Entity> List<T> inOrder(List<T> records) {
        return records.stream().sorted(Comparator.comparing(Entity::createdAt)).toList();
    }
}
