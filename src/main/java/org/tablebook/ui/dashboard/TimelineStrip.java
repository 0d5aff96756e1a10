package org.tablebook.ui.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.EntityRef;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.DateLabels;
import org.tablebook.ui.dashboard.DashboardFigures.TimelineEvent;
import org.tablebook.ui.dashboard.DashboardFigures.TimelineMarker;

/**
 * Table sessions and sidebars on one line of time: sessions on the upper lane, sidebars on the
 * lower, month marks below and today marked. Each event is a small button (focusable, with a
 * tooltip) that opens its record; events too close together to tell apart share one button that
 * shows how many there are and lists them to pick from.
 */
final class TimelineStrip extends Region {
    private static final double LANE_LABEL_WIDTH = 92;
    private static final double SESSION_Y = 18;
    private static final double SIDEBAR_Y = 58;
    private static final double AXIS_Y = 92;
    private static final double HEIGHT = 120;
    /** A longer list than this under one mark would run off a laptop screen; the rest are counted. */
    private static final int MENU_ITEMS = 20;

    private final Consumer<EntityRef> open;
    private final List<Marker> markers = new ArrayList<>();
    private final List<Label> monthLabels = new ArrayList<>();
    private final List<Line> monthTicks = new ArrayList<>();
    private final Label sessionsLane = laneLabel("dashboard.timeline.sessions");
    private final Label sidebarsLane = laneLabel("dashboard.timeline.sidebars");
    private final Line axis = new Line();
    private final Line todayLine = new Line();
    private final Label todayLabel = new Label(Messages.get("dashboard.timeline.today"));
    private LocalDate start = LocalDate.now();
    private LocalDate end = LocalDate.now();
    private LocalDate today = LocalDate.now();

    TimelineStrip(Consumer<EntityRef> open) {
        this.open = open;
        getStyleClass().add("timeline-strip");
        setPadding(new Insets(0, 12, 0, 0));
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        axis.getStyleClass().add("timeline-axis");
        todayLine.getStyleClass().add("timeline-today");
        todayLabel.getStyleClass().add("timeline-today-label");
        getChildren().addAll(sessionsLane, sidebarsLane, axis, todayLine, todayLabel);
    }

    private static Label laneLabel(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("timeline-lane");
        return l;
    }

    void show(List<TimelineMarker> marks, LocalDate from, LocalDate to, LocalDate now) {
        if (from == null || to == null || now == null) {
            return;
        }
        start = from;
        end = to.isAfter(from) ? to : from.plusDays(1);
        today = now;
        getChildren().removeAll(markers.stream().map(m -> m.button).toList());
        getChildren().removeAll(monthLabels);
        getChildren().removeAll(monthTicks);
        markers.clear();
        monthLabels.clear();
        monthTicks.clear();
        for (TimelineMarker mark : marks) {
            Button b = mark.events().size() == 1 ? single(mark.events().get(0)) : group(mark);
            b.getStyleClass().addAll("timeline-marker", mark.sidebar() ? "timeline-sidebar" : "timeline-session");
            b.setFocusTraversable(true);
            markers.add(new Marker(mark, b));
            getChildren().add(b);
        }
        for (YearMonth m = YearMonth.from(start).plusMonths(1); !m.atDay(1).isAfter(end); m = m.plusMonths(1)) {
            Label l = new Label(DateTexts.current().monthYear(m.atDay(1)));
            l.getStyleClass().add("timeline-month");
            l.setUserData(m.atDay(1));
            monthLabels.add(l);
            Line tick = new Line();
            tick.getStyleClass().add("timeline-tick");
            tick.setUserData(m.atDay(1));
            monthTicks.add(tick);
        }
        getChildren().addAll(monthTicks);
        getChildren().addAll(monthLabels);
        requestLayout();
    }

    private Button single(TimelineEvent e) {
        Button b = new Button();
        b.setGraphic(icon(e.sidebar()));
        b.setTooltip(new Tooltip(e.label() + (e.detail().isBlank() ? "" : "\n" + e.detail())));
        b.setAccessibleText(e.label());
        b.setOnAction(a -> open.accept(e.subject()));
        return b;
    }

    /** A mark for several events: their number on it, and a menu of them (the first twenty) when pressed. */
    private Button group(TimelineMarker mark) {
        int count = mark.events().size();
        String what = Messages.format(mark.sidebar() ? "dashboard.timeline.group.sidebars" : "dashboard.timeline.group.sessions",
                count, DateLabels.date(mark.date()), DateLabels.date(mark.lastDate()));
        Button b = new Button(Integer.toString(count), icon(mark.sidebar()));
        b.getStyleClass().add("timeline-group");
        b.setTooltip(new Tooltip(what));
        b.setAccessibleText(what);
        b.setOnAction(a -> {
            ContextMenu menu = new ContextMenu();
            for (TimelineEvent e : mark.events().subList(0, Math.min(MENU_ITEMS, count))) {
                MenuItem item = new MenuItem(e.label() + (e.detail().isBlank() ? "" : " \u00b7 " + e.detail()));
                item.setOnAction(x -> open.accept(e.subject()));
                menu.getItems().add(item);
            }
            if (count > MENU_ITEMS) {
                MenuItem more = new MenuItem(Messages.format("dashboard.timeline.group.more", count - MENU_ITEMS));
                more.setDisable(true);
                menu.getItems().add(more);
            }
            menu.show(b, Side.BOTTOM, 0, 0);
        });
        return b;
    }

    private static FontIcon icon(boolean sidebar) {
        return new FontIcon(sidebar ? "mdi2f-forum" : "mdi2t-table-chair");
    }

    private double x(LocalDate date, double left, double width) {
        long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        return left + width * ChronoUnit.DAYS.between(start, date) / span;
    }

    @Override
    protected void layoutChildren() {
        // The lanes' names set the room they take ("Sesiones de negociación" is longer than "Table sessions").
        double laneWidth = Math.max(LANE_LABEL_WIDTH, Math.max(sessionsLane.prefWidth(-1), sidebarsLane.prefWidth(-1)));
        double left = laneWidth + 14;
        double width = Math.max(40, getWidth() - left - snappedRightInset() - 14);
        sessionsLane.resizeRelocate(0, SESSION_Y + 2, laneWidth, 22);
        sidebarsLane.resizeRelocate(0, SIDEBAR_Y + 2, laneWidth, 22);
        axis.setStartX(left);
        axis.setEndX(left + width);
        axis.setStartY(AXIS_Y);
        axis.setEndY(AXIS_Y);
        double tx = x(today, left, width);
        todayLine.setStartX(tx);
        todayLine.setEndX(tx);
        todayLine.setStartY(6);
        todayLine.setEndY(AXIS_Y);
        todayLabel.autosize();
        todayLabel.relocate(Math.min(tx - todayLabel.getWidth() / 2, left + width - todayLabel.getWidth()),
                AXIS_Y + 4);
        for (int i = 0; i < monthLabels.size(); i++) {
            LocalDate first = (LocalDate) monthLabels.get(i).getUserData();
            double mx = x(first, left, width);
            Line tick = monthTicks.get(i);
            tick.setStartX(mx);
            tick.setEndX(mx);
            tick.setStartY(AXIS_Y - 4);
            tick.setEndY(AXIS_Y + 4);
            Label l = monthLabels.get(i);
            l.autosize();
            boolean nearToday = Math.abs(mx - tx) < l.getWidth() + todayLabel.getWidth() / 2;
            l.setVisible(!nearToday);
            l.relocate(mx - l.getWidth() / 2, AXIS_Y + 4);
        }
        // Events on the same day (or a few pixels apart) sit side by side rather than on top of each other.
        double[] laneRight = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Marker m : markers) {
            m.button.autosize();
            double bw = m.button.getWidth();
            int lane = m.mark.sidebar() ? 1 : 0;
            double bx = Math.max(x(m.mark.date(), left, width) - bw / 2, laneRight[lane] + 2);
            m.button.relocate(bx, lane == 1 ? SIDEBAR_Y : SESSION_Y);
            laneRight[lane] = bx + bw;
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 300;
    }

    private record Marker(TimelineMarker mark, Button button) {
    }
}
