package org.tablebook.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.ui.dashboard.DashboardFigures.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A crowded timeline: one mark for many sidebars, and the mark lists them to open. */
class TimelineStripViewTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private final FxRobot robot = new FxRobot();
    private final List<EntityRef> opened = new ArrayList<>();
    private TimelineStrip strip;

    @BeforeEach
    void showACrowdedYear() throws Exception {
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            events.add(new TimelineEvent(new EntityRef(EntityKind.SIDEBAR, "s" + i), true, START.plusDays(i * 365L / 400),
                    "Sidebar: topic " + i, ""));
        }
        events.add(new TimelineEvent(new EntityRef(EntityKind.TABLE_SESSION, "t1"), false, START.plusDays(40),
                "Table session of Feb 14, 2026", ""));
        Stage stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            strip = new TimelineStrip(opened::add);
            stage.setScene(new Scene(strip, 900, 140));
            stage.show();
            strip.show(DashboardFigures.markers(events, START, START.plusDays(364)), START, START.plusDays(364),
                    START.plusDays(200));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private List<Button> marks() {
        return strip.getChildrenUnmodifiable().stream().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    @Test
    void fourHundredSidebarsDrawAsAFewCountedMarksThatListWhatTheyHold() throws Exception {
        List<Button> marks = marks();
        assertEquals(DashboardFigures.MARKERS_PER_LANE + 1, marks.size(), "eighteen sidebar marks and the one session");
        Button first = marks.stream().filter(b -> b.getStyleClass().contains("timeline-group")).findFirst().orElseThrow();
        assertEquals("24", first.getText(), "the first three weeks' sidebars under one mark");

        robot.clickOn(first);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream().anyMatch(ContextMenu.class::isInstance));
        ContextMenu menu = (ContextMenu) Window.getWindows().stream().filter(ContextMenu.class::isInstance).findFirst()
                .orElseThrow();
        List<MenuItem> items = menu.getItems();
        assertEquals(21, items.size(), "the first twenty, then how many more");
        assertEquals("Sidebar: topic 0", items.get(0).getText());
        assertEquals("and 4 more: see them all in Table sessions or Sidebars", items.get(20).getText());

        WaitForAsyncUtils.asyncFx(() -> items.get(1).fire()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new EntityRef(EntityKind.SIDEBAR, "s1")), opened);
    }
}
