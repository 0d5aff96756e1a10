package org.tablebook.testing;

import org.tablebook.ui.costing.BaselineViewModel;

/** What a person types into the costing baseline in tests: a three-year term, then one classification. */
public final class CostingEntries {
    private CostingEntries() {
    }

    /** Saves a 2026-2029 term in dollars and types (without saving) 50 clerks at $10.00 for 2,000 hours. */
    public static void termAndClerk(BaselineViewModel baseline) {
        baseline.currencyProperty().set("usd");
        baseline.termStartProperty().set("2026-07-01");
        baseline.termEndProperty().set("2029-06-30");
        baseline.rollUpProperty().set("0");
        baseline.saveTerm();
        baseline.newClassification();
        baseline.nameProperty().set("Clerk");
        baseline.headcountProperty().set("50");
        baseline.rateProperty().set("10.00");
        baseline.standardHoursProperty().set("2000");
    }
}
