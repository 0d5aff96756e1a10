package org.tablebook.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tablebook.domain.EntityKind;

/** Every entity table, one per kind. */
final class Tables {
    final NegotiationTable negotiation = new NegotiationTable();
    final PersonTable people = new PersonTable();
    final DemandTable demands = new DemandTable();
    final ProposalTable proposals = new ProposalTable();
    final TableSessionTable sessions = new TableSessionTable();
    final SidebarTable sidebars = new SidebarTable();
    final SidebarTopicTable topics = new SidebarTopicTable();
    final ReportBackTable reportBacks = new ReportBackTable();
    final SidebarStartTable starts = new SidebarStartTable();
    final AgreementTable agreements = new AgreementTable();
    final RatificationTable ratifications = new RatificationTable();
    final InformationRequestTable informationRequests = new InformationRequestTable();
    final ComplianceTable compliance = new ComplianceTable();
    final AcknowledgementTable acknowledgements = new AcknowledgementTable();
    final CostingBaselineTable costingBaselines = new CostingBaselineTable();
    final ClassificationTable classifications = new ClassificationTable();
    final CostItemTable costItems = new CostItemTable();
    final ContractSectionTable contractSections = new ContractSectionTable();
    final SectionLanguageTable sectionLanguage = new SectionLanguageTable();
    final AuditTable audit = new AuditTable();

    private final Map<EntityKind, Table<?>> byKind = new EnumMap<>(EntityKind.class);

    Tables() {
        for (Table<?> t : List.of(negotiation, people, demands, proposals, sessions, sidebars, topics, reportBacks,
                agreements, ratifications, informationRequests, compliance, acknowledgements, costingBaselines,
                classifications, costItems, starts, contractSections, sectionLanguage)) {
            byKind.put(t.kind, t);
        }
        if (byKind.size() != EntityKind.values().length) {
            throw new IllegalStateException("Every kind of record needs its table");
        }
    }

    Table<?> of(EntityKind kind) {
        return byKind.get(kind);
    }
}
