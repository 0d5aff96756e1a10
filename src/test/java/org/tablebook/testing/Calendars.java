package org.tablebook.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Chooses a day in a date field's calendar as a person does: open it, turn the months, click the day. */
public final class Calendars {
    private Calendars() {
    }

    /** Opens the calendar of the date field {@code fieldId} (its button) and waits for it to show. */
    public static void open(FxRobot robot, String fieldId) throws Exception {
        DatePicker calendar = robot.lookup("#" + fieldId + "Calendar").queryAs(DatePicker.class);
        robot.clickOn(calendar);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, calendar::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The month the open calendar shows. */
    public static YearMonth shown(FxRobot robot) {
        return robot.lookup(".date-picker-popup .day-cell").match(n -> n instanceof DateCell c && c.isVisible()
                && c.getItem() != null && !c.getStyleClass().contains("previous-month")
                && !c.getStyleClass().contains("next-month")).queryAll().stream()
                .map(n -> YearMonth.from(((DateCell) n).getItem())).findFirst().orElseThrow();
    }

    /** Opens the calendar of {@code fieldId}, turns to the month of {@code day} and clicks it. */
    public static void pick(FxRobot robot, String fieldId, LocalDate day) throws Exception {
        open(robot, fieldId);
        for (int turns = 0; turns < 240 && !shown(robot).equals(YearMonth.from(day)); turns++) {
            String button = shown(robot).isBefore(YearMonth.from(day)) ? ".right-button" : ".left-button";
            robot.clickOn(robot.lookup(".date-picker-popup .month-year-pane .spinner " + button).<Node>query());
            WaitForAsyncUtils.waitForFxEvents();
        }
        Node cell = robot.lookup(".date-picker-popup .day-cell").match(n -> n instanceof DateCell c && c.isVisible()
                && day.equals(c.getItem()) && !c.getStyleClass().contains("previous-month")
                && !c.getStyleClass().contains("next-month")).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
