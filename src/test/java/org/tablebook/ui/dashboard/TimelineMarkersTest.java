package org.tablebook.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.ui.dashboard.DashboardFigures.TimelineEvent;
import org.tablebook.ui.dashboard.DashboardFigures.TimelineMarker;

/** The timeline's marks: few enough to draw on a laptop, and every event under exactly one. */
class TimelineMarkersTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static TimelineEvent event(int n, boolean sidebar, LocalDate date) {
        return new TimelineEvent(new EntityRef(sidebar ? EntityKind.SIDEBAR : EntityKind.TABLE_SESSION, "e" + n), sidebar,
                date, "Event " + n, "");
    }

    private static List<TimelineEvent> inDateOrder(List<TimelineEvent> events) {
        List<TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::sidebar));
        return sorted;
    }

    @Test
    void aYearOfAThousandSidebarsAndThreeHundredSessionsDrawsAtMostEighteenMarksALane() {
        Random random = new Random(17);
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < 1300; i++) {
            events.add(event(i, i < 1000, START.plusDays(random.nextInt(365))));
        }
        List<TimelineEvent> sorted = inDateOrder(events);
        LocalDate end = START.plusDays(364);

        List<TimelineMarker> marks = DashboardFigures.markers(sorted, START, end);

        for (boolean sidebar : new boolean[] {false, true}) {
            List<TimelineMarker> lane = marks.stream().filter(m -> m.sidebar() == sidebar).toList();
            assertTrue(lane.size() <= DashboardFigures.MARKERS_PER_LANE, lane.size() + " marks on one lane");
            assertEquals(sorted.stream().filter(e -> e.sidebar() == sidebar).toList(),
                    lane.stream().flatMap(m -> m.events().stream()).toList(), "every event once, in date order");
            assertTrue(lane.stream().allMatch(m -> m.events().stream().allMatch(e -> e.sidebar() == sidebar)));
            for (int i = 1; i < lane.size(); i++) {
                assertTrue(lane.get(i).date().isAfter(lane.get(i - 1).lastDate()), "marks do not overlap in time");
            }
        }
    }

    @Test
    void eventsFarApartKeepAMarkEach() {
        List<TimelineEvent> events = List.of(event(1, false, START), event(2, true, START.plusDays(10)),
                event(3, false, START.plusDays(30)), event(4, true, START.plusDays(50)));

        List<TimelineMarker> marks = DashboardFigures.markers(events, START, START.plusDays(59));

        assertEquals(4, marks.size());
        assertTrue(marks.stream().allMatch(m -> m.events().size() == 1));
    }

    @Test
    void eventsOnTheSameStretchShareAMarkPlacedAtTheFirst() {
        // 180 days in 18 stretches: ten days each, counted from a mark's first event.
        List<TimelineEvent> events = List.of(event(1, true, START.plusDays(20)), event(2, true, START.plusDays(25)),
                event(3, true, START.plusDays(29)), event(4, true, START.plusDays(30)));

        List<TimelineMarker> marks = DashboardFigures.markers(events, START, START.plusDays(179));

        assertEquals(2, marks.size());
        assertEquals(3, marks.get(0).events().size());
        assertEquals(START.plusDays(20), marks.get(0).date());
        assertEquals(START.plusDays(29), marks.get(0).lastDate());
        assertEquals(START.plusDays(30), marks.get(1).date());
    }
}
