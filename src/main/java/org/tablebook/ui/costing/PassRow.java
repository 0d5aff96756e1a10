package org.tablebook.ui.costing;

import org.tablebook.domain.Demand;
import org.tablebook.domain.Proposal;

/**
 * A pass in the costed-passes list: its demand, and what it costs alone, as the list shows it.
 *
 * @param cost "Not costed", or its total over the term
 */
public record PassRow(Proposal pass, Demand demand, String cost, boolean costed) {
}
