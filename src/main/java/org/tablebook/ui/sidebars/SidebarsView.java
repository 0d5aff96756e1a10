package org.tablebook.ui.sidebars;

import static org.tablebook.ui.sidebars.SidebarForms.*;

import java.util.List;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.SidebarState;
import org.tablebook.ui.common.Pills;
import org.tablebook.ui.common.TabContents;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.Tables;
import org.tablebook.ui.common.SectionView;

/**
 * The Sidebars section: the list of sidebars above, the selected one below with its state, its
 * big running clock and its steps as tabs (before, during, outcome, report-back, series). Binds to
 * {@link SidebarsViewModel}; its only timing is the one-second tick that asks the view model to
 * recompute the clock.
 */
public final class SidebarsView implements SectionView {
    private final SidebarsViewModel viewModel;
    private final SidebarEditorViewModel editor;
    private final SplitPane root;
    private final TextField search = new TextField();
    private final TabPane tabs = new TabPane();
    private final Timeline ticker;
    private ChecklistPage checklist;
    private ReportBackPage after;
    /** True while the report-back page is the one shown: the editor's Save and Cancel then act on it. */
    private final javafx.beans.property.BooleanProperty onReportPage = new javafx.beans.property.SimpleBooleanProperty();

    public SidebarsView(SidebarsViewModel viewModel) {
        this.viewModel = viewModel;
        this.editor = viewModel.editor();
        root = new SplitPane(list(), detail());
        root.setOrientation(Orientation.VERTICAL);
        // The list shows five or six sidebars at 1366x768, and the step below still has room to work.
        root.setDividerPositions(0.4);
        root.getStyleClass().add("sidebars");
        root.getStylesheets().add(Objects.requireNonNull(
                SidebarsView.class.getResource("/org/tablebook/ui/sidebars/sidebars.css")).toExternalForm());
        // The section's keys work wherever the focus is (the navigation too) while it is shown.
        javafx.event.EventHandler<KeyEvent> keys = this::shortcuts;
        root.sceneProperty().addListener((obs, was, is) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (is != null) {
                is.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> viewModel.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    /** Ctrl+S saves what holds the focus: a topic's outcome, a decision, the report-back, or the sidebar. */
    private void shortcuts(KeyEvent e) {
        if (e.isAltDown() && !e.isControlDown() && !e.isShiftDown() && e.getCode().isDigitKey()
                && editor.editor().editingProperty().get()) {
            int step = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (step >= 0 && step < tabs.getTabs().size()) {
                tabs.getSelectionModel().select(step);
                tabs.requestFocus();
                e.consume();
            }
            return;
        }
        if (!SAVE.match(e)) {
            return;
        }
        e.consume();
        save();
    }

    /** The one Save of the page shown: the report-back page's, or the sidebar's own. */
    private void save() {
        if (onReportPage.get()) {
            viewModel.saveReportPage();
        } else {
            editor.save();
        }
    }

    private void cancel() {
        if (onReportPage.get()) {
            viewModel.cancelReportPage();
        } else {
            editor.cancel();
        }
    }

    // ---- the list ----

    private Node list() {
        EditorPane.search(search, "sidebarsSearch", Messages.get("sidebars.search.prompt"), Messages.get("sidebars.search.help"),
                viewModel.searchProperty());
        Button add = EditorPane.add("sidebarsNew", Messages.get("sidebars.new"), "mdi2f-forum-plus-outline",
                Messages.get("sidebars.new.help"), this::newItem);
        HBox toolbar = Forms.buttonBar(add);
        toolbar.getChildren().add(0, search);

        TableView<SidebarRow> table = new TableView<>(viewModel.rows());
        table.setId("sidebarsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label(Messages.get("sidebars.table.empty"));
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        table.setPlaceholder(placeholder);
        table.getColumns().addAll(List.of(
                column("sidebars.col.purpose", SidebarRow::purpose, 220, 120),
                column("sidebars.col.state", SidebarRow::stateText, 95, 95),
                column("sidebars.col.ours", SidebarRow::ours, 150, 110),
                column("sidebars.col.theirs", SidebarRow::theirs, 130, 110),
                column("sidebars.col.duration", SidebarRow::duration, 105, 100),
                column("sidebars.col.reported", SidebarRow::reported, 122, 122),
                column("sidebars.col.series", SidebarRow::series, 66, 66)));
        Tables.fitHeaders(table);
        // A state is one word or two, never broken across lines.
        Tables.fitTexts(table.getColumns().get(1), java.util.Arrays.stream(SidebarState.values()).map(org.tablebook.ui.common.Labels::of), 0);
        // On a laptop the list and the selected sidebar share the width: the same demands (also a
        // tab of the sidebar) and the duration (also on its clock) go first.
        Tables.fillOrScroll(table, table.getColumns().get(6), table.getColumns().get(4));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null && !Objects.equals(viewModel.selectedProperty().get(), is)) {
                viewModel.selectedProperty().set(is);
            }
        });
        viewModel.selectedProperty().addListener((obs, was, is) -> {
            if (after != null && (was == null || is == null || !was.id().equals(is.id()))) {
                after.forgetFocusIntent();
            }
            if (is == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != is) {
                table.getSelectionModel().select(is);
            }
        });
        // A view built when its section is first opened starts from the view model's selection.
        if (viewModel.selectedProperty().get() != null) {
            table.getSelectionModel().select(viewModel.selectedProperty().get());
        }
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && viewModel.selectedProperty().get() != null) {
                tabs.getSelectionModel().getSelectedItem().getContent().requestFocus();
                e.consume();
            }
        });
        // Enter or Down in the search box goes to the list, on the first match.
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, toolbar, table);
        box.setPadding(new Insets(12, 14, 8, 14));
        box.setMinHeight(150);
        return box;
    }

    /** A column whose cells show their whole text as a tooltip, for when the window is narrow. */
    private static TableColumn<SidebarRow, String> column(String key, java.util.function.Function<SidebarRow, String> value,
            double width, double minWidth) {
        TableColumn<SidebarRow, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(minWidth);
        c.setCellFactory(col -> new TableCell<>() {
            // One tooltip for the cell's life, its text changed with the row: making one is slow.
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                if (empty || text == null || text.isBlank()) {
                    setTooltip(null);
                } else {
                    tip.setText(text);
                    setTooltip(tip);
                }
            }
        });
        Tables.wrap(c);
        return c;
    }

    // ---- the selected sidebar ----

    private Node detail() {
        Label heading = new Label();
        heading.setId("sidebarHeading");
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(editor.headingProperty());
        heading.setMinWidth(0);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label state = Pills.of(null);
        state.setId("sidebarState");
        state.getStyleClass().add("state-badge");
        state.textProperty().bind(editor.stateTextProperty());
        state.visibleProperty().bind(editor.stateTextProperty().isNotEmpty());
        editor.stateProperty().addListener((obs, was, is) -> styleState(state, is));
        styleState(state, editor.stateProperty().get());

        Button start = new Button(Messages.get("sidebars.start"), new FontIcon("mdi2p-play-circle-outline"));
        start.setId("sidebarStart");
        start.setMnemonicParsing(true);
        start.getStyleClass().addAll("accent", "large-action");
        start.setTooltip(new Tooltip(Messages.get("sidebars.start.help")));
        start.visibleProperty().bind(editor.editor().editingProperty().and(editor.startedProperty().not()));
        start.managedProperty().bind(start.visibleProperty());
        start.disableProperty().bind(editor.editor().busyProperty());
        start.setOnAction(e -> editor.start());
        Button end = new Button(Messages.get("sidebars.end"), new FontIcon("mdi2s-stop-circle-outline"));
        end.setId("sidebarEnd");
        end.setMnemonicParsing(true);
        end.getStyleClass().addAll("danger", "large-action");
        end.setTooltip(new Tooltip(Messages.get("sidebars.end.help")));
        end.visibleProperty().bind(editor.runningProperty());
        end.managedProperty().bind(end.visibleProperty());
        end.disableProperty().bind(editor.editor().busyProperty());
        end.setOnAction(e -> {
            after.focusNextNewTopic();
            editor.end();
        });
        Button save = new Button(Messages.get("sidebars.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("sidebarSave");
        save.setMnemonicParsing(true);
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip(Messages.get("sidebars.save.help")));
        javafx.beans.binding.BooleanBinding dirty = Bindings.when(onReportPage)
                .then(viewModel.reportPageDirtyProperty()).otherwise(editor.editor().dirtyProperty());
        save.textProperty().bind(Bindings.when(onReportPage).then(viewModel.reportPageSaveTextProperty())
                .otherwise(Messages.get("sidebars.save")));
        save.disableProperty().bind(dirty.not().or(editor.editor().busyProperty()).or(viewModel.busyProperty()));
        save.setOnAction(e -> save());
        Button cancel = new Button(Messages.get("sidebars.cancel"));
        cancel.setId("sidebarCancel");
        cancel.setTooltip(new Tooltip(Messages.get("sidebars.cancel.help")));
        cancel.disableProperty().bind(dirty.not());
        cancel.setOnAction(e -> cancel());
        Button delete = new Button(Messages.get("sidebars.delete"), new FontIcon("mdi2d-delete-outline"));
        delete.setId("sidebarDelete");
        delete.setTooltip(new Tooltip(Messages.get("sidebars.delete.help")));
        delete.visibleProperty().bind(editor.editor().editingProperty().and(editor.editor().creatingProperty().not())
                .and(editor.startedProperty().not()));
        delete.managedProperty().bind(delete.visibleProperty());
        delete.setOnAction(e -> viewModel.deleteSelected());
        HBox actions = Forms.buttonBar(save, cancel, delete);
        handOver(start, () -> tabs);
        // After End the first topic takes the keyboard (see the report-back page); otherwise the steps do.
        handOver(end, () -> {
            Node f = root.getScene() == null ? null : root.getScene().getFocusOwner();
            return f != null && f != end && isInside(f, tabs) ? f : tabs;
        });
        handOver(save, () -> tabs);
        handOver(cancel, () -> tabs);
        handOver(delete, () -> root.lookup("#sidebarsTable"));
        heading.setTooltip(new Tooltip());
        heading.getTooltip().textProperty().bind(heading.textProperty());
        state.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(12, heading, state, actions);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(10, header, notice(), startBox(start), clock(end), missingAtStart());
        tabs.setId("sidebarTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        checklist = new ChecklistPage(editor);
        after = new ReportBackPage(viewModel, () -> onReportPage.get());
        // The outcome page is in the window from the start: at End its first topic takes the keyboard
        // as the page is chosen. The others are put there when first chosen (TabContents).
        tabs.getTabs().addAll(
                tab(1, "tabBefore", "sidebars.tab.before", checklist.node(), false),
                tab(2, "tabDuring", "sidebars.tab.during", during(), false),
                tab(3, "tabReport", "sidebars.tab.report", after.node(), true),
                tab(4, "tabSeries", "sidebars.tab.series", series(), false));
        onReportPage.bind(tabs.getSelectionModel().selectedIndexProperty().isEqualTo(SidebarStep.REPORT_BACK.ordinal()));
        onReportPage.addListener((obs, was, is) -> after.focusPending());
        viewModel.stepProperty().addListener((obs, was, is) -> tabs.getSelectionModel().select(is.ordinal()));
        tabs.getSelectionModel().select(viewModel.stepProperty().get().ordinal());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox detail = new VBox(10, top, tabs);
        detail.setId("sidebarDetail");
        detail.setPadding(new Insets(12, 14, 10, 14));
        detail.visibleProperty().bind(editor.editor().editingProperty());
        detail.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            }
        });

        return new StackPane(EditorPane.hint(Messages.get("sidebars.detail.hint"), editor.editor().editingProperty().not()),
                detail);
    }

    private static void styleState(Label badge, SidebarState state) {
        badge.getStyleClass().removeIf(c -> c.startsWith("state-") && !c.equals("state-badge"));
        if (state != null) {
            badge.getStyleClass().add("state-" + state.name().toLowerCase().replace('_', '-'));
        }
        Pills.tone(badge, state == null ? null : switch (state) {
            case PROPOSED -> Pills.Tone.NEUTRAL;
            case AUTHORIZED, IN_PROGRESS -> Pills.Tone.ACCENT;
            case ENDED -> Pills.Tone.WARNING;
            case REPORTED, CLOSED -> Pills.Tone.SUCCESS;
        });
    }

    /** A step's tab; its page is put in the window when the tab is first chosen, or at once ({@code now}). */
    private Tab tab(int number, String id, String key, Node content, boolean now) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        followFocus(scroll);
        Tab t = new Tab(Messages.get(key));
        t.setId(id);
        t.setTooltip(new Tooltip(Messages.format("sidebars.tab.help", number)));
        if (now) {
            t.setContent(scroll);
            return t;
        }
        // Not while no sidebar is shown: the tab pane chooses its first tab as soon as it has tabs.
        return TabContents.whenFirstChosen(t, scroll, editor.editor().editingProperty());
    }

    /**
     * What the last save did and can take back ("Tentative agreement made on U-12 …  Undo"), at the
     * top of the editor where it is seen without scrolling.
     */
    private Node notice() {
        Label text = new Label();
        text.setId("sidebarNoticeText");
        text.setWrapText(true);
        text.setGraphic(new FontIcon("mdi2h-handshake-outline"));
        text.textProperty().bind(viewModel.noticeProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button undo = new Button(Messages.get("sidebars.notice.undo"), new FontIcon("mdi2u-undo"));
        undo.setId("sidebarNoticeUndo");
        undo.setTooltip(new Tooltip(Messages.get("sidebars.notice.undo.help")));
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.visibleProperty().bind(viewModel.noticeUndoableProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> viewModel.undoNotice());
        Button close = new Button("", new FontIcon("mdi2c-close"));
        close.setId("sidebarNoticeClose");
        close.getStyleClass().addAll("flat");
        close.setTooltip(new Tooltip(Messages.get("sidebars.notice.close")));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> viewModel.dismissNotice());
        HBox bar = new HBox(10, text, undo, close);
        bar.setId("sidebarNotice");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("sidebar-notice");
        bar.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Before the start: the big Start button and how much of the checklist is met. */
    private Node startBox(Button start) {
        Label count = new Label();
        count.setId("sidebarChecklistShort");
        count.setWrapText(true);
        count.textProperty().bind(editor.checklistProperty().map(ChecklistState::shortSummary));
        showMet(count, editor.checklistProperty().map(ChecklistState::complete),
                new FontIcon("mdi2c-check-circle-outline"), new FontIcon("mdi2a-alert-circle-outline"));
        count.getStyleClass().add("condition");
        start.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(0);
        HBox box = new HBox(18, start, count);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("clock-box");
        box.visibleProperty().bind(start.visibleProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The big clock: elapsed time, the limit beside it, marked once it is passed; End beside it. */
    private Node clock(Button end) {
        Label time = new Label();
        time.setId("sidebarClock");
        time.getStyleClass().add("sidebar-clock");
        time.textProperty().bind(editor.sidebarClockProperty().map(SidebarClock::elapsed));
        time.setGraphic(new FontIcon("mdi2t-timer-outline"));
        // Once ended, the clock shows the length, quieter than a running clock.
        editor.endedProperty().addListener((obs, was, is) -> time.pseudoClassStateChanged(ENDED, is));
        Label limit = new Label();
        limit.setId("sidebarLimit");
        limit.getStyleClass().add("sidebar-limit");
        limit.textProperty().bind(editor.sidebarClockProperty().map(SidebarClock::limitText));
        editor.sidebarClockProperty().addListener((obs, was, is) -> {
            time.pseudoClassStateChanged(OVER, is.overLimit());
            limit.pseudoClassStateChanged(OVER, is.overLimit());
        });
        time.pseudoClassStateChanged(OVER, editor.sidebarClockProperty().get().overLimit());
        limit.pseudoClassStateChanged(OVER, editor.sidebarClockProperty().get().overLimit());
        Label times = new Label();
        times.setId("sidebarTimes");
        times.getStyleClass().add("text-muted");
        times.textProperty().bind(editor.sidebarClockProperty().map(SidebarClock::timesText));
        // The limit and the times wrap in a narrow window ("14 days 5 h over the 1 h 30 min limit")
        // rather than push the clock and End past the window's edge.
        for (Label line : List.of(limit, times)) {
            line.setWrapText(true);
            line.setMinWidth(0);
            line.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox side = new VBox(2, limit, times);
        side.setAlignment(Pos.CENTER_LEFT);
        side.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(side, Priority.ALWAYS);
        end.setMinWidth(Region.USE_PREF_SIZE);
        time.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(18, time, side, end);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("clock-box");
        box.visibleProperty().bind(editor.startedProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * What was missing when it started, kept in sight on the sidebar's page for good: one line of
     * short names, the texts' own words in the tooltip (and under each field in "Before").
     */
    private Node missingAtStart() {
        Label text = new Label();
        text.setId("sidebarMissingAtStart");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setGraphic(new FontIcon("mdi2a-alert-outline"));
        text.getStyleClass().add("missing-title");
        text.textProperty().bind(editor.missingAtStartTextProperty());
        Tooltip words = new Tooltip();
        words.setWrapText(true);
        words.setMaxWidth(520);
        words.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", editor.missingAtStart().stream()
                .map(t -> "\u2022 " + t).toList()), editor.missingAtStart()));
        text.setTooltip(words);
        VBox box = new VBox(text);
        box.getStyleClass().add("missing-at-start");
        box.visibleProperty().bind(Bindings.isNotEmpty(editor.missingAtStart()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    // ---- before ----

    // ---- during ----

    private Node during() {
        GridPane grid = Forms.grid();
        int r = Forms.row(grid, 0, Messages.get("sidebars.label.startedAt"),
                timeField("sidebarStartedAt", editor.startedAtProperty(), editor.clock()), Messages.get("sidebars.startedAt.help"),
                editor.editor().errors().messageFor("startedAt"));
        Forms.row(grid, r, Messages.get("sidebars.label.endedAt"), timeField("sidebarEndedAt", editor.endedAtProperty(), editor.clock()),
                Messages.get("sidebars.endedAt.help"), editor.editor().errors().messageFor("endedAt"));
        Label explain = new Label(Messages.get("sidebars.during.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        Label principle = new Label(Messages.get("sidebars.during.principle"));
        principle.setWrapText(true);
        principle.getStyleClass().add("principle");
        VBox page = new VBox(10, explain, grid, principle);
        page.setPadding(new Insets(12, 16, 16, 4));
        return page;
    }

    // ---- outcome ----

    // ---- report-back ----

    // ---- series ----

    private Node series() {
        Label summary = new Label();
        summary.setId("seriesSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.seriesSummaryProperty());
        VBox entries = new VBox(4);
        entries.setId("seriesEntries");
        Runnable fill = () -> entries.getChildren().setAll(viewModel.seriesEntries().stream().map(entry -> {
            Label l = new Label(entry.text(), new FontIcon(entry.session() ? "mdi2t-table-chair" : "mdi2f-forum-outline"));
            l.setWrapText(true);
            l.getStyleClass().add(entry.session() ? "series-session" : "series-sidebar");
            l.pseudoClassStateChanged(CURRENT, entry.current());
            return (Node) l;
        }).toList());
        viewModel.seriesEntries().addListener((ListChangeListener<SidebarsViewModel.SeriesEntry>) c -> fill.run());
        fill.run();
        Label principle = new Label(Messages.get("sidebars.series.principle"));
        principle.setWrapText(true);
        principle.getStyleClass().add("principle");
        VBox page = new VBox(12, summary, entries, principle);
        page.setPadding(new Insets(12, 16, 16, 4));
        return page;
    }

    // ---- section contract ----

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        viewModel.newSidebar();
        tabs.getSelectionModel().select(SidebarStep.BEFORE.ordinal());
        checklist.purposeField().requestFocus();
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void reveal(org.tablebook.domain.EntityRef ref, String field) {
        viewModel.reveal(ref);
    }
}
