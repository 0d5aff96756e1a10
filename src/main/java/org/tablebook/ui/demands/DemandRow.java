package org.tablebook.ui.demands;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tablebook.domain.Demand;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;

/**
 * One line of the demands table: the demand and what its passes add to it, computed once per
 * snapshot (from the snapshot's index of passes by demand), never while a cell is drawn.
 *
 * @param lastPassOn the date of its latest pass; null before the first
 * @param passes how many passes crossed the table on it
 * @param searchText code, article, title, description and public summary in lower case, for the search box
 */
public record DemandRow(Demand demand, LocalDate lastPassOn, int passes, String searchText) {

    public static DemandRow of(Demand d, NegotiationSnapshot snapshot) {
        List<Proposal> history = snapshot.proposalsOf(d.id());
        LocalDate last = history.isEmpty() ? null : history.get(history.size() - 1).passedOn();
        String text = String.join("\n", d.code(), d.article(), d.title(), d.description(), d.publicSummary())
                .toLowerCase(Locale.ROOT);
        return new DemandRow(d, last, history.size(), text);
    }

    public String id() {
        return demand.id();
    }
}
