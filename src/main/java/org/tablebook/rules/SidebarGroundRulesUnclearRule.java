package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;

/**
 * SIDEBAR_GROUND_RULES_UNCLEAR (WARNING): a sidebar that has started while any of its three ground
 * rules (no notes, not repeated outside, not used in ULP or arbitration cases) is still UNDECIDED.
 * A REFUSED rule is clear, just not agreed, and is not flagged. The finding focuses the first
 * undecided rule.
 */
public final class SidebarGroundRulesUnclearRule extends AbstractRule {
    public static final String ID = "SIDEBAR_GROUND_RULES_UNCLEAR";

    public SidebarGroundRulesUnclearRule() {
        super(ID, Severity.WARNING, "Sidebar ground rules undecided", new Principle(
                "If you decide to do this, the ground rules should be clear. Are both sides agreeing that no notes "
                        + "will be taken? That what is said will not be repeated outside the negotiating room and will "
                        + "not be used in unfair labor practice or arbitration cases?", Sources.OFF_THE_RECORD_GUIDE));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.startedAt() == null) {
                continue;
            }
            List<String> undecided = new ArrayList<>();
            String field = null;
            if (sidebar.noNotesRule() == GroundRuleStatus.UNDECIDED) {
                undecided.add("taking no notes");
                field = "noNotesRule";
            }
            if (sidebar.notRepeatedRule() == GroundRuleStatus.UNDECIDED) {
                undecided.add("not repeating what is said");
                field = field == null ? "notRepeatedRule" : field;
            }
            if (sidebar.notUsedInLitigationRule() == GroundRuleStatus.UNDECIDED) {
                undecided.add("not using it in unfair labor practice or arbitration cases");
                field = field == null ? "notUsedInLitigationRule" : field;
            }
            if (undecided.isEmpty()) {
                continue;
            }
            findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()),
                    "This sidebar started with the ground " + (undecided.size() == 1 ? "rule on " : "rules on ")
                            + Texts.join(undecided) + " still undecided, so either side can later claim it understood "
                            + "them differently.",
                    "Record the ground rules", field, sidebar.startedAt(), sidebar.groundRules()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
