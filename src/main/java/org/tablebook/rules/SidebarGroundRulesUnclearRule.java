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
 *
 * <p>Time: No clock: it reads the ground rules once the sidebar has started.
 */
public final class SidebarGroundRulesUnclearRule extends AbstractRule {
    public static final String ID = "SIDEBAR_GROUND_RULES_UNCLEAR";

    public SidebarGroundRulesUnclearRule() {
        super(ID, Severity.WARNING, Sources.OFF_THE_RECORD_GUIDE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.startedAt() == null) {
                continue;
            }
            List<Text> undecided = new ArrayList<>();
            String field = null;
            if (sidebar.noNotesRule() == GroundRuleStatus.UNDECIDED) {
                undecided.add(Text.of("groundRule.noNotes"));
                field = "noNotesRule";
            }
            if (sidebar.notRepeatedRule() == GroundRuleStatus.UNDECIDED) {
                undecided.add(Text.of("groundRule.notRepeated"));
                field = field == null ? "notRepeatedRule" : field;
            }
            if (sidebar.notUsedInLitigationRule() == GroundRuleStatus.UNDECIDED) {
                undecided.add(Text.of("groundRule.notUsedInLitigation"));
                field = field == null ? "notUsedInLitigationRule" : field;
            }
            if (undecided.isEmpty()) {
                continue;
            }
            findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()),
                    Text.of("SIDEBAR_GROUND_RULES_UNCLEAR.message", undecided.size(), undecided),
                    "fix.recordGroundRules", field, sidebar.startedAt(), sidebar.groundRules()));
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
