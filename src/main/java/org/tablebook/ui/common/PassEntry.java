package org.tablebook.ui.common;

import org.tablebook.domain.Demand;
import org.tablebook.domain.Proposal;

/**
 * One pass across the table as the timelines show it.
 *
 * @param demand the demand it was passed on
 * @param session how its session is named; "" when it was passed outside a table session
 * @param cost what it costs over the contract term, "Not costed", or "" where costing does not apply
 */
public record PassEntry(Proposal proposal, Demand demand, String session, String cost) {

    public PassEntry(Proposal proposal, Demand demand, String session) {
        this(proposal, demand, session, "");
    }
}
