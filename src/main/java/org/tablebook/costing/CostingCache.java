package org.tablebook.costing;

import java.util.List;
import org.tablebook.domain.Classification;
import org.tablebook.domain.CostingBaseline;

/**
 * What a screen keeps between one snapshot's costing and the next: the unit's
 * {@link CostingEngine.Calculator}, so that a change costs again only what it touches. A new
 * baseline or a changed classification starts afresh. Safe to share between threads.
 */
public final class CostingCache {
    private CostingEngine.Calculator calculator;

    /** The calculator of this unit, the kept one while the unit stays the same. */
    public synchronized CostingEngine.Calculator calculatorFor(CostingBaseline baseline, List<Classification> classes) {
        if (calculator == null || !calculator.costs(baseline, classes)) {
            calculator = new CostingEngine.Calculator(baseline, classes);
        }
        return calculator;
    }
}
