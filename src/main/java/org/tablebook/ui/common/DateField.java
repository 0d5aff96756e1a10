package org.tablebook.ui.common;

import atlantafx.base.controls.CustomTextField;
import java.time.Clock;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.beans.property.Property;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.tablebook.domain.Dates;
import org.tablebook.domain.ValidationException;

/**
 * A date typed as before, with a calendar beside it. The text is what the view model holds: every
 * form the date parser reads still works, and a half-typed or wrong date stays as typed, with the
 * view model's message under it. Choosing a day in the calendar (the button at the right, or
 * Alt+Down) writes that day into the text in the form the field shows dates ({@code 2026-03-14}),
 * keeping a time typed after it in a date-and-time field. The calendar speaks the program's
 * language (its month and day names come from the default locale, set at start). Its "today" is the
 * program's clock's, not the computer's: the day marked, and the month it opens on when no day is
 * typed.
 */
public final class DateField extends CustomTextField {
    private final DatePicker calendar = new DatePicker();
    private final boolean withTime;
    private final Clock clock;
    private boolean following;
    // The calendar holds today only to open on its month, with no day typed: nothing is chosen.
    private boolean openedOnToday;

    DateField(String id, String prompt, Property<String> value, boolean withTime, Clock clock) {
        this.withTime = withTime;
        this.clock = clock;
        setId(id);
        setPromptText(prompt);
        setPrefColumnCount(withTime ? 14 : 10);
        getStyleClass().add("date-field");
        textProperty().bindBidirectional(value);

        // The picker only lends its button and its calendar: its own text box is never shown, so it
        // never rewrites (or empties) what was typed here.
        calendar.setId(id + "Calendar");
        calendar.getStyleClass().add("date-field-calendar");
        calendar.setEditable(false);
        calendar.setFocusTraversable(false);
        calendar.setMinWidth(Region.USE_PREF_SIZE);
        calendar.setMaxWidth(Region.USE_PREF_SIZE);
        calendar.setTooltip(new Tooltip(Messages.get("common.dateField.calendar")));
        calendar.disableProperty().bind(editableProperty().not());
        calendar.setDayCellFactory(picker -> new Day());
        calendar.setOnShowing(e -> follow(dayTyped()));
        calendar.setOnShown(e -> Platform.runLater(this::underTheField));
        calendar.valueProperty().addListener((obs, was, is) -> {
            if (!following && is != null && !is.equals(dayTyped())) {
                pick(is);
            }
        });
        setRight(calendar);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && e.isAltDown() && isEditable() && !isDisabled()) {
                calendar.show();
                e.consume();
            }
        });
    }

    /** The day written at the start of the text, or null when there is none that reads as a date. */
    LocalDate dayTyped() {
        String text = getText() == null ? "" : getText().strip();
        String first = text.split("[\\sT]+", 2)[0];
        if (!first.contains("-")) {
            return null;
        }
        try {
            return Dates.parseDate("date", "", first);
        } catch (ValidationException e) {
            return null;
        }
    }

    /** The calendar opens on the typed day (or on today's month when none reads as a date). */
    private void follow(LocalDate day) {
        following = true;
        try {
            openedOnToday = day == null;
            calendar.setValue(day == null ? today() : day);
        } finally {
            following = false;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A day of the calendar: marked today by the program's clock, and chosen when clicked or entered
     * even when it is the day the calendar opened on (which changes no value, so the calendar alone
     * would only close).
     */
    private final class Day extends DateCell {
        Day() {
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    choose();
                }
            });
            addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    choose();
                }
            });
        }

        private void choose() {
            LocalDate day = getItem();
            if (day != null && !isDisabled() && !day.equals(dayTyped())) {
                pick(day);
            }
        }

        @Override
        public void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("today");
            if (!empty && item != null && item.equals(today())) {
                getStyleClass().add("today");
            }
            if (openedOnToday) {
                getStyleClass().remove("selected");
            }
        }
    }

    /** The calendar opens under the field's left edge, not under its button at the right. */
    private void underTheField() {
        Bounds field = localToScreen(getBoundsInLocal());
        Bounds button = calendar.localToScreen(calendar.getBoundsInLocal());
        if (field == null || button == null || !(calendar.getSkin() instanceof DatePickerSkin skin)
                || skin.getPopupContent().getScene() == null) {
            return;
        }
        Window popup = skin.getPopupContent().getScene().getWindow();
        Bounds month = skin.getPopupContent().localToScreen(skin.getPopupContent().getBoundsInLocal());
        if (popup != null && popup.isShowing() && month != null) {
            // Moved by what is left to move, so that a second call leaves it where it is.
            popup.setX(popup.getX() - (month.getMinX() - field.getMinX()));
        }
    }

    private void pick(LocalDate day) {
        String text = DateLabels.field(day);
        if (withTime) {
            String[] parts = getText() == null ? new String[0] : getText().strip().split("[\\sT]+");
            String time = parts.length > 0 && parts[parts.length - 1].contains(":") ? parts[parts.length - 1] : "";
            // With no time yet the text ends in a space, ready for it; the view model asks for it.
            text = text + " " + time;
        }
        setText(text);
        requestFocus();
        positionCaret(text.length());
        // A chosen day counts as entered, as Enter after typing it would.
        fireEvent(new ActionEvent());
    }
}
