package org.tablebook.ui.common;

import org.tablebook.costing.CostingCache;
import org.tablebook.costing.Money;
import org.tablebook.costing.Packages;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;

/** The line beside a pass on a demand's timeline: what it costs, or that it is not costed. */
public final class PassCosts {
    private PassCosts() {
    }

    /**
     * "Costs $… over the term" for a priced pass; "Not costed" for an economic pass without items;
     * "" where costing does not apply (no baseline yet, or a pass on another kind of demand). Costed
     * through {@code kept}, so a pass whose items did not change is not costed again.
     */
    public static String line(NegotiationSnapshot s, Proposal p, CostingCache kept) {
        if (s.costingBaseline().isEmpty()) {
            return "";
        }
        var cost = Packages.costOf(s, p, kept);
        if (cost.isPresent()) {
            return Messages.format("costing.timeline.cost",
                    Money.format(cost.get().total(), s.costingBaseline().get().currency()));
        }
        boolean economic = s.demand(p.demandId()).map(d -> d.category() == DemandCategory.ECONOMIC).orElse(false);
        return economic ? Messages.get("costing.passes.notCosted") : "";
    }
}
