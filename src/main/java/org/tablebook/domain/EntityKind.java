package org.tablebook.domain;

/** Every kind of record in a negotiation file, as the audit trail and rule findings name them. */
public enum EntityKind {
    NEGOTIATION("Negotiation"),
    PERSON("Person"),
    DEMAND("Demand"),
    PROPOSAL("Proposal"),
    TABLE_SESSION("Table session"),
    SIDEBAR("Sidebar"),
    SIDEBAR_TOPIC("Sidebar topic"),
    REPORT_BACK("Report-back"),
    SIDEBAR_START("Sidebar start"),
    TENTATIVE_AGREEMENT("Tentative agreement"),
    RATIFICATION("Ratification"),
    INFORMATION_REQUEST("Information request"),
    COMPLIANCE_ITEM("Compliance item"),
    RULE_ACKNOWLEDGEMENT("Rule acknowledgement"),
    COSTING_BASELINE("Costing baseline"),
    CLASSIFICATION("Classification"),
    COST_ITEM("Costing item"),
    CONTRACT_SECTION("Contract section"),
    SECTION_LANGUAGE("Section language");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
