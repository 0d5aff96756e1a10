package org.tablebook.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tablebook.document.Preferences.WindowBounds;

/** A remembered window opens inside the screen it is on, however large the screen it was last on. */
class WindowBoundsTest {

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        WindowBounds saved = new WindowBounds(100, 50, 1200, 700, false);
        assertEquals(saved, saved.within(0, 0, 1366, 768));
    }

    @Test
    void aWindowFromALargerMonitorIsMadeNoLargerThanTheLaptopScreen() {
        WindowBounds saved = new WindowBounds(0, 0, 1366, 768, false);
        assertEquals(new WindowBounds(0, 0, 1024, 672, false), saved.within(0, 0, 1024, 672));
    }

    @Test
    void aWindowHangingOffTheScreensEdgeIsMovedBackInside() {
        WindowBounds saved = new WindowBounds(900, 600, 800, 500, true);
        assertEquals(new WindowBounds(566, 240, 800, 500, true), saved.within(0, 0, 1366, 740));
    }

    @Test
    void aScreenToTheLeftOfThePrimaryKeepsItsOwnCoordinates() {
        WindowBounds saved = new WindowBounds(-2000, 0, 1920, 1080, false);
        assertEquals(new WindowBounds(-1366, 0, 1366, 740, false), saved.within(-1366, 0, 1366, 740));
    }
}
