package org.tablebook.ui.sidebars;

import java.util.List;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.Demand;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.Person;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.Side;
import org.tablebook.domain.SidebarState;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.SectionView;

/**
 * The Sidebars section: the list of sidebars above, the selected one below with its state, its
 * big running clock and its steps as tabs (before, during, outcome, report-back, series). Binds to
 * {@link SidebarsViewModel}; its only timing is the one-second tick that asks the view model to
 * recompute the clock.
 */
public final class SidebarsView implements SectionView {
    private static final PseudoClass MET = PseudoClass.getPseudoClass("met");
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over-limit");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    private final SidebarsViewModel viewModel;
    private final SidebarEditorViewModel editor;
    private final SplitPane root;
    private final TextField search = new TextField();
    private final TextField purpose = new TextField();
    private final TabPane tabs = new TabPane();
    private final Timeline ticker;
    /** Set by the add-topic buttons: the next new topic card takes the keyboard. */
    private boolean focusNewTopic;

    public SidebarsView(SidebarsViewModel viewModel) {
        this.viewModel = viewModel;
        this.editor = viewModel.editor();
        root = new SplitPane(list(), detail());
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.3);
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
    /** Node property: what Ctrl+S saves while the focus is inside that node. */
    private static final String SAVE_ACTION = "sidebars.saveAction";

    /** Ctrl+S saves what holds the focus: a topic's outcome, a decision, the report-back, or the sidebar. */
    private void shortcuts(KeyEvent e) {
        if (e.isAltDown() && !e.isControlDown() && !e.isShiftDown() && e.getCode().isDigitKey()
                && editor.editingProperty().get()) {
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
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (Node n = focused; n != null; n = n.getParent()) {
            Object save = n.getProperties().get(SAVE_ACTION);
            if (save instanceof Runnable action) {
                action.run();
                return;
            }
        }
        if (tabs.getSelectionModel().getSelectedIndex() == SidebarStep.REPORT_BACK.ordinal()) {
            viewModel.reportBack().save();
        } else {
            editor.save();
        }
    }

    // ---- the list ----

    private Node list() {
        search.setId("sidebarsSearch");
        search.setPromptText(Messages.get("sidebars.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button(Messages.get("sidebars.new"), new FontIcon("mdi2f-forum-plus-outline"));
        add.setId("sidebarsNew");
        add.setTooltip(new Tooltip(Messages.get("sidebars.new.help")));
        add.setOnAction(e -> newItem());
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
                column("sidebars.col.ours", SidebarRow::ours, 150, 90),
                column("sidebars.col.theirs", SidebarRow::theirs, 130, 80),
                column("sidebars.col.duration", SidebarRow::duration, 105, 100),
                column("sidebars.col.reported", SidebarRow::reported, 122, 122),
                column("sidebars.col.series", SidebarRow::series, 66, 66)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null && !Objects.equals(viewModel.selectedProperty().get(), is)) {
                viewModel.selectedProperty().set(is);
            }
        });
        viewModel.selectedProperty().addListener((obs, was, is) -> {
            focusNewTopic = false;
            if (is == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != is) {
                table.getSelectionModel().select(is);
            }
        });
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
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
        return c;
    }

    // ---- the selected sidebar ----

    private Node detail() {
        Label heading = new Label();
        heading.setId("sidebarHeading");
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(editor.headingProperty());
        heading.setMinWidth(0);
        Label state = new Label();
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
        start.visibleProperty().bind(editor.editingProperty().and(editor.startedProperty().not()));
        start.managedProperty().bind(start.visibleProperty());
        start.disableProperty().bind(editor.busyProperty());
        start.setOnAction(e -> editor.start());
        Button end = new Button(Messages.get("sidebars.end"), new FontIcon("mdi2s-stop-circle-outline"));
        end.setId("sidebarEnd");
        end.setMnemonicParsing(true);
        end.getStyleClass().addAll("danger", "large-action");
        end.setTooltip(new Tooltip(Messages.get("sidebars.end.help")));
        end.visibleProperty().bind(editor.runningProperty());
        end.managedProperty().bind(end.visibleProperty());
        end.disableProperty().bind(editor.busyProperty());
        end.setOnAction(e -> editor.end());
        Button save = new Button(Messages.get("sidebars.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("sidebarSave");
        save.setTooltip(new Tooltip(Messages.get("sidebars.save.help")));
        save.disableProperty().bind(editor.dirtyProperty().not().or(editor.busyProperty()));
        save.setOnAction(e -> editor.save());
        Button cancel = new Button(Messages.get("sidebars.cancel"));
        cancel.setId("sidebarCancel");
        cancel.setTooltip(new Tooltip(Messages.get("sidebars.cancel.help")));
        cancel.disableProperty().bind(editor.dirtyProperty().not());
        cancel.setOnAction(e -> editor.cancel());
        Button delete = new Button(Messages.get("sidebars.delete"), new FontIcon("mdi2d-delete-outline"));
        delete.setId("sidebarDelete");
        delete.setTooltip(new Tooltip(Messages.get("sidebars.delete.help")));
        delete.visibleProperty().bind(editor.editingProperty().and(editor.creatingProperty().not())
                .and(editor.startedProperty().not()));
        delete.managedProperty().bind(delete.visibleProperty());
        delete.setOnAction(e -> viewModel.deleteSelected());
        HBox actions = Forms.buttonBar(save, cancel, delete);
        handOver(start, () -> tabs);
        handOver(end, () -> tabs.lookup("#topicAddAgenda"));
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

        VBox top = new VBox(10, header, startBox(start), clock(end), missingAtStart());
        tabs.setId("sidebarTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab(1, "tabBefore", "sidebars.tab.before", before()),
                tab(2, "tabDuring", "sidebars.tab.during", during()),
                tab(3, "tabOutcome", "sidebars.tab.outcome", outcome()),
                tab(4, "tabReport", "sidebars.tab.report", report()),
                tab(5, "tabSeries", "sidebars.tab.series", series()));
        viewModel.stepProperty().addListener((obs, was, is) -> tabs.getSelectionModel().select(is.ordinal()));
        tabs.getSelectionModel().select(viewModel.stepProperty().get().ordinal());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox detail = new VBox(10, top, tabs);
        detail.setId("sidebarDetail");
        detail.setPadding(new Insets(12, 14, 10, 14));
        detail.visibleProperty().bind(editor.editingProperty());
        detail.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (tabs.getSelectionModel().getSelectedIndex() == SidebarStep.REPORT_BACK.ordinal()) {
                    viewModel.reportBack().cancel();
                } else {
                    editor.cancel();
                }
                e.consume();
            }
        });

        Label hint = new Label(Messages.get("sidebars.detail.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.visibleProperty().bind(editor.editingProperty().not());
        VBox hintBox = new VBox(hint);
        hintBox.setAlignment(Pos.CENTER);
        hintBox.setPadding(new Insets(30));
        return new StackPane(hintBox, detail);
    }

    private static void styleState(Label badge, SidebarState state) {
        badge.getStyleClass().removeIf(c -> c.startsWith("state-") && !c.equals("state-badge"));
        if (state != null) {
            badge.getStyleClass().add("state-" + state.name().toLowerCase().replace('_', '-'));
        }
    }

    private Tab tab(int number, String id, String key, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        followFocus(scroll);
        Tab t = new Tab(Messages.get(key), scroll);
        t.setId(id);
        t.setTooltip(new Tooltip(Messages.format("sidebars.tab.help", number)));
        return t;
    }

    /**
     * Keeps the focused field in sight: ScrollPane does not scroll to a control reached with Tab,
     * which would leave a keyboard user typing into a field below the fold.
     */
    private static void followFocus(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, old, node) -> reveal(scroll, node));
            }
        });
    }

    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Node n = node;
        while (n != null && n != content) {
            n = n.getParent();
        }
        if (n == null || node == content) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double range = contentHeight - viewHeight;
        if (range <= 0) {
            return;
        }
        double top = range * scroll.getVvalue();
        double margin = 12;
        if (b.getMinY() - margin < top) {
            scroll.setVvalue(Math.max(0, (b.getMinY() - margin) / range));
        } else if (b.getMaxY() + margin > top + viewHeight) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() + margin - viewHeight) / range));
        }
    }

    /** Before the start: the big Start button and how much of the checklist is met. */
    private Node startBox(Button start) {
        Label count = new Label();
        count.setId("sidebarChecklistShort");
        count.setWrapText(true);
        count.textProperty().bind(editor.checklistShortProperty());
        FontIcon done = new FontIcon("mdi2c-check-circle-outline");
        FontIcon open = new FontIcon("mdi2a-alert-circle-outline");
        count.graphicProperty().bind(Bindings.when(editor.checklistCompleteProperty()).then((Node) done).otherwise(open));
        count.getStyleClass().add("condition");
        editor.checklistCompleteProperty().addListener((obs, was, is) -> count.pseudoClassStateChanged(MET, is));
        count.pseudoClassStateChanged(MET, editor.checklistCompleteProperty().get());
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
        time.textProperty().bind(editor.elapsedProperty());
        time.setGraphic(new FontIcon("mdi2t-timer-outline"));
        editor.overLimitProperty().addListener((obs, was, is) -> time.pseudoClassStateChanged(OVER, is));
        // Once ended, the clock shows the length, quieter than a running clock.
        editor.endedProperty().addListener((obs, was, is) -> time.pseudoClassStateChanged(ENDED, is));
        Label limit = new Label();
        limit.setId("sidebarLimit");
        limit.getStyleClass().add("sidebar-limit");
        limit.textProperty().bind(editor.limitTextProperty());
        editor.overLimitProperty().addListener((obs, was, is) -> limit.pseudoClassStateChanged(OVER, is));
        Label times = new Label();
        times.setId("sidebarTimes");
        times.getStyleClass().add("text-muted");
        times.textProperty().bind(editor.timesTextProperty());
        VBox side = new VBox(2, limit, times);
        side.setAlignment(Pos.CENTER_LEFT);
        side.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        end.setMinWidth(Region.USE_PREF_SIZE);
        time.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(18, time, side, gap, end);
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

    private Node before() {
        Label summary = new Label();
        summary.setId("sidebarChecklistSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("checklist-summary");
        summary.textProperty().bind(editor.checklistSummaryProperty());
        FontIcon done = new FontIcon("mdi2c-check-circle-outline");
        FontIcon open = new FontIcon("mdi2c-clipboard-text-outline");
        summary.graphicProperty().bind(Bindings.when(editor.checklistCompleteProperty()).then((Node) done).otherwise(open));
        editor.checklistCompleteProperty().addListener((obs, was, is) -> summary.pseudoClassStateChanged(MET, is));
        summary.pseudoClassStateChanged(MET, editor.checklistCompleteProperty().get());

        purpose.setId("sidebarPurpose");
        purpose.setPromptText(Messages.get("sidebars.purpose.prompt"));
        purpose.textProperty().bindBidirectional(editor.purposeProperty());
        ComboBox<Side> requestedBy = Forms.choice("sidebarRequestedBy", Side.values());
        requestedBy.valueProperty().bindBidirectional(editor.requestedByProperty());
        TextField suggested = timeField("sidebarSuggestedAt", editor.suggestedAtProperty());
        GridPane suggestedGrid = Forms.grid();
        int r = 0;
        r = Forms.row(suggestedGrid, r, Messages.get("sidebars.label.purpose"), purpose,
                Messages.get("sidebars.purpose.help"), editor.errors().messageFor("purpose"));
        r = Forms.row(suggestedGrid, r, Messages.get("sidebars.label.requestedBy"), requestedBy,
                Messages.get("sidebars.requestedBy.help"), editor.errors().messageFor("requestedBy"));
        Forms.row(suggestedGrid, r, Messages.get("sidebars.label.suggestedAt"), suggested,
                Messages.get("sidebars.time.help"), editor.errors().messageFor("suggestedAt"));

        GridPane toldGrid = Forms.grid();
        r = timeRow(toldGrid, 0, "sidebars.label.teamInformedAt", timeField("sidebarInformedAt",
                editor.teamInformedAtProperty()), nowButton("sidebarInformedNow", editor::informedNow), "teamInformedAt");
        condition(toldGrid, r, SidebarCondition.TEAM_INFORMED);

        GridPane decisionGrid = Forms.grid();
        r = timeRow(decisionGrid, 0, "sidebars.label.teamAuthorizedAt", timeField("sidebarAuthorizedAt",
                editor.teamAuthorizedAtProperty()), nowButton("sidebarAuthorizedNow", editor::authorizedNow),
                "teamAuthorizedAt");
        r = condition(decisionGrid, r, SidebarCondition.TEAM_AUTHORIZED);
        ComboBox<RepsChosenBy> chosenBy = Forms.choice("sidebarRepsChosenBy", RepsChosenBy.values());
        chosenBy.setPromptText(Messages.get("sidebars.repsChosenBy.prompt"));
        chosenBy.valueProperty().bindBidirectional(editor.repsChosenByProperty());
        r = Forms.row(decisionGrid, r, Messages.get("sidebars.label.repsChosenBy"), chosenBy,
                Messages.get("sidebars.repsChosenBy.help"), editor.errors().messageFor("repsChosenBy"));
        condition(decisionGrid, r, SidebarCondition.REPS_CHOSEN_BY_TEAM);

        GridPane whoGrid = Forms.grid();
        r = nodeRow(whoGrid, 0, "sidebars.label.ourReps", picks("sidebarOurPeople", editor.ourPeople(),
                Messages.get("sidebars.ourReps.empty")), Messages.get("sidebars.ourReps.help"));
        r = condition(whoGrid, r, SidebarCondition.TWO_OF_OURS);
        nodeRow(whoGrid, r, "sidebars.label.theirReps", picks("sidebarTheirPeople", editor.theirPeople(),
                Messages.get("sidebars.theirReps.empty")), Messages.get("sidebars.theirReps.help"));

        GridPane instructionsGrid = Forms.grid();
        TextArea say = area("sidebarSay", editor.instructionsSayProperty(), "sidebars.say.prompt", 3);
        TextArea doNotSay = area("sidebarDoNotSay", editor.instructionsDoNotSayProperty(), "sidebars.doNotSay.prompt", 3);
        r = Forms.row(instructionsGrid, 0, Messages.get("sidebars.label.say"), say, Messages.get("sidebars.say.help"),
                editor.errors().messageFor("instructionsSay"));
        r = Forms.row(instructionsGrid, r, Messages.get("sidebars.label.doNotSay"), doNotSay,
                Messages.get("sidebars.doNotSay.help"), editor.errors().messageFor("instructionsDoNotSay"));
        condition(instructionsGrid, r, SidebarCondition.INSTRUCTED);

        GridPane rulesGrid = Forms.grid();
        r = groundRule(rulesGrid, 0, "sidebarNoNotes", "sidebars.label.noNotes", editor.noNotesRuleProperty(),
                SidebarCondition.NO_NOTES_SETTLED);
        r = groundRule(rulesGrid, r, "sidebarNotRepeated", "sidebars.label.notRepeated", editor.notRepeatedRuleProperty(),
                SidebarCondition.NOT_REPEATED_SETTLED);
        r = groundRule(rulesGrid, r, "sidebarNotUsed", "sidebars.label.notUsed", editor.notUsedInLitigationRuleProperty(),
                SidebarCondition.NOT_USED_SETTLED);
        Label advice = new Label();
        advice.setId("sidebarGroundRulesAdvice");
        advice.setWrapText(true);
        advice.getStyleClass().add("advice");
        advice.textProperty().bind(editor.groundRulesAdviceProperty());
        advice.visibleProperty().bind(editor.groundRulesAdviceProperty().isNotEmpty());
        advice.managedProperty().bind(advice.visibleProperty());
        rulesGrid.add(advice, 1, r);

        GridPane agendaGrid = Forms.grid();
        nodeRow(agendaGrid, 0, "sidebars.label.agenda", picks("sidebarAgenda", editor.agenda(),
                Messages.get("sidebars.agenda.empty")), Messages.get("sidebars.agenda.help"));

        GridPane whenGrid = Forms.grid();
        TextField location = new TextField();
        location.setId("sidebarLocation");
        location.setPromptText(Messages.get("sidebars.location.prompt"));
        location.textProperty().bindBidirectional(editor.locationProperty());
        r = Forms.row(whenGrid, 0, Messages.get("sidebars.label.scheduledAt"),
                timeField("sidebarScheduledAt", editor.scheduledAtProperty()), Messages.get("sidebars.scheduledAt.help"),
                editor.errors().messageFor("scheduledAt"));
        Forms.row(whenGrid, r, Messages.get("sidebars.label.location"), location, Messages.get("sidebars.location.help"),
                editor.errors().messageFor("location"));

        VBox page = new VBox(8, summary,
                step("sidebars.step.suggested", suggestedGrid),
                step("sidebars.step.told", toldGrid),
                step("sidebars.step.decision", decisionGrid),
                step("sidebars.step.who", whoGrid),
                step("sidebars.step.instructions", instructionsGrid),
                step("sidebars.step.groundRules", rulesGrid),
                step("sidebars.step.agenda", agendaGrid),
                step("sidebars.step.when", whenGrid));
        page.setPadding(new Insets(12, 16, 16, 4));
        return page;
    }

    private static Node step(String key, Node content) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("step-title");
        VBox box = new VBox(4, title, content);
        box.getStyleClass().add("step");
        return box;
    }

    private int groundRule(GridPane grid, int row, String id, String labelKey,
            javafx.beans.property.ObjectProperty<GroundRuleStatus> property, SidebarCondition condition) {
        ComboBox<GroundRuleStatus> box = Forms.choice(id, GroundRuleStatus.values());
        box.valueProperty().bindBidirectional(property);
        int next = Forms.row(grid, row, Messages.get(labelKey), box, Messages.get("sidebars.groundRule.help"),
                editor.errors().messageFor(condition.field()));
        return condition(grid, next, condition);
    }

    /** The condition under its field: a check when met, a warning in the texts' words when not. */
    private int condition(GridPane grid, int row, SidebarCondition condition) {
        Label label = new Label();
        label.setId("condition-" + condition.name());
        label.setWrapText(true);
        label.getStyleClass().add("condition");
        label.textProperty().bind(editor.conditionTextProperty(condition));
        FontIcon met = new FontIcon("mdi2c-check-circle-outline");
        FontIcon unmet = new FontIcon("mdi2a-alert-circle-outline");
        label.graphicProperty().bind(Bindings.when(editor.metProperty(condition)).then((Node) met).otherwise(unmet));
        editor.metProperty(condition).addListener((obs, was, is) -> label.pseudoClassStateChanged(MET, is));
        label.pseudoClassStateChanged(MET, editor.metProperty(condition).get());
        grid.add(label, 1, row);
        return row + 1;
    }

    private static TextField timeField(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Messages.get("sidebars.time.prompt"));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Button nowButton(String id, Runnable action) {
        Button now = new Button(Messages.get("sidebars.now"), new FontIcon("mdi2c-clock-outline"));
        now.setId(id);
        now.setTooltip(new Tooltip(Messages.get("sidebars.now.help")));
        now.setMinWidth(Region.USE_PREF_SIZE);
        now.setOnAction(e -> action.run());
        return now;
    }

    /** A time field with its "Now" button beside it, and the field's message below. */
    private int timeRow(GridPane grid, int row, String labelKey, TextField field, Button now, String errorField) {
        Label name = formLabel(Messages.get(labelKey), field);
        field.setTooltip(new Tooltip(Messages.get("sidebars.time.help")));
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(8, field, now);
        box.setAlignment(Pos.CENTER_LEFT);
        grid.add(name, 0, row);
        grid.add(box, 1, row);
        ObservableValue<String> message = editor.errors().messageFor(errorField);
        Forms.decorate(field, message);
        grid.add(errorLabel(field.getId(), message), 1, row + 1);
        return row + 2;
    }

    private static int nodeRow(GridPane grid, int row, String labelKey, Node content, String help) {
        Label name = formLabel(Messages.get(labelKey), null);
        Tooltip.install(name, new Tooltip(help));
        grid.add(name, 0, row);
        grid.add(content, 1, row);
        return row + 1;
    }

    private static Label formLabel(String text, Node field) {
        Label name = new Label(text);
        name.setLabelFor(field);
        name.setMnemonicParsing(false);
        name.getStyleClass().add("form-label");
        GridPane.setValignment(name, VPos.TOP);
        GridPane.setMargin(name, new Insets(5, 0, 0, 0));
        return name;
    }

    private static Label errorLabel(String id, ObservableValue<String> message) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.map(m -> m != null && !m.isBlank()).orElse(false));
        error.managedProperty().bind(error.visibleProperty());
        error.setId(id + "Error");
        return error;
    }

    /** Check boxes for a pick list, rebuilt when the list changes. */
    private static Node picks(String id, ObservableList<Pick> picks, String emptyText) {
        FlowPane pane = new FlowPane(14, 6);
        pane.setId(id);
        pane.setPadding(new Insets(5, 0, 2, 0));
        Runnable fill = () -> {
            if (picks.isEmpty()) {
                Label empty = new Label(emptyText);
                empty.setWrapText(true);
                empty.getStyleClass().add("text-muted");
                pane.getChildren().setAll(empty);
                return;
            }
            pane.getChildren().setAll(picks.stream().map(p -> {
                CheckBox box = new CheckBox(p.label());
                box.setMnemonicParsing(false);
                box.selectedProperty().bindBidirectional(p.chosenProperty());
                if (!p.detail().isBlank()) {
                    box.setTooltip(new Tooltip(p.detail()));
                }
                return (Node) box;
            }).toList());
        };
        picks.addListener((ListChangeListener<Pick>) c -> fill.run());
        fill.run();
        return pane;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty property, String promptKey, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setPromptText(Messages.get(promptKey));
        area.textProperty().bindBidirectional(property);
        // Tab moves on, as in every other field: TextArea moves focus on Ctrl+Tab, so a plain Tab
        // is passed on as one. Ctrl+Tab itself still does what TextArea does.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                        false));
            }
        });
        return area;
    }

    // ---- during ----

    private Node during() {
        GridPane grid = Forms.grid();
        int r = Forms.row(grid, 0, Messages.get("sidebars.label.startedAt"),
                timeField("sidebarStartedAt", editor.startedAtProperty()), Messages.get("sidebars.startedAt.help"),
                editor.errors().messageFor("startedAt"));
        Forms.row(grid, r, Messages.get("sidebars.label.endedAt"), timeField("sidebarEndedAt", editor.endedAtProperty()),
                Messages.get("sidebars.endedAt.help"), editor.errors().messageFor("endedAt"));
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

    private Node outcome() {
        Label intro = new Label(Messages.get("sidebars.outcome.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        ComboBox<Demand> demand = new ComboBox<>(viewModel.topicChoices());
        demand.setId("topicDemand");
        demand.setPromptText(Messages.get("sidebars.topic.demand.prompt"));
        demand.setTooltip(new Tooltip(Messages.get("sidebars.topic.demand.help")));
        demand.setConverter(new StringConverter<>() {
            @Override
            public String toString(Demand d) {
                return d == null ? "" : d.code() + " " + d.title();
            }

            @Override
            public Demand fromString(String s) {
                return null;
            }
        });
        demand.valueProperty().bindBidirectional(viewModel.topicToAddProperty());
        demand.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(demand, Priority.ALWAYS);
        Button add = new Button(Messages.get("sidebars.topic.add"), new FontIcon("mdi2p-plus"));
        add.setId("topicAdd");
        add.disableProperty().bind(viewModel.topicToAddProperty().isNull().or(viewModel.canAddTopicsProperty().not()));
        add.setOnAction(e -> {
            focusNewTopic = true;
            viewModel.addTopic();
        });
        Button agenda = new Button(Messages.get("sidebars.topic.addAgenda"));
        agenda.setMnemonicParsing(true);
        agenda.setId("topicAddAgenda");
        agenda.setTooltip(new Tooltip(Messages.get("sidebars.topic.addAgenda.help")));
        agenda.disableProperty().bind(viewModel.canAddTopicsProperty().not());
        agenda.setOnAction(e -> {
            focusNewTopic = true;
            viewModel.addAgendaTopics();
        });
        demand.disableProperty().bind(viewModel.canAddTopicsProperty().not());
        HBox adder = Forms.buttonBar(add, agenda);
        adder.getChildren().add(0, demand);
        Label hint = new Label();
        hint.setId("topicsHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.textProperty().bind(viewModel.topicsHintProperty());
        hint.visibleProperty().bind(viewModel.topicsHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        VBox cards = new VBox(10);
        cards.setId("outcomeTopics");
        java.util.Set<TopicViewModel> shown = new java.util.HashSet<>();
        Runnable fill = () -> {
            int i = 0;
            cards.getChildren().clear();
            Node firstNew = null;
            for (TopicViewModel t : viewModel.topics()) {
                Node card = outcomeCard(t, i++);
                cards.getChildren().add(card);
                if (firstNew == null && focusNewTopic && !shown.contains(t)) {
                    firstNew = card.lookup(".text-area");
                }
            }
            shown.clear();
            shown.addAll(viewModel.topics());
            // A topic just added with the buttons above gets the keyboard, ready for our position.
            if (firstNew != null) {
                focusNewTopic = false;
                Node target = firstNew;
                javafx.application.Platform.runLater(target::requestFocus);
            }
        };
        viewModel.topics().addListener((ListChangeListener<TopicViewModel>) c -> fill.run());
        fill.run();

        Label notesTitle = new Label(Messages.get("sidebars.notes.title"));
        notesTitle.getStyleClass().add("step-title");
        Label warning = new Label(Messages.get("sidebars.notes.warning"), new FontIcon("mdi2n-note-alert-outline"));
        warning.setId("sidebarNotesWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add("notes-warning");
        warning.visibleProperty().bind(editor.notesAgainstGroundRulesProperty());
        warning.managedProperty().bind(warning.visibleProperty());
        TextArea notes = area("sidebarNotes", editor.confidentialNotesProperty(), "sidebars.notes.prompt", 4);
        notes.setTooltip(new Tooltip(Messages.get("sidebars.notes.help")));
        Button saveNotes = new Button(Messages.get("sidebars.notes.save"), new FontIcon("mdi2c-content-save-outline"));
        saveNotes.setId("sidebarSaveNotes");
        saveNotes.disableProperty().bind(editor.dirtyProperty().not().or(editor.busyProperty()));
        saveNotes.setOnAction(e -> editor.save());
        handOver(saveNotes, () -> notes);

        VBox page = new VBox(10, intro, adder, hint, cards, new Separator(), notesTitle, warning, notes,
                Forms.buttonBar(saveNotes));
        page.setPadding(new Insets(12, 16, 16, 4));
        return page;
    }

    private Node outcomeCard(TopicViewModel t, int index) {
        Label title = new Label();
        title.getStyleClass().add("topic-title");
        title.textProperty().bind(t.demandLabelProperty());
        GridPane grid = Forms.grid();
        TextArea ours = area("topic-" + index + "-ours", t.ourPositionProperty(), "sidebars.topic.ours.prompt", 2);
        TextArea theirs = area("topic-" + index + "-theirs", t.theirPositionProperty(), "sidebars.topic.theirs.prompt", 2);
        TextArea conclusion = area("topic-" + index + "-conclusion", t.tentativeConclusionProperty(),
                "sidebars.topic.conclusion.prompt", 2);
        int r = Forms.row(grid, 0, Messages.get("sidebars.label.ourPosition"), ours,
                Messages.get("sidebars.topic.ours.help"), t.errors().messageFor("ourPosition"));
        r = Forms.row(grid, r, Messages.get("sidebars.label.theirPosition"), theirs,
                Messages.get("sidebars.topic.theirs.help"), t.errors().messageFor("theirPosition"));
        Forms.row(grid, r, Messages.get("sidebars.label.conclusion"), conclusion,
                Messages.get("sidebars.topic.conclusion.help"), t.errors().messageFor("tentativeConclusion"));
        Button save = new Button(Messages.get("sidebars.topic.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("topic-" + index + "-save");
        save.disableProperty().bind(t.outcomeDirtyProperty().not().or(t.busyProperty()));
        save.setOnAction(e -> t.saveOutcome());
        Button cancel = new Button(Messages.get("sidebars.cancel"));
        cancel.disableProperty().bind(t.outcomeDirtyProperty().not());
        cancel.setOnAction(e -> t.cancel());
        Button remove = new Button(Messages.get("sidebars.topic.remove"));
        remove.setId("topic-" + index + "-remove");
        remove.setOnAction(e -> t.delete());
        handOver(save, () -> conclusion);
        handOver(cancel, () -> ours);
        VBox card = new VBox(6, title, grid, Forms.buttonBar(save, cancel, null, remove));
        card.getStyleClass().add("topic-card");
        card.setId("topic-" + index);
        card.getProperties().put(SAVE_ACTION, (Runnable) t::saveOutcome);
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && t.outcomeDirtyProperty().get()) {
                t.cancel();
                e.consume();
            }
        });
        return card;
    }

    // ---- report-back ----

    private Node report() {
        ReportBackViewModel report = viewModel.reportBack();
        Label status = new Label();
        status.setId("reportStatus");
        status.setWrapText(true);
        status.getStyleClass().add("report-status");
        status.textProperty().bind(report.statusProperty());

        GridPane grid = Forms.grid();
        TextField at = timeField("reportAt", report.reportedAtProperty());
        Label atLabel = formLabel(Messages.get("sidebars.label.reportedAt"), at);
        at.setTooltip(new Tooltip(Messages.get("sidebars.time.help")));
        HBox.setHgrow(at, Priority.ALWAYS);
        at.setMaxWidth(Double.MAX_VALUE);
        HBox atBox = new HBox(8, at, nowButton("reportNow", report::reportedNow));
        grid.add(atLabel, 0, 0);
        grid.add(atBox, 1, 0);
        Forms.decorate(at, report.errors().messageFor("reportedAt"));
        grid.add(errorLabel("reportAt", report.errors().messageFor("reportedAt")), 1, 1);
        ComboBox<Person> by = new ComboBox<>(report.reporters());
        by.setId("reportBy");
        by.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? "" : p.name();
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        });
        by.valueProperty().bindBidirectional(report.reportedByProperty());
        int r = Forms.row(grid, 2, Messages.get("sidebars.label.reportedBy"), by, Messages.get("sidebars.reportedBy.help"),
                report.errors().messageFor("reportedById"));
        CheckBox full = new CheckBox(Messages.get("sidebars.fullTeam"));
        full.setId("reportFullTeam");
        full.selectedProperty().bindBidirectional(report.fullTeamPresentProperty());
        r = Forms.row(grid, r, Messages.get("sidebars.label.fullTeam"), full, Messages.get("sidebars.fullTeam.help"), null);
        TextArea summary = area("reportSummary", report.summaryProperty(), "sidebars.summary.prompt", 4);
        Forms.row(grid, r, Messages.get("sidebars.label.summary"), summary, Messages.get("sidebars.summary.help"),
                report.errors().messageFor("summary"));
        Button save = new Button();
        save.setId("reportSave");
        save.setGraphic(new FontIcon("mdi2c-content-save-outline"));
        save.setMnemonicParsing(true);
        save.textProperty().bind(Bindings.when(report.existsProperty()).then(Messages.get("sidebars.report.save"))
                .otherwise(Messages.get("sidebars.report.record")));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(report.dirtyProperty().not().or(report.busyProperty())
                .or(report.availableProperty().not()));
        save.setOnAction(e -> report.save());
        Button cancel = new Button(Messages.get("sidebars.cancel"));
        cancel.setId("reportCancel");
        cancel.disableProperty().bind(report.existsProperty().not().or(report.dirtyProperty().not()));
        cancel.setOnAction(e -> report.cancel());
        handOver(cancel, () -> summary);
        VBox form = new VBox(8, grid, Forms.buttonBar(save, cancel));
        form.disableProperty().bind(report.availableProperty().not());

        Label decisionsTitle = new Label(Messages.get("sidebars.decisions.title"));
        decisionsTitle.getStyleClass().add("step-title");
        Label principle = new Label(Messages.get("sidebars.decisions.principle"));
        principle.setWrapText(true);
        principle.getStyleClass().add("principle");
        VBox cards = new VBox(10);
        cards.setId("decisionTopics");
        Runnable fill = () -> {
            int i = 0;
            cards.getChildren().clear();
            for (TopicViewModel t : viewModel.topics()) {
                cards.getChildren().add(decisionCard(t, i++));
            }
            if (cards.getChildren().isEmpty()) {
                Label none = new Label(Messages.get("sidebars.decisions.none"));
                none.getStyleClass().add("text-muted");
                none.setWrapText(true);
                cards.getChildren().add(none);
            }
        };
        viewModel.topics().addListener((ListChangeListener<TopicViewModel>) c -> fill.run());
        fill.run();

        // Once the report-back is recorded, the committee's first decision takes the keyboard.
        java.util.function.Supplier<Node> afterReport = () -> {
            Node first = cards.lookup(".combo-box");
            return report.existsProperty().get() && first != null ? first : summary;
        };
        handOver(save, afterReport);
        report.existsProperty().addListener((obs, was, is) -> {
            Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (is && focused != null && isInside(focused, form)) {
                javafx.application.Platform.runLater(() -> afterReport.get().requestFocus());
            }
        });

        VBox page = new VBox(10, status, form, new Separator(), decisionsTitle, principle, cards);
        page.setPadding(new Insets(12, 16, 16, 4));
        return page;
    }

    /**
     * When a focused button hides or disables itself (Save once saved, Start once started), JavaFX
     * moves the focus to the first control of the window, the navigation, where arrow keys switch
     * sections. Hands the focus to {@code next} instead, so the keyboard stays where the work is.
     */
    private static void handOver(Node from, java.util.function.Supplier<Node> next) {
        javafx.beans.value.ChangeListener<Boolean> moved = (obs, was, is) -> {
            boolean gone = !from.isVisible() || from.isDisabled();
            if (gone && from.isFocused()) {
                javafx.application.Platform.runLater(() -> {
                    Node target = next.get();
                    if (target != null) {
                        target.requestFocus();
                    }
                });
            }
        };
        from.visibleProperty().addListener(moved);
        from.disabledProperty().addListener(moved);
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private Node decisionCard(TopicViewModel t, int index) {
        Label title = new Label();
        title.getStyleClass().add("topic-title");
        title.textProperty().bind(t.demandLabelProperty());
        Label conclusion = new Label();
        conclusion.setWrapText(true);
        conclusion.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("sidebars.decision.conclusion",
                blankAsDash(t.tentativeConclusionProperty().get())), t.tentativeConclusionProperty()));
        Label positions = new Label();
        positions.setWrapText(true);
        positions.getStyleClass().add("text-muted");
        positions.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("sidebars.decision.positions",
                blankAsDash(t.ourPositionProperty().get()), blankAsDash(t.theirPositionProperty().get())),
                t.ourPositionProperty(), t.theirPositionProperty()));

        ComboBox<CommitteeDecision> decision = Forms.choice("topic-" + index + "-decision", CommitteeDecision.values());
        decision.setPromptText(Messages.get("sidebars.decision.prompt"));
        decision.setTooltip(new Tooltip(Messages.get("sidebars.decision.help")));
        decision.valueProperty().bindBidirectional(t.decisionProperty());
        decision.setMinWidth(Region.USE_PREF_SIZE);
        TextField note = new TextField();
        note.setId("topic-" + index + "-note");
        note.setPromptText(Messages.get("sidebars.decision.note.prompt"));
        note.setTooltip(new Tooltip(Messages.get("sidebars.decision.note.help")));
        note.textProperty().bindBidirectional(t.decisionNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button save = new Button(Messages.get("sidebars.decision.save"));
        save.setId("topic-" + index + "-saveDecision");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(t.decisionDirtyProperty().not().or(t.busyProperty()));
        save.setOnAction(e -> t.saveDecision());
        HBox decide = new HBox(8, decision, note, save);
        decide.setAlignment(Pos.CENTER_LEFT);
        decide.disableProperty().bind(t.canDecideProperty().not());
        note.setOnAction(e -> t.saveDecision());

        Label decided = new Label();
        decided.setId("topic-" + index + "-decided");
        decided.getStyleClass().add("text-muted");
        decided.textProperty().bind(t.decisionTextProperty());
        Button agree = new Button(Messages.get("sidebars.decision.makeAgreement"), new FontIcon("mdi2h-handshake-outline"));
        agree.setId("topic-" + index + "-makeAgreement");
        agree.getStyleClass().add("success");
        agree.setTooltip(new Tooltip(Messages.get("sidebars.decision.makeAgreement.help")));
        agree.visibleProperty().bind(t.canMakeAgreementProperty());
        agree.managedProperty().bind(agree.visibleProperty());
        agree.disableProperty().bind(t.busyProperty());
        agree.setOnAction(e -> t.makeAgreement());
        Label agreement = new Label();
        agreement.setId("topic-" + index + "-agreement");
        agreement.setWrapText(true);
        agreement.getStyleClass().add("agreement-made");
        agreement.setGraphic(new FontIcon("mdi2h-handshake-outline"));
        agreement.textProperty().bind(t.agreementTextProperty());
        agreement.visibleProperty().bind(t.agreementTextProperty().isNotEmpty());
        agreement.managedProperty().bind(agreement.visibleProperty());
        HBox after = new HBox(12, decided, agree);
        after.setAlignment(Pos.CENTER_LEFT);

        handOver(save, () -> decision);
        handOver(agree, () -> decision);
        VBox card = new VBox(6, title, conclusion, positions, decide, after, agreement);
        card.getStyleClass().add("topic-card");
        card.setId("decision-" + index);
        card.getProperties().put(SAVE_ACTION, (Runnable) t::saveDecision);
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && t.decisionDirtyProperty().get()) {
                t.cancel();
                e.consume();
            }
        });
        return card;
    }

    private static String blankAsDash(String s) {
        return s == null || s.isBlank() ? "\u2014" : s.strip();
    }

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
        purpose.requestFocus();
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** For tests: the one-second tick that drives the clock. */
    Timeline ticker() {
        return ticker;
    }
}
