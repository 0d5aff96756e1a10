package org.tablebook.ui.common;

import org.tablebook.domain.Demand;
import org.tablebook.domain.Proposal;

/**
 * One pass across the table as the timelines show it.
 *
 * @param demand the demand it was passed on
 * @param session how its session is named; "" when it was passed outside a table session
 */
public record PassEntry(Proposal proposal, Demand demand, String session) {
}
