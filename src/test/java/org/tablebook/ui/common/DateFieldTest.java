package org.tablebook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.DateCell;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Dates;
import org.tablebook.domain.Language;
import org.tablebook.domain.ValidationException;
import org.tablebook.testing.Calendars;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The date field: typed as before, or chosen from its calendar, and never losing what was typed. */
class DateFieldTest {
    private final FxRobot robot = new FxRobot();
    private final StringProperty day = new SimpleStringProperty("");
    private final StringProperty moment = new SimpleStringProperty("");
    private final Locale localeBefore = Locale.getDefault();
    /** The program's today, far from the computer's: the calendar must mark this one. */
    private static final LocalDate TODAY = LocalDate.of(2031, 5, 14);
    private final java.time.Clock clock = java.time.Clock.fixed(
            TODAY.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        Locale.setDefault(localeBefore);
    }

    /** A form of two date fields, each with the message a view model would give its text. */
    private void show(Language language) throws Exception {
        Locale.setDefault(language.locale());
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            GridPane grid = Forms.grid();
            int row = Forms.row(grid, 0, "On", Forms.date("day", "yyyy-mm-dd", day, clock), null, message(day, false));
            row = Forms.row(grid, row, "At", Forms.dateTime("moment", "yyyy-mm-dd hh:mm", moment, clock), null,
                    message(moment, true));
            TextField other = new TextField();
            other.setId("other");
            Forms.row(grid, row, "Other", other, null, null);
            Scene scene = new Scene(grid, 500, 300);
            scene.getStylesheets().add(Objects.requireNonNull(
                    DateFieldTest.class.getResource("/org/tablebook/ui/app.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static StringBinding message(StringProperty text, boolean withTime) {
        return Bindings.createStringBinding(() -> {
            try {
                if (withTime) {
                    TimeText.parse("at", "The moment", text.get(), java.time.ZoneOffset.UTC, LocalDate.of(2026, 3, 3));
                } else {
                    Dates.parseDate("on", "The date", text.get());
                }
                return null;
            } catch (ValidationException e) {
                return e.getMessage();
            }
        }, text);
    }

    @Test
    void aDayPickedFromTheCalendarIsWrittenAsTheFieldWritesDates() throws Exception {
        show(Language.ENGLISH);
        robot.clickOn("#day").write("2026-03-03");
        Calendars.pick(robot, "day", LocalDate.of(2026, 3, 20));
        assertEquals("2026-03-20", day.get());
        assertEquals("2026-03-20", robot.lookup("#day").queryAs(TextField.class).getText());

        Calendars.pick(robot, "day", LocalDate.of(2026, 5, 1));
        assertEquals("2026-05-01", day.get());
    }

    @Test
    void theCalendarOpensOnTheTypedMonthAndFromTheKeyboard() throws Exception {
        show(Language.ENGLISH);
        robot.clickOn("#day").write("2027-11-09");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#dayCalendar").queryAs(javafx.scene.control.DatePicker.class).isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(YearMonth.of(2027, 11), Calendars.shown(robot));
        DateField field = robot.lookup("#day").queryAs(DateField.class);
        javafx.scene.Node month = robot.lookup(".date-picker-popup").query();
        double left = WaitForAsyncUtils.asyncFx(() -> month.localToScreen(month.getBoundsInLocal()).getMinX()).get();
        double fieldLeft = WaitForAsyncUtils.asyncFx(() -> field.localToScreen(field.getBoundsInLocal()).getMinX()).get();
        assertEquals(fieldLeft, left, 12, "the calendar opens under the field's left edge, not under its button");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2027-11-09", day.get(), "closing the calendar changes nothing");
    }

    @Test
    void theCalendarMarksTodayByTheProgramsClockAndOpensOnItsMonth() throws Exception {
        show(Language.ENGLISH);
        Calendars.open(robot, "day");
        assertEquals(YearMonth.from(TODAY), Calendars.shown(robot), "with no day typed, it opens on today's month");
        List<LocalDate> marked = robot.lookup(".date-picker-popup .day-cell.today").queryAll().stream()
                .filter(javafx.scene.Node::isVisible).map(n -> ((DateCell) n).getItem()).toList();
        assertEquals(List.of(TODAY), marked, "today is the clock's day, not the computer's");
        assertTrue(robot.lookup(".date-picker-popup .day-cell.selected").queryAll().isEmpty(),
                "nothing is chosen yet");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", day.get(), "closing the calendar changes nothing");

        // Today, the day it opened on, is chosen by clicking it like any other.
        Calendars.pick(robot, "day", TODAY);
        assertEquals("2031-05-14", day.get());
        Calendars.pick(robot, "day", TODAY.plusMonths(2).withDayOfMonth(3));
        assertEquals("2031-07-03", day.get());
        Calendars.open(robot, "day");
        assertEquals(List.of(), robot.lookup(".date-picker-popup .day-cell.today").queryAll().stream()
                .filter(javafx.scene.Node::isVisible).map(n -> ((DateCell) n).getItem()).toList(),
                "no day of July is today");
    }

    @Test
    void typingStillWorksInEveryFormTheParserReads() throws Exception {
        show(Language.ENGLISH);
        robot.clickOn("#day").write("2026-3-4");
        robot.clickOn("#other");
        assertEquals("2026-3-4", day.get(), "kept as typed");
        assertFalse(robot.lookup("#dayError").queryAs(Label.class).isVisible());
    }

    @Test
    void nonsenseIsKeptWithItsMessageWhateverHappensAroundIt() throws Exception {
        show(Language.ENGLISH);
        robot.clickOn("#day").write("2026-02-3x");
        robot.clickOn("#other");
        assertEquals("2026-02-3x", day.get());
        Label error = robot.lookup("#dayError").queryAs(Label.class);
        assertTrue(error.isVisible() && error.getText().contains("2026-02-3x"), error.getText());

        // Opening the calendar and closing it without a choice leaves the text alone too.
        Calendars.open(robot, "day");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#other");
        assertEquals("2026-02-3x", day.get());
        assertEquals("2026-02-3x", robot.lookup("#day").queryAs(TextField.class).getText());
        assertTrue(error.isVisible());

        // A half-typed date is not completed or cleared either.
        robot.clickOn("#day").eraseText(10).write("2026-0");
        robot.clickOn("#other");
        assertEquals("2026-0", day.get());
    }

    @Test
    void aDayPickedForAMomentKeepsTheTypedTimeOrAsksForOne() throws Exception {
        show(Language.ENGLISH);
        robot.clickOn("#moment").write("14:30");
        Calendars.pick(robot, "moment", LocalDate.of(2026, 3, 12));
        assertEquals("2026-03-12 14:30", moment.get());

        robot.clickOn("#moment").eraseText(20);
        Calendars.pick(robot, "moment", LocalDate.of(2026, 3, 5));
        assertEquals("2026-03-05 ", moment.get(), "the day, with the time to type after it");
        TextField field = robot.lookup("#moment").queryAs(TextField.class);
        assertTrue(field.isFocused(), "the field has the focus for the time");
        assertTrue(robot.lookup("#momentError").queryAs(Label.class).isVisible(), "the time is asked for");
        robot.write("9:15");
        assertEquals("2026-03-05 9:15", moment.get());
        assertFalse(robot.lookup("#momentError").queryAs(Label.class).isVisible());
    }

    @Test
    void theCalendarSpeaksSpanishInSpanish() throws Exception {
        show(Language.SPANISH);
        robot.clickOn("#day").write("2026-03-03");
        Calendars.open(robot, "day");
        List<String> words = robot.lookup(".date-picker-popup .month-year-pane .label").queryAll().stream()
                .map(n -> ((Label) n).getText().toLowerCase(Locale.ROOT)).toList();
        assertTrue(words.contains("marzo"), words.toString());
        List<String> days = robot.lookup(".date-picker-popup .day-name-cell").queryAll().stream()
                .map(n -> ((DateCell) n).getText().toLowerCase(Locale.ROOT)).toList();
        assertTrue(days.stream().anyMatch(d -> d.startsWith("mi")) && days.stream().anyMatch(d -> d.startsWith("sá")),
                days.toString());
        keepPictures("es");
    }

    /** Writes the form and the open calendar to {@code target/date-field/}, to be looked at. */
    private void keepPictures(String name) throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "date-field");
        java.nio.file.Files.createDirectories(folder);
        WaitForAsyncUtils.asyncFx(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    String kind = w instanceof javafx.stage.PopupWindow ? "calendar" : "form";
                    org.tablebook.ui.shell.Screenshots.write(w.getScene().snapshot(null),
                            folder.resolve(kind + "-" + name + ".png"));
                }
            }
            return null;
        }).get();
    }
}
