package org.tablebook.ui.dashboard;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.Severity;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.SectionView;
import org.tablebook.ui.dashboard.DashboardFigures.ChartPoint;
import org.tablebook.ui.dashboard.DashboardFigures.DueItem;
import org.tablebook.ui.dashboard.DashboardFigures.RuleCounts;
import org.tablebook.ui.dashboard.DashboardFigures.StatusCount;
import org.tablebook.ui.dashboard.DashboardFigures.TopFinding;
import org.tablebook.ui.dashboard.DashboardViewModel.RunningSidebar;

/**
 * The dashboard: cards for the sidebar running now, the demands by status, the rules, what is due,
 * demands open and agreed over time, and the timeline of sessions and sidebars. Every item is a
 * button that opens its record. The running clocks tick once a second while the dashboard is shown.
 */
public final class DashboardView implements SectionView {

    private final DashboardViewModel viewModel;
    private final ScrollPane root;
    private final Timeline ticker;
    private final VBox runningBox = new VBox(10);
    private final GridPane countsGrid = new GridPane();
    private final VBox rulesBox = new VBox(8);
    private final VBox dueBox = new VBox(2);
    private final VBox firstStepsBox = new VBox(6);
    private final TimelineStrip timeline;
    private final XYChart.Series<Number, Number> openSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> agreedSeries = new XYChart.Series<>();
    private final NumberAxis xAxis = new NumberAxis();

    public DashboardView(DashboardViewModel viewModel) {
        this.viewModel = viewModel;
        this.timeline = new TimelineStrip(viewModel::open);
        Label title = new Label();
        title.setId("dashboardTitle");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(viewModel.titleProperty());
        Label headline = new Label();
        headline.setId("dashboardHeadline");
        headline.getStyleClass().add("text-muted");
        headline.setWrapText(true);
        headline.textProperty().bind(viewModel.headlineProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(viewModel.computingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox heading = new VBox(2, title, headline);
        HBox top = new HBox(12, heading, gap, busy);
        top.setAlignment(Pos.CENTER_LEFT);

        GridPane cards = new GridPane();
        cards.setHgap(16);
        cards.setVgap(16);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(50);
        left.setFillWidth(true);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(50);
        right.setFillWidth(true);
        cards.getColumnConstraints().setAll(left, right);
        VBox leftColumn = new VBox(16,
                card("dashboardRunning", "dashboard.running.title", "mdi2t-timer-outline", runningBox),
                card("dashboardCounts", "dashboard.counts.title", "mdi2f-format-list-bulleted-square", counts()));
        cards.add(leftColumn, 0, 0);
        cards.add(card("dashboardRules", "dashboard.rules.title", "mdi2s-shield-check-outline", rulesBox), 1, 0);
        cards.add(card("dashboardDue", "dashboard.due.title", "mdi2c-calendar-clock-outline", dueBox), 0, 1, 2, 1);
        cards.add(card("dashboardChart", "dashboard.chart.title", "mdi2c-chart-line", chart()), 0, 2, 2, 1);
        cards.add(card("dashboardTimeline", "dashboard.timeline.title", "mdi2c-chart-timeline-variant", timeline),
                0, 3, 2, 1);
        cards.getChildren().forEach(n -> GridPane.setValignment(n, javafx.geometry.VPos.TOP));
        // A file where nothing has happened yet shows what to do first, not empty charts.
        Node firstSteps = card("dashboardFirstSteps", "dashboard.first.title", "mdi2f-flag-outline", firstStepsBox);
        firstSteps.visibleProperty().bind(viewModel.freshProperty());
        firstSteps.managedProperty().bind(firstSteps.visibleProperty());
        cards.visibleProperty().bind(viewModel.freshProperty().not());
        cards.managedProperty().bind(cards.visibleProperty());

        VBox page = new VBox(18, top, firstSteps, cards);
        page.setPadding(new Insets(18));
        page.getStyleClass().add("dashboard");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().addAll("edge-to-edge", "dashboard-scroll");
        root.getStylesheets().add(Objects.requireNonNull(
                DashboardView.class.getResource("/org/tablebook/ui/dashboard/dashboard.css")).toExternalForm());

        viewModel.running().addListener((ListChangeListener<RunningSidebar>) c -> fillRunning());
        viewModel.demandCounts().addListener((ListChangeListener<StatusCount>) c -> fillCounts());
        viewModel.topFindings().addListener((ListChangeListener<TopFinding>) c -> fillRules());
        viewModel.ruleCountsProperty().addListener((obs, was, is) -> fillRules());
        for (javafx.beans.value.ObservableValue<Boolean> waiting : java.util.List.of(viewModel.pendingProperty(),
                viewModel.figuresFailedProperty())) {
            waiting.addListener((obs, was, is) -> {
                fillCounts();
                fillRules();
                fillDue();
            });
        }
        viewModel.rulesFailureProperty().addListener((obs, was, is) -> fillRules());
        viewModel.due().addListener((ListChangeListener<DueItem>) c -> fillDue());
        viewModel.chart().addListener((ListChangeListener<ChartPoint>) c -> fillChart());
        viewModel.timelineMarkers().addListener((ListChangeListener<DashboardFigures.TimelineMarker>) c -> fillTimeline());
        viewModel.firstSteps().addListener((ListChangeListener<DashboardViewModel.FirstStepState>) c -> fillFirstSteps());
        fillFirstSteps();
        fillRunning();
        fillCounts();
        fillRules();
        fillDue();
        fillChart();
        fillTimeline();

        // The clocks tick only while the dashboard is on screen.
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> viewModel.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                viewModel.tick();
                ticker.play();
            }
        });
    }

    private static VBox card(String id, String titleKey, String icon, Node content) {
        Label title = new Label(Messages.get(titleKey), new FontIcon(icon));
        title.getStyleClass().addAll("title-4", "card-title");
        VBox card = new VBox(12, title, content);
        card.setId(id);
        card.getStyleClass().add("dashboard-card");
        card.setPadding(new Insets(14, 16, 16, 16));
        card.setMaxHeight(Double.MAX_VALUE);
        card.setMinWidth(0);
        GridPane.setFillHeight(card, true);
        return card;
    }

    // ---- running now ----

    private void fillRunning() {
        runningBox.getChildren().clear();
        if (viewModel.running().isEmpty()) {
            Label none = new Label(Messages.get("dashboard.running.none"));
            none.setId("dashboardNoSidebar");
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            runningBox.getChildren().add(none);
            return;
        }
        for (RunningSidebar s : viewModel.running()) {
            Label purpose = new Label(org.tablebook.ui.common.Labels.sentence(s.purpose()));
            purpose.getStyleClass().add("running-purpose");
            purpose.setWrapText(true);
            Label clock = new Label();
            clock.setId("dashboardClock");
            clock.getStyleClass().add("running-clock");
            clock.textProperty().bind(s.elapsedProperty());
            Label limit = new Label();
            limit.getStyleClass().add("running-limit");
            limit.setWrapText(true);
            limit.textProperty().bind(s.limitTextProperty());
            Runnable restyle = () -> {
                clock.getStyleClass().remove("running-over");
                limit.getStyleClass().remove("running-over");
                if (s.overLimitProperty().get()) {
                    clock.getStyleClass().add("running-over");
                    limit.getStyleClass().add("running-over");
                }
            };
            s.overLimitProperty().addListener((obs, was, is) -> restyle.run());
            restyle.run();
            Label who = new Label(s.attendees());
            who.getStyleClass().addAll("text-muted", "text-small");
            who.setWrapText(true);
            Label started = new Label(s.startedAt());
            started.setWrapText(true);
            started.getStyleClass().addAll("text-muted", "text-small");
            VBox box = new VBox(2, purpose, clock, limit, who, started);
            javafx.scene.layout.StackPane open = link(box, () -> viewModel.open(s.subject()));
            Tooltip.install(open, new Tooltip(Messages.get("dashboard.running.open")));
            runningBox.getChildren().add(open);
        }
    }

    // ---- demands by status ----

    private Node counts() {
        countsGrid.setId("dashboardCountsGrid");
        countsGrid.setHgap(10);
        countsGrid.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        // A status's name wraps in a narrow card (Spanish at 1024 px with a wide interface font)
        // rather than pushing the figures out of it.
        name.setMinWidth(60);
        // The numbers' columns as wide as their headings or figures, so the three fit a narrow card.
        countsGrid.getColumnConstraints().setAll(name, numbers(), numbers());
        Button all = new Button(Messages.get("dashboard.counts.open"), new FontIcon("mdi2a-arrow-right"));
        all.setId("dashboardOpenDemands");
        all.getStyleClass().add("flat");
        all.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        all.setOnAction(e -> viewModel.openDemands());
        return new VBox(10, countsGrid, all);
    }

    private static ColumnConstraints numbers() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        column.setHalignment(javafx.geometry.HPos.RIGHT);
        return column;
    }

    private void fillCounts() {
        countsGrid.getChildren().clear();
        if (viewModel.pendingProperty().get()) {
            countsGrid.add(waiting("dashboardCounts", "dashboard.counts.working"), 0, 0, 3, 1);
            return;
        }
        countsGrid.addRow(0, header(""), header(Messages.get("dashboard.counts.ours")),
                header(Messages.get("dashboard.counts.theirs")));
        int row = 1;
        for (StatusCount c : viewModel.demandCounts()) {
            Label name = new Label(c.label());
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            Label ours = number(c.ours());
            ours.setId("dashboardCount-ours-" + c.status().name());
            Label theirs = number(c.theirs());
            theirs.setId("dashboardCount-theirs-" + c.status().name());
            countsGrid.addRow(row++, name, ours, theirs);
        }
        Label total = new Label(Messages.get("dashboard.counts.total"));
        total.getStyleClass().add("counts-total");
        Label ours = number(viewModel.oursTotalProperty().get());
        ours.getStyleClass().add("counts-total");
        Label theirs = number(viewModel.theirsTotalProperty().get());
        theirs.getStyleClass().add("counts-total");
        countsGrid.addRow(row, total, ours, theirs);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-muted", "text-small", "counts-header");
        return l;
    }

    private static Label number(int n) {
        Label l = new Label(String.valueOf(n));
        l.getStyleClass().add(n == 0 ? "count-zero" : "count");
        return l;
    }

    // ---- rules ----

    private void fillRules() {
        rulesBox.getChildren().clear();
        if (!viewModel.rulesFailureProperty().get().isEmpty()) {
            Label failed = new Label(viewModel.rulesFailureProperty().get(), new FontIcon("mdi2a-alert-circle-outline"));
            failed.setId("dashboardRulesFailed");
            failed.setWrapText(true);
            failed.getStyleClass().add("rules-failed");
            rulesBox.getChildren().add(failed);
            return;
        }
        if (viewModel.pendingProperty().get()) {
            rulesBox.getChildren().add(waiting("dashboardRules", "dashboard.rules.working"));
            return;
        }
        RuleCounts c = viewModel.ruleCountsProperty().get();
        HBox chips = new HBox(8, chip("dashboardRuleErrors", c.errors(), "dashboard.rules.errors", "error"),
                chip("dashboardRuleWarnings", c.warnings(), "dashboard.rules.warnings", "warning"),
                chip("dashboardRuleInfos", c.infos(), "dashboard.rules.infos", "info"));
        rulesBox.getChildren().add(chips);
        if (c.acknowledged() > 0) {
            Label acked = new Label(Messages.format("dashboard.rules.acknowledged", c.acknowledged()));
            acked.getStyleClass().addAll("text-muted", "text-small");
            rulesBox.getChildren().add(acked);
        }
        if (viewModel.topFindings().isEmpty()) {
            Label none = new Label(Messages.get("dashboard.rules.none"));
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            rulesBox.getChildren().add(none);
        }
        for (TopFinding f : viewModel.topFindings()) {
            Label subject = new Label(f.subjectLabel());
            subject.getStyleClass().add("finding-subject");
            subject.setWrapText(true);
            Label message = new Label(f.message());
            message.getStyleClass().addAll("text-muted", "text-small", "finding-message");
            message.setWrapText(true);
            // Two lines at most: the rules panel has the whole sentence, and so has the tooltip.
            message.setMaxHeight(36);
            message.setTooltip(new Tooltip(f.message()));
            message.getStyleClass().add("shortens");
            FontIcon icon = new FontIcon(f.severity() == Severity.ERROR ? "mdi2a-alert-octagon"
                    : f.severity() == Severity.WARNING ? "mdi2a-alert" : "mdi2i-information-outline");
            icon.getStyleClass().addAll("severity-icon", "severity-" + f.severity().name().toLowerCase(Locale.ROOT));
            VBox words = new VBox(1, subject, message);
            words.setMinWidth(0);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox line = new HBox(8, icon, words);
            rulesBox.getChildren().add(link(line, () -> viewModel.open(f)));
        }
    }

    /**
     * Said where figures will be while they are worked out ({@code card}Working: a turning wheel and
     * why it turns), or that they could not be ({@code card}Failed).
     */
    private Label waiting(String card, String workingKey) {
        if (viewModel.figuresFailedProperty().get()) {
            Label failed = new Label(Messages.get("dashboard.card.failed"), new FontIcon("mdi2a-alert-circle-outline"));
            failed.setId(card + "Failed");
            failed.setWrapText(true);
            failed.getStyleClass().add("figures-failed");
            return failed;
        }
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(16, 16);
        busy.setPrefSize(16, 16);
        Label label = new Label(Messages.get(workingKey), busy);
        label.setId(card + "Working");
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static VBox chip(String id, int n, String key, String kind) {
        Label number = new Label(String.valueOf(n));
        number.setId(id);
        number.getStyleClass().addAll("rule-count", n == 0 ? "rule-count-zero" : "rule-count-" + kind);
        Label name = new Label(Messages.get(key));
        name.getStyleClass().addAll("text-muted", "text-small");
        VBox chip = new VBox(0, number, name);
        chip.setAlignment(Pos.CENTER);
        chip.getStyleClass().add("rule-chip");
        HBox.setHgrow(chip, Priority.ALWAYS);
        chip.setMaxWidth(Double.MAX_VALUE);
        return chip;
    }

    // ---- what is due ----

    private void fillDue() {
        dueBox.getChildren().clear();
        if (viewModel.pendingProperty().get()) {
            dueBox.getChildren().add(waiting("dashboardDue", "dashboard.due.working"));
            return;
        }
        if (viewModel.due().isEmpty()) {
            Label none = new Label(Messages.get("dashboard.due.none"));
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            dueBox.getChildren().add(none);
            return;
        }
        int i = 0;
        for (DueItem item : viewModel.due()) {
            FontIcon icon = new FontIcon(icon(item.kind()));
            icon.getStyleClass().add("due-icon");
            Label title = new Label(item.title());
            title.getStyleClass().add("due-title");
            title.setWrapText(true);
            Label detail = new Label(item.detail());
            detail.getStyleClass().addAll("text-muted", "text-small");
            detail.setWrapText(true);
            detail.setVisible(!item.detail().isBlank());
            detail.setManaged(detail.isVisible());
            VBox words = new VBox(1, title, detail);
            words.setMinWidth(0);
            HBox.setHgrow(words, Priority.ALWAYS);
            Label when = new Label(item.when());
            when.getStyleClass().addAll("due-when", "due-" + item.urgency().name().toLowerCase(Locale.ROOT));
            when.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(10, icon, words, when);
            line.setAlignment(Pos.CENTER_LEFT);
            javafx.scene.layout.StackPane row = link(line, () -> viewModel.open(item.subject()));
            row.setId("dashboardDue-" + i++);
            dueBox.getChildren().add(row);
        }
    }

    private static String icon(DashboardFigures.DueKind kind) {
        return switch (kind) {
            case REPORT_BACK -> "mdi2f-forum-outline";
            case COMMITTEE_DECISION -> "mdi2a-account-group-outline";
            case INFORMATION_REQUEST -> "mdi2f-file-question-outline";
            case GRIEVANCE_WINDOW -> "mdi2g-gavel";
            case COMPLIANCE -> "mdi2c-clipboard-check-outline";
            case NOTICE -> "mdi2e-email-outline";
            case CONTRACT_EXPIRY -> "mdi2c-calendar-alert";
        };
    }

    /**
     * A row that opens its record: clickable, reachable with Tab and opened with Enter or Space,
     * laid out at the card's width so that its text wraps.
     */
    private javafx.scene.layout.StackPane link(Node content, Runnable action) {
        javafx.scene.layout.StackPane link = new javafx.scene.layout.StackPane(content);
        link.setAlignment(Pos.CENTER_LEFT);
        link.getStyleClass().add("dashboard-link");
        link.setFocusTraversable(true);
        link.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        link.setCursor(javafx.scene.Cursor.HAND);
        link.setOnMouseClicked(e -> {
            link.requestFocus();
            action.run();
        });
        link.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                action.run();
                e.consume();
            }
        });
        link.setMinWidth(0);
        return link;
    }

    // ---- chart ----

    private Node chart() {
        xAxis.setAutoRanging(false);
        xAxis.setForceZeroInRange(false);
        xAxis.setMinorTickVisible(false);
        xAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return DateTexts.current().dayMonth(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        NumberAxis yAxis = new NumberAxis();
        yAxis.setLabel(Messages.get("dashboard.chart.axis"));
        yAxis.setMinorTickVisible(false);
        yAxis.setTickUnit(1);
        yAxis.setForceZeroInRange(true);
        yAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
        chart.setId("dashboardChartView");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        openSeries.setName(Messages.get("dashboard.chart.open"));
        agreedSeries.setName(Messages.get("dashboard.chart.agreed"));
        chart.getData().addAll(java.util.List.of(openSeries, agreedSeries));
        chart.getStyleClass().add("demands-chart");
        return chart;
    }

    private void fillChart() {
        java.util.List<ChartPoint> points = DashboardFigures.steps(viewModel.chart());
        openSeries.getData().setAll(points.stream()
                .map(p -> new XYChart.Data<Number, Number>(p.date().toEpochDay(), p.open())).toList());
        agreedSeries.getData().setAll(points.stream()
                .map(p -> new XYChart.Data<Number, Number>(p.date().toEpochDay(), p.agreed())).toList());
        if (!points.isEmpty()) {
            long from = points.get(0).date().toEpochDay();
            long to = Math.max(from + 1, points.get(points.size() - 1).date().toEpochDay());
            xAxis.setLowerBound(from);
            xAxis.setUpperBound(to);
            xAxis.setTickUnit(Math.max(1, Math.round((to - from) / 6.0)));
        }
    }

    private void fillFirstSteps() {
        firstStepsBox.getChildren().clear();
        Label intro = new Label(Messages.get("dashboard.first.text"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        firstStepsBox.getChildren().add(intro);
        int number = 1;
        boolean next = true;
        for (DashboardViewModel.FirstStepState s : viewModel.firstSteps()) {
            String key = "dashboard.first." + s.step().name().toLowerCase(Locale.ROOT);
            FontIcon mark = new FontIcon(s.done() ? "mdi2c-check-circle" : "mdi2n-numeric-" + number + "-circle-outline");
            mark.getStyleClass().add(s.done() ? "first-step-done" : "first-step-todo");
            Label text = new Label(Messages.get(key), mark);
            text.setWrapText(true);
            text.setGraphicTextGap(10);
            text.getStyleClass().add("first-step-text");
            Label detail = new Label(Messages.get(key + ".detail"));
            detail.setWrapText(true);
            detail.getStyleClass().addAll("text-muted", "first-step-detail");
            VBox words = new VBox(2, text, detail);
            HBox.setHgrow(words, Priority.ALWAYS);
            words.setMinWidth(0);
            Button go = new Button(Messages.get(key + ".action"));
            go.setId("firstStep-" + s.step().name().toLowerCase(Locale.ROOT));
            go.setMinWidth(Region.USE_PREF_SIZE);
            go.setOnAction(e -> viewModel.open(s.step()));
            if (!s.done() && next) {
                // The first step not yet done is the one to take now.
                go.getStyleClass().add("accent");
                next = false;
            }
            HBox row = new HBox(16, words, go);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("first-step");
            firstStepsBox.getChildren().add(row);
            number++;
        }
    }

    private void fillTimeline() {
        timeline.show(viewModel.timelineMarkers(), viewModel.timelineStartProperty().get(),
                viewModel.timelineEndProperty().get(), viewModel.todayProperty().get());
    }

    @Override
    public Node node() {
        return root;
    }

    /** The dashboard has nothing to create: Ctrl+N does nothing here. */
    @Override
    public void newItem() {
    }

    /** The dashboard has no search box: Ctrl+F does nothing here. */
    @Override
    public void focusSearch() {
    }
}
