package org.tablebook.domain;

/** Every kind of record in a negotiation file, as the audit trail and rule findings name them. */
public enum EntityKind {
    NEGOTIATION,
    PERSON,
    DEMAND,
    PROPOSAL,
    TABLE_SESSION,
    SIDEBAR,
    SIDEBAR_TOPIC,
    REPORT_BACK,
    SIDEBAR_START,
    TENTATIVE_AGREEMENT,
    RATIFICATION,
    INFORMATION_REQUEST,
    COMPLIANCE_ITEM,
    RULE_ACKNOWLEDGEMENT,
    COSTING_BASELINE,
    CLASSIFICATION,
    COST_ITEM,
    CONTRACT_SECTION,
    SECTION_LANGUAGE;

    /** "Demand", "Demanda": the kind as a message names it, in the language the program speaks. */
    public String label() {
        return Check.words("label.EntityKind." + name());
    }

    /** The same name inside a sentence: "demand", "demanda". */
    public String inSentence() {
        return label().toLowerCase(Language.current().locale());
    }
}
