package org.tablebook.ui.shell;

/**
 * The sections of the main window, in navigation order; Ctrl+1..9 and Ctrl+0 (the tenth) follow
 * this order.
 */
public enum Section {
    DASHBOARD("section.dashboard", "mdi2v-view-dashboard-outline"),
    DEMANDS("section.demands", "mdi2f-format-list-bulleted-square"),
    SESSIONS("section.sessions", "mdi2t-table-chair"),
    SIDEBARS("section.sidebars", "mdi2f-forum-outline"),
    AGREEMENTS("section.agreements", "mdi2h-handshake-outline"),
    MEMORANDUM("section.memorandum", "mdi2v-vote-outline"),
    INFORMATION_REQUESTS("section.requests", "mdi2f-file-question-outline"),
    TEAM("section.team", "mdi2a-account-group-outline"),
    COMPLIANCE("section.compliance", "mdi2c-clipboard-check-outline"),
    COSTING("section.costing", "mdi2c-calculator-variant-outline"),
    CONTRACT("section.contract", "mdi2f-file-document-edit-outline");

    private final String key;
    private final String icon;

    Section(String key, String icon) {
        this.key = key;
        this.icon = icon;
    }

    /** Resource bundle key of the section's name; its description is under {@code key + ".empty"}. */
    public String key() {
        return key;
    }

    /** Ikonli icon literal. */
    public String icon() {
        return icon;
    }

    /** The digit of the section's shortcut: 1 to 9, then 0 for the tenth; none past the tenth. */
    public java.util.OptionalInt shortcutNumber() {
        return ordinal() < 10 ? java.util.OptionalInt.of((ordinal() + 1) % 10) : java.util.OptionalInt.empty();
    }

    /** The section where a record of this kind is kept; the negotiation itself has none (null). */
    public static Section of(org.tablebook.domain.EntityKind kind) {
        return switch (kind) {
            case PERSON -> TEAM;
            case DEMAND, PROPOSAL, SECTION_LANGUAGE -> DEMANDS;
            case CONTRACT_SECTION -> CONTRACT;
            case TABLE_SESSION -> SESSIONS;
            case SIDEBAR, SIDEBAR_TOPIC, REPORT_BACK, SIDEBAR_START -> SIDEBARS;
            case TENTATIVE_AGREEMENT -> AGREEMENTS;
            case RATIFICATION -> MEMORANDUM;
            case INFORMATION_REQUEST -> INFORMATION_REQUESTS;
            case COMPLIANCE_ITEM -> COMPLIANCE;
            case COSTING_BASELINE, CLASSIFICATION, COST_ITEM -> COSTING;
            case NEGOTIATION, RULE_ACKNOWLEDGEMENT -> null;
        };
    }
}
