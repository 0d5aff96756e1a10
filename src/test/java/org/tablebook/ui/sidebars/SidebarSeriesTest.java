package org.tablebook.ui.sidebars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.day;
import static org.tablebook.testing.SnapshotBuilder.daysLater;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Demand;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.TableSession;
import org.tablebook.testing.SnapshotBuilder;

class SidebarSeriesTest {
    @Test
    void sidebarsSharingADemandDirectlyOrThroughOthersAreOneSeries() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        Demand nights = b.demand("U-2", "Nights").add();
        Demand parking = b.demand("U-3", "Parking").add();
        Sidebar first = b.sidebar("wages").agenda(wages).ran(hours(1), hours(2)).add();
        Sidebar second = b.sidebar("wages and nights").agenda(wages, nights).ran(daysLater(1), daysLater(1).plusSeconds(3600))
                .add();
        Sidebar third = b.sidebar("nights").ran(daysLater(2), daysLater(2).plusSeconds(1800)).add();
        b.topic(third, nights).add();
        Sidebar alone = b.sidebar("parking").agenda(parking).ran(hours(3), hours(4)).add();
        b.sidebar("wages, not started").agenda(wages).add();
        TableSession between = b.session(day(1)).add();
        b.session(day(5)).add();
        NegotiationSnapshot s = b.build();

        List<SidebarSeries> all = SidebarSeries.of(s, daysLater(3), SnapshotBuilder.ZONE);
        assertEquals(1, all.size());
        SidebarSeries series = all.get(0);
        assertEquals(List.of(first, second, third), series.sidebars());
        assertEquals(List.of(wages.id(), nights.id()), series.demandIds());
        assertEquals(hours(1), series.from());
        assertEquals(daysLater(2).plusSeconds(1800), series.to());
        assertEquals(List.of(between), series.sessionsBetween());
        assertEquals(Duration.ofHours(47).plusMinutes(30), series.span(daysLater(9)));
        assertEquals(2, series.positionOf(second.id()));
        assertTrue(SidebarSeries.containing(all, alone.id()).isEmpty());
    }

    @Test
    void aSeriesWithOneRunningSidebarRunsUntilNow() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Demand wages = b.demand("U-1", "Wages").add();
        b.sidebar("wages").agenda(wages).ran(hours(1), hours(2)).add();
        b.sidebar("wages again").agenda(wages).startedAt(hours(5)).add();
        SidebarSeries series = SidebarSeries.of(b.build(), hours(6), SnapshotBuilder.ZONE).get(0);
        assertTrue(series.running());
        assertNull(series.to());
        assertEquals(Duration.ofHours(5), series.span(hours(6)));
    }
}
