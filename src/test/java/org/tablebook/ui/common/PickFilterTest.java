package org.tablebook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** A long pick list shows the entries ticked and a screenful of the others; the rest are found by typing. */
class PickFilterTest {
    private final ObservableList<Pick> all = FXCollections.observableArrayList(IntStream.range(0, 200)
            .mapToObj(i -> new Pick("d" + i, "U-" + i + " Demand " + i, "On the table", false)).toList());

    @Test
    void aLongListShowsTheFirstEntriesAndCountsTheRest() {
        PickFilter filter = new PickFilter(all);

        assertEquals(all.subList(0, PickFilter.SHOWN_AT_MOST), filter.shown());
        assertEquals(200 - PickFilter.SHOWN_AT_MOST, filter.moreProperty().get());
        assertTrue(filter.searchableProperty().get());
    }

    @Test
    void typingFindsAnEntryPastTheOnesShown() {
        PickFilter filter = new PickFilter(all);

        filter.textProperty().set("u-150 ");

        assertEquals(List.of(all.get(150)), filter.shown());
        assertEquals(0, filter.moreProperty().get());
        filter.textProperty().set("");
        assertFalse(filter.shown().contains(all.get(150)));
    }

    @Test
    void anEntryTickedStaysInSightWhereverItIsInTheList() {
        all.get(150).chosenProperty().set(true);
        PickFilter filter = new PickFilter(all);

        assertTrue(filter.shown().contains(all.get(150)));
        assertEquals(PickFilter.SHOWN_AT_MOST + 1, filter.shown().size());
        assertEquals(199 - PickFilter.SHOWN_AT_MOST, filter.moreProperty().get());

        filter.textProperty().set("U-42");
        assertEquals(List.of(all.get(42), all.get(150)), filter.shown());
    }

    @Test
    void anEntryTickedFromElsewhereComesIntoSight() {
        PickFilter filter = new PickFilter(all);

        // A draft put back, or the record shown again, ticks an entry the list does not show.
        all.get(180).chosenProperty().set(true);

        assertTrue(filter.shown().contains(all.get(180)));
        assertEquals(199 - PickFilter.SHOWN_AT_MOST, filter.moreProperty().get());
    }

    @Test
    void aShortListShowsEveryEntry() {
        ObservableList<Pick> few = FXCollections.observableArrayList(all.subList(0, 5));
        PickFilter filter = new PickFilter(few);

        assertEquals(few, filter.shown());
        assertEquals(0, filter.moreProperty().get());
        assertFalse(filter.searchableProperty().get());
    }
}
