package org.tablebook.testing;

import static org.tablebook.testing.SnapshotBuilder.minutes;

import org.tablebook.domain.Demand;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Sidebar;

/**
 * A negotiation with one finding of each severity on two records: a sidebar one of ours attended
 * alone and never reported (SIDEBAR_SOLO, an ERROR; REPORT_BACK_OVERDUE, a WARNING at 14:00), on
 * a demand with no recorded origin (DEMAND_WITHOUT_MEMBER_SOURCE, an INFO).
 */
public record SoloSidebar(NegotiationSnapshot snapshot, Sidebar sidebar, Demand demand) {
    public static SoloSidebar build() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person dana = b.ours("Dana Reyes");
        Person pat = b.theirs("Pat Kim");
        Demand demand = b.demand("U-1", "Staffing ratios").noOrigin().add();
        Sidebar sidebar = b.sidebar("Wages").attendees(dana, pat).agenda(demand).ran(minutes(10), minutes(40)).add();
        return new SoloSidebar(b.build(), sidebar, demand);
    }
}
