package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;

/**
 * DEMAND_WITHOUT_MEMBER_SOURCE (INFO): one of our demands (proposed by OURS) with no origin
 * recorded, or with origin OTHER and a blank note saying what it was. The other side's demands are
 * not ours to source.
 *
 * <p>Time: No clock: it reads the demand's recorded origin.
 */
public final class DemandWithoutMemberSourceRule extends AbstractRule {
    public static final String ID = "DEMAND_WITHOUT_MEMBER_SOURCE";

    public DemandWithoutMemberSourceRule() {
        super(ID, Severity.INFO, Sources.FACE_TO_FACE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (Demand demand : snapshot.demands()) {
            if (demand.proposedBy() != Side.OURS) {
                continue;
            }
            if (demand.origin() == null) {
                findings.add(finding(demand, RecordNames.demand(demand),
                        Text.of("DEMAND_WITHOUT_MEMBER_SOURCE.none", RecordNames.demandName(demand)), "fix.recordOrigin", "origin", (Object) null));
            } else if (demand.origin() == DemandOrigin.OTHER && demand.originNote().isBlank()) {
                findings.add(finding(demand, RecordNames.demand(demand),
                        Text.of("DEMAND_WITHOUT_MEMBER_SOURCE.other", RecordNames.demandName(demand)), "fix.recordOrigin", "originNote", demand.origin()));
            }
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.DEMAND);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
