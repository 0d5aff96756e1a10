package org.tablebook.costing;

import java.math.BigDecimal;
import java.util.List;
import org.tablebook.domain.Proposal;

/**
 * A package: the passes it is made of (one per demand) and what their items cost together.
 *
 * @param passes the costed passes in the package, by demand
 */
public record SidePackage(List<Proposal> passes, CostBreakdown cost) {

    public SidePackage {
        passes = List.copyOf(passes);
    }

    public BigDecimal total() {
        return cost.total();
    }

    public boolean isEmpty() {
        return passes.isEmpty();
    }
}
