package org.tablebook.ui.demands;

import org.tablebook.domain.DemandCodes;
import org.tablebook.ui.common.Pills;
import org.tablebook.ui.common.Formats;
import org.tablebook.ui.common.PassEntry;
import org.tablebook.ui.common.PassFormView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.Side;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.RowColumns;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.Tables;
import org.tablebook.ui.common.SectionView;
import org.tablebook.ui.common.TabContents;

/**
 * The Demands section: the filterable table of both sides' demands on the left; on the right the
 * selected demand with its proposal history (each side's current position, every pass as a
 * timeline, "Log a pass") and its details.
 */
public final class DemandsView implements SectionView {
    private final DemandsViewModel viewModel;
    private final DemandEditorViewModel editor;
    private final SplitPane root;
    private final TextField search = new TextField();
    private final TableView<DemandRow> table = new TableView<>();
    private final TextField code = new TextField();
    private final TabPane tabs = new TabPane();
    private final Tab historyTab = new Tab(Messages.get("demands.tab.history"));
    private final Tab detailsTab = new Tab(Messages.get("demands.tab.details"));
    private final Tab languageTab = new Tab(Messages.get("demands.tab.language"));
    private final ListView<PassEntry> timeline = new ListView<>();
    /** Below this width the demand editor's header keeps its actions to their icons where it can. */
    private static final double NARROW_EDITOR = 480;
    private final Button logPass = new Button(Messages.get("demands.logPass"), new FontIcon("mdi2s-swap-horizontal"));
    private final PassFormView passForm;

    public DemandsView(DemandsViewModel viewModel) {
        this.viewModel = viewModel;
        this.editor = viewModel.editor();
        this.passForm = new PassFormView(viewModel.passForm());
        root = new SplitPane(list(), editor());
        root.setDividerPositions(0.56);
        root.getStyleClass().add("section-split");
        root.getStylesheets().add(PassFormView.STYLESHEET);
        root.getStylesheets().add(Objects.requireNonNull(DemandsView.class.getResource("demands.css"))
                .toExternalForm());
    }

    // ---- the table ----

    private Node list() {
        EditorPane.search(search, "demandSearch", Messages.get("demands.search.prompt"),
                Messages.get("demands.search.help"), viewModel.searchProperty());
        Button add = EditorPane.add("demandAdd", Messages.get("demands.add"), "mdi2p-plus",
                Messages.get("demands.add.help"), this::newItem);
        HBox toolbar = new HBox(10, search, add);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Side> side = filter("demandFilterSide", Messages.get("demands.filter.side.all"), Side.values(),
                viewModel.sideFilterProperty(), Messages.get("demands.filter.side.help"));
        ComboBox<DemandStatus> status = filter("demandFilterStatus", Messages.get("demands.filter.status.all"),
                DemandStatus.values(), viewModel.statusFilterProperty(), Messages.get("demands.filter.status.help"));
        ComboBox<DemandPriority> priority = filter("demandFilterPriority",
                Messages.get("demands.filter.priority.all"), DemandPriority.values(), viewModel.priorityFilterProperty(),
                Messages.get("demands.filter.priority.help"));
        ComboBox<DemandCategory> category = filter("demandFilterCategory",
                Messages.get("demands.filter.category.all"), DemandCategory.values(),
                viewModel.categoryFilterProperty(), Messages.get("demands.filter.category.help"));
        Hyperlink clear = new Hyperlink(Messages.get("demands.filter.clear"));
        clear.setId("demandFilterClear");
        clear.setOnAction(e -> viewModel.clearFilters());
        Label count = new Label();
        count.setId("demandCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(viewModel.countProperty());
        FlowPane filters = new FlowPane(8, 6, side, status, priority, category, clear, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        table.setId("demandsTable");
        table.setItems(viewModel.rows());
        viewModel.rows().comparatorProperty().bind(table.comparatorProperty());
        table.setPlaceholder(wrapping(Messages.get("demands.table.empty")));
        // Columns keep readable widths and the table scrolls sideways when the window is narrow; the
        // menu at the right of the header hides the columns a person does not need.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        TableColumn<DemandRow, String> codeCol = column("demands.col.code", r -> r.demand().code(), s -> s, 74);
        codeCol.setComparator(DemandCodes.ORDER);
        TableColumn<DemandRow, String> articleCol = column("demands.col.article", r -> r.demand().article(), s -> s, 70);
        TableColumn<DemandRow, DemandRow> titleCol = new TableColumn<>(Messages.get("demands.col.title"));
        titleCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        titleCol.setComparator(Comparator.comparing(r -> r.demand().title(), String.CASE_INSENSITIVE_ORDER));
        titleCol.setCellFactory(c -> new TitleCell(c));
        titleCol.setPrefWidth(180);
        TableColumn<DemandRow, Side> sideCol = column("demands.col.side", r -> r.demand().proposedBy(),
                s -> s == Side.OURS ? Messages.get("demands.side.ours") : Messages.get("demands.side.theirs"), 64);
        TableColumn<DemandRow, DemandStatus> statusCol = column("demands.col.status", r -> r.demand().status(),
                Labels::of, 118);
        statusCol.setCellFactory(c -> new StatusCell());
        TableColumn<DemandRow, DemandPriority> priorityCol = column("demands.col.priority",
                r -> r.demand().priority(), Labels::of, 76);
        TableColumn<DemandRow, DemandCategory> categoryCol = column("demands.col.category",
                r -> r.demand().category(), Labels::of, 100);
        TableColumn<DemandRow, LocalDate> lastCol = column("demands.col.lastPass", DemandRow::lastPassOn,
                Formats::date, 92);
        lastCol.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        TableColumn<DemandRow, Integer> passesCol = column("demands.col.passes", DemandRow::passes,
                n -> Integer.toString(n), 58);
        passesCol.getStyleClass().add("number-column");
        table.getColumns().addAll(List.of(codeCol, titleCol, statusCol, sideCol, lastCol, passesCol, priorityCol,
                categoryCol, articleCol));
        Tables.fitHeaders(table);
        Tables.fitTexts(statusCol, java.util.Arrays.stream(DemandStatus.values()).map(Labels::of), 22);
        Tables.fitTexts(priorityCol, java.util.Arrays.stream(DemandPriority.values()).map(Labels::of), 0);
        Tables.fitTexts(categoryCol, java.util.Arrays.stream(DemandCategory.values()).map(Labels::of), 0);
        Tables.fitTexts(lastCol, Tables.dates(Formats::date), 0);
        Tables.wrap(articleCol);

        table.getSortOrder().add(codeCol);

        table.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                viewModel.selectedProperty().set(is.demand());
            }
        });
        viewModel.selectedProperty().addListener((obs, was, is) -> showSelected(is, true));
        viewModel.rows().addListener((ListChangeListener<DemandRow>) c ->
                showSelected(viewModel.selectedProperty().get(), false));
        Forms.opensRows(table, this::open);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, toolbar, filters, table);
        box.setPadding(new Insets(14));
        box.setMinWidth(260);
        return box;
    }

    /** Keeps the table's selection on the view model's demand; scrolls only when the choice was not made in the table. */
    private void showSelected(Demand d, boolean scroll) {
        Forms.selectRow(table, d == null ? null : d.id(), DemandRow::id, scroll);
    }

    /** A placeholder that wraps instead of ending in "…". */
    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPadding(new Insets(20));
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static <T> TableColumn<DemandRow, T> column(String key, Function<DemandRow, T> value,
            Function<T, String> text, double width) {
        return RowColumns.value(Messages.get(key), value, text, width);
    }

    private static <E extends Enum<E>> ComboBox<E> filter(String id, String all, E[] values,
            ObjectProperty<E> property, String help) {
        ComboBox<E> box = orNone(id, all, values, property);
        box.setTooltip(new Tooltip(help));
        return box;
    }

    /** A drop-down of an enum's values after a first choice of none, which reads {@code none}. */
    private static <E extends Enum<E>> ComboBox<E> orNone(String id, String none, E[] values,
            ObjectProperty<E> property) {
        ObservableList<E> items = FXCollections.observableArrayList();
        items.add(null);
        items.addAll(values);
        ComboBox<E> box = new ComboBox<>(items);
        box.setId(id);
        Callback<ListView<E>, ListCell<E>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && list != null ? null : item == null ? none : Labels.of(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.setPromptText(none);
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    // ---- the editor ----

    private Node editor() {
        Label heading = new Label();
        heading.setId("demandHeading");
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(editor.editor().titleProperty());
        // A badge keeps its words whole: the heading beside it wraps instead.
        Label status = Pills.of(null);
        status.setId("demandStatusBadge");
        status.getStyleClass().add("status-badge");
        editor.editor().storedProperty().addListener((obs, was, is) -> styleStatus(status, is == null ? null : is.status()));
        status.visibleProperty().bind(editor.editor().storedProperty().isNotNull());
        status.managedProperty().bind(status.visibleProperty());
        Label secret = Pills.of(Pills.Tone.WARNING);
        secret.setText(Messages.get("demands.confidential.badge"));
        secret.setGraphic(new FontIcon("mdi2l-lock-outline"));
        secret.getStyleClass().addAll("status-badge", "confidential-badge");
        secret.setTooltip(new Tooltip(Messages.get("demands.confidential.help")));
        secret.visibleProperty().bind(Bindings.createBooleanBinding(() -> editor.editor().storedProperty().get() != null
                && editor.editor().storedProperty().get().confidential(), editor.editor().storedProperty()));
        secret.managedProperty().bind(secret.visibleProperty());
        logPass.setId("logPass");
        logPass.getStyleClass().add("accent");
        logPass.setMinWidth(Region.USE_PREF_SIZE);
        logPass.setTooltip(new Tooltip(Messages.get("demands.logPass.help")));
        logPass.disableProperty().bind(editor.editor().storedProperty().isNull().or(editor.editor().creatingProperty()));
        logPass.setOnAction(e -> startPass());
        Button sidebar = new Button(Messages.get("demands.sidebar"), new FontIcon("mdi2f-forum-plus-outline"));
        sidebar.setId("demandSidebar");
        sidebar.setMinWidth(Region.USE_PREF_SIZE);
        sidebar.setTooltip(new Tooltip(Messages.get("demands.sidebar.help")));
        sidebar.disableProperty().bind(logPass.disableProperty());
        sidebar.setVisible(viewModel.canProposeSidebar());
        sidebar.setManaged(sidebar.isVisible());
        sidebar.setOnAction(e -> viewModel.sidebarOnDemand());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox badges = new HBox(8, status, secret, gap, sidebar, logPass);
        badges.setAlignment(Pos.CENTER_LEFT);
        // In a narrow editor (1024 px) "Sidebar on this" shows its icon only, its name on hover,
        // so that Log a pass stays inside the editor.
        sidebar.contentDisplayProperty().bind(Bindings.when(badges.widthProperty().lessThan(NARROW_EDITOR))
                .then(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY)
                .otherwise(javafx.scene.control.ContentDisplay.LEFT));

        historyTab.setId("historyTab");
        historyTab.setClosable(false);
        historyTab.disableProperty().bind(editor.editor().creatingProperty());
        detailsTab.setId("detailsTab");
        detailsTab.setClosable(false);
        languageTab.setId("languageTab");
        languageTab.setClosable(false);
        languageTab.disableProperty().bind(editor.editor().creatingProperty());
        tabs.getTabs().setAll(historyTab, languageTab, detailsTab);
        // Each page joins the window when its tab is first chosen with a demand open: the editor is
        // hidden until one is, and the first showing of the section styles only the table.
        TabContents.whenFirstChosen(historyTab, history(), editor.editor().editingProperty());
        TabContents.whenFirstChosen(detailsTab, details(), editor.editor().editingProperty());
        TabContents.whenFirstChosen(languageTab, language(), editor.editor().editingProperty());
        tabs.setId("demandTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox box = new VBox(8, heading, badges, tabs);
        box.setId("demandEditor");
        box.setPadding(new Insets(14, 14, 8, 14));
        box.setMinWidth(340);
        box.visibleProperty().bind(editor.editor().editingProperty());

        StackPane place = new StackPane(EditorPane.hint(Messages.get("demands.hint"),
                editor.editor().editingProperty().not()));
        // The editor joins the window when a demand is first opened; its place keeps the editor's
        // least width meanwhile, so the divider does not move when it does.
        place.setMinWidth(box.getMinWidth());
        TabContents.whenFirstShown(editor.editor().editingProperty(), box, page -> place.getChildren().add(page));
        return place;
    }

    private Node history() {
        HBox positions = new HBox(10, position(Messages.get("demands.position.ours"), viewModel.ourPositionProperty(),
                "ourPosition", "side-ours"), position(Messages.get("demands.position.theirs"),
                        viewModel.theirPositionProperty(), "theirPosition", "side-theirs"));
        timeline.setId("passTimeline");
        timeline.setItems(viewModel.passes());
        timeline.setCellFactory(list -> new PassCell(list, viewModel::redlinesOf, viewModel::canMakeTa,
                viewModel::makeTaFrom, viewModel::vagueWords));
        timeline.setPlaceholder(wrapping(Messages.get("demands.timeline.empty")));
        timeline.getStyleClass().add("pass-timeline");
        timeline.setFocusTraversable(true);
        timeline.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && timeline.getSelectionModel().getSelectedItem() != null) {
                editPass(timeline.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        timeline.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && timeline.getSelectionModel().getSelectedItem() != null) {
                editPass(timeline.getSelectionModel().getSelectedItem());
            }
        });
        timeline.setTooltip(new Tooltip(Messages.get("demands.timeline.help")));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        Label title = new Label(Messages.get("demands.timeline.title"));
        title.getStyleClass().add("form-label");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        viewModel.lastLoggedProperty().addListener((obs, was, is) -> {
            if (is != null) {
                for (int i = 0; i < timeline.getItems().size(); i++) {
                    if (timeline.getItems().get(i).proposal().id().equals(is.id())) {
                        timeline.getSelectionModel().clearAndSelect(i);
                        // The timeline has just come back in place of the form. Its cells differ
                        // in height, which ListView.scrollTo misjudges at the end of the list:
                        // lay it out, then ask its flow to bring the cell itself into view.
                        Parent box = timeline.getParent();
                        box.applyCss();
                        box.layout();
                        int row = i;
                        reveal(row);
                        Platform.runLater(() -> reveal(row));
                        break;
                    }
                }
            }
        });
        viewModel.passForm().openProperty().addListener((obs, was, open) -> {
            if (!open && tabs.getSelectionModel().getSelectedItem() == historyTab) {
                // The form is gone: the keyboard goes back to the timeline, where Ctrl+Z undoes the pass.
                Platform.runLater(timeline::requestFocus);
            }
        });
        // While a pass is being logged the form takes the timeline's place; both sides' current
        // positions stay in view above it.
        title.visibleProperty().bind(viewModel.passForm().openProperty().not());
        title.managedProperty().bind(title.visibleProperty());
        timeline.visibleProperty().bind(viewModel.passForm().openProperty().not());
        timeline.managedProperty().bind(timeline.visibleProperty());
        // The form scrolls when the texts it proposes make it taller than the window leaves room for.
        // The form joins the window when a pass is first logged or opened.
        ScrollPane formScroll = new ScrollPane();
        TabContents.whenFirstShown(viewModel.passForm().openProperty(), passForm.node(), formScroll::setContent);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        if (passForm.node() instanceof Region form) {
            form.setMinWidth(0);
        }
        formScroll.getStyleClass().add("edge-to-edge");
        formScroll.visibleProperty().bind(viewModel.passForm().openProperty());
        formScroll.managedProperty().bind(formScroll.visibleProperty());
        VBox.setVgrow(formScroll, Priority.ALWAYS);
        VBox box = new VBox(10, positions, title, timeline, formScroll);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    /**
     * The two sides' latest texts of each section the demand changes, side by side, each as a
     * redline against the current contract, whose text stands above them.
     */
    private Node language() {
        VBox sections = new VBox(14);
        sections.setId("demandLanguage");
        sections.setPadding(new Insets(12, 4, 12, 0));
        Runnable fill = () -> {
            sections.getChildren().clear();
            if (viewModel.latestTexts().isEmpty()) {
                sections.getChildren().add(wrapping(Messages.get("demands.language.empty")));
            }
            List<String> vague = viewModel.vagueWords();
            for (SideBySide t : viewModel.latestTexts()) {
                Label head = new Label(Formats.section(t.section()));
                head.getStyleClass().add("redline-section");
                head.setWrapText(true);
                Label current = new Label(t.current().isEmpty() ? Messages.get("demands.language.newArticle")
                        : t.current());
                current.setWrapText(true);
                current.getStyleClass().addAll("text-muted", "language-current");
                GridPane grid = new GridPane();
                grid.setHgap(12);
                grid.setVgap(4);
                javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
                half.setPercentWidth(50);
                grid.getColumnConstraints().addAll(half, half);
                int col = 0;
                for (Side side : Side.values()) {
                    var latest = side == Side.OURS ? t.ours() : t.theirs();
                    Label who = new Label(latest.map(l -> Messages.format(side == Side.OURS ? "demands.language.ours"
                            : "demands.language.theirs", Formats.date(l.pass().passedOn())))
                            .orElse(Messages.get(side == Side.OURS ? "demands.language.ours.none"
                                    : "demands.language.theirs.none")));
                    who.getStyleClass().addAll("position-title", "text-small");
                    who.setWrapText(true);
                    VBox card = new VBox(4, who);
                    card.getStyleClass().addAll("position-card", side == Side.OURS ? "side-ours" : "side-theirs");
                    t.redline(side).ifPresent(r -> {
                        javafx.scene.text.TextFlow flow = org.tablebook.ui.common.RedlineText.of(null, r, vague);
                        flow.setId("latest-" + side.name().toLowerCase(java.util.Locale.ROOT) + "-" + t.section().id());
                        card.getChildren().add(flow);
                    });
                    card.setMaxHeight(Double.MAX_VALUE);
                    grid.add(card, col++, 0);
                }
                sections.getChildren().addAll(new VBox(4, head, current, grid));
            }
        };
        viewModel.latestTexts().addListener((ListChangeListener<SideBySide>) c -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** Scrolls the timeline just enough to show the pass at {@code row} whole. */
    private void reveal(int row) {
        if (timeline.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        } else {
            timeline.scrollTo(row);
        }
    }

    private Node position(String title, ReadOnlyObjectProperty<PassEntry> entry, String id, String sideClass) {
        Label heading = new Label(title);
        heading.getStyleClass().add("position-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId(id);
        summary.setWrapText(true);
        summary.getStyleClass().add("position-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> entry.get() == null
                ? Messages.get("demands.position.none") : entry.get().proposal().summary(), entry));
        Label when = new Label();
        when.getStyleClass().addAll("text-muted", "text-small");
        when.textProperty().bind(Bindings.createStringBinding(() -> entry.get() == null ? ""
                : Labels.of(entry.get().proposal().kind()) + ", " + Formats.date(entry.get().proposal().passedOn()),
                entry));
        when.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        when.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(3, heading, summary, when);
        card.getStyleClass().addAll("position-card", sideClass);
        // The two sides share the row in halves, however long either text: sized by its text, a
        // long position took the row and squeezed the other to a letter a line.
        card.setPrefWidth(0);
        card.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(card, Priority.ALWAYS);
        Tooltip.install(card, new Tooltip(Messages.get("demands.position.help")));
        return card;
    }

    private Node details() {
        code.setId("demandCode");
        code.setPromptText(Messages.get("demands.code.prompt"));
        code.textProperty().bindBidirectional(editor.codeProperty());
        TextField article = Forms.text("demandArticle", "demands.article.prompt", editor.articleProperty());
        TextField title = Forms.text("demandTitle", "demands.title.prompt", editor.titleProperty());
        ComboBox<Side> proposedBy = Forms.choice("demandProposedBy", Side.values());
        proposedBy.valueProperty().bindBidirectional(editor.proposedByProperty());
        ComboBox<DemandCategory> category = Forms.choice("demandCategory", DemandCategory.values());
        category.valueProperty().bindBidirectional(editor.categoryProperty());
        ComboBox<DemandPriority> priority = Forms.choice("demandPriority", DemandPriority.values());
        priority.valueProperty().bindBidirectional(editor.priorityProperty());
        ComboBox<DemandSubject> subject = Forms.choice("demandSubject", DemandSubject.values());
        subject.valueProperty().bindBidirectional(editor.subjectProperty());
        ComboBox<DemandStatus> status = Forms.choice("demandStatus", DemandStatus.values());
        status.valueProperty().bindBidirectional(editor.statusProperty());
        // Origins with "Not recorded" first: the rules panel looks for our demands without one.
        ComboBox<DemandOrigin> origin = orNone("demandOrigin", Messages.get("demands.origin.none"),
                DemandOrigin.values(), editor.originProperty());
        TextField originNote = Forms.text("demandOriginNote", "demands.originNote.prompt", editor.originNoteProperty());
        TextArea description = Forms.area("demandDescription", Messages.get("demands.description.prompt"), 3,
                editor.descriptionProperty());
        TextArea publicSummary = Forms.area("demandPublicSummary", Messages.get("demands.publicSummary.prompt"), 3,
                editor.publicSummaryProperty());
        CheckBox confidential = new CheckBox(Messages.get("demands.confidential.check"));
        confidential.setId("demandConfidential");
        confidential.setWrapText(true);
        confidential.setMinHeight(Region.USE_PREF_SIZE);
        confidential.selectedProperty().bindBidirectional(editor.confidentialProperty());

        GridPane form = Forms.grid();
        int row = 0;
        row = field(form, row, "code", code);
        row = field(form, row, "article", article);
        row = Forms.row(form, row, Messages.get("demands.field.sections"), sectionPicker(),
                Messages.get("demands.sections.help"), editor.editor().errors().messageFor("sections"));
        form.add(chosenSections(), 1, row++);
        row = field(form, row, "title", title);
        row = field(form, row, "proposedBy", proposedBy);
        row = field(form, row, "category", category);
        row = field(form, row, "priority", priority);
        row = field(form, row, "subject", subject);
        row = field(form, row, "status", status);
        Label statusHelp = note("demands.field.status");
        statusHelp.setId("demandStatusHelp");
        statusHelp.textProperty().bind(editor.statusHelpProperty());
        form.add(statusHelp, 1, row++);
        row = field(form, row, "origin", origin);
        row = field(form, row, "originNote", originNote);
        row = field(form, row, "description", description);
        form.add(note("demands.description.note"), 1, row++);
        row = field(form, row, "publicSummary", publicSummary);
        form.add(note("demands.publicSummary.note"), 1, row++);
        row = Forms.row(form, row, Messages.get("demands.field.confidential"), confidential,
                Messages.get("demands.confidential.help"), null);
        form.add(note("demands.confidential.help"), 1, row);

        EditorPane bar = new EditorPane(editor.editor(), "demand", editor::save, editor::delete);
        Button save = bar.saveButton();
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.disableProperty().unbind();
        save.disableProperty().bind(editor.editor().dirtyProperty().not().or(editor.editor().busyProperty())
                .or(editor.editor().errors().noneProperty().not()));

        VBox content = new VBox(12, form);
        content.setPadding(new Insets(12, 14, 14, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // The buttons stay in view below the fields, however long the form.
        HBox buttons = bar.saveBar(bar.deleteButton());
        buttons.setPadding(new Insets(10, 0, 4, 0));
        Label notice = bar.notice();
        content.getChildren().add(0, notice);
        javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(scroll);
        pane.setBottom(buttons);
        EditorPane.saveAndCancelKeys(pane, editor::save, editor::cancel);
        return pane;
    }

    /** Searchable: the person types part of a number, a title or the text to find the section. */
    private Control sectionPicker() {
        org.controlsfx.control.SearchableComboBox<org.tablebook.domain.ContractSection> picker =
                new org.controlsfx.control.SearchableComboBox<>(editor.sectionChoices());
        picker.setId("demandSectionPicker");
        org.tablebook.ui.common.Pickers.measuredOnFirstRows(picker);
        picker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.tablebook.domain.ContractSection c) {
                return c == null ? "" : Formats.section(c);
            }

            @Override
            public org.tablebook.domain.ContractSection fromString(String text) {
                return null;
            }
        });
        picker.valueProperty().bindBidirectional(editor.sectionToAddProperty());
        picker.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(picker, Priority.ALWAYS);
        Button add = new Button(Messages.get("demands.sections.add"));
        add.setId("demandSectionAdd");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(editor.sectionToAddProperty().isNull());
        add.setOnAction(e -> editor.addSection());
        Button newArticle = new Button(Messages.get("demands.sections.newArticle"));
        newArticle.setId("demandNewArticle");
        newArticle.setMinWidth(Region.USE_PREF_SIZE);
        newArticle.setTooltip(new Tooltip(Messages.get("demands.sections.newArticle.help")));
        newArticle.setOnAction(e -> editor.newArticle());
        HBox pick = new HBox(6, picker, add);
        pick.setAlignment(Pos.CENTER_LEFT);
        // "New article" under the picker: beside it, it was cut off in a narrow editor.
        VBox row = new VBox(6, pick, newArticle);
        // Forms.row wants a control: the row sits in a pane that is one.
        javafx.scene.control.ScrollPane holder = new javafx.scene.control.ScrollPane(row);
        holder.setFitToWidth(true);
        holder.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        holder.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        holder.getStyleClass().add("edge-to-edge");
        return holder;
    }

    /** The sections the demand changes, each with a button that takes it off. */
    private Node chosenSections() {
        VBox list = new VBox(2);
        list.setId("demandSections");
        Runnable fill = () -> {
            list.getChildren().clear();
            if (editor.sections().isEmpty()) {
                list.getChildren().add(note("demands.sections.none"));
            }
            for (org.tablebook.domain.ContractSection c : editor.sections()) {
                Label name = new Label(Formats.section(c) + (c.inCurrentContract() ? ""
                        : "  " + Messages.get("demands.sections.newMark")));
                name.setWrapText(true);
                Button remove = new Button(null, new FontIcon("mdi2c-close"));
                remove.getStyleClass().addAll("flat", "small");
                remove.setTooltip(new Tooltip(Messages.get("demands.sections.remove")));
                remove.setOnAction(e -> editor.removeSection(c));
                HBox line = new HBox(4, remove, name);
                line.setAlignment(Pos.CENTER_LEFT);
                list.getChildren().add(line);
            }
        };
        editor.sections().addListener((ListChangeListener<org.tablebook.domain.ContractSection>) c -> fill.run());
        fill.run();
        return list;
    }

    /** A short muted line under a field. */
    private static Label note(String key) {
        Label note = new Label(Messages.get(key));
        note.setWrapText(true);
        note.getStyleClass().addAll("text-muted", "text-small");
        return note;
    }

    private int field(GridPane form, int row, String field, Control control) {
        return Forms.row(form, row, Messages.get("demands.field." + field), control,
                Messages.get("demands." + field + ".help"), editor.editor().errors().messageFor(field));
    }


    private static void styleStatus(Label badge, DemandStatus status) {
        badge.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        if (status != null) {
            badge.setText(Labels.of(status));
            badge.getStyleClass().add("status-" + status.name().toLowerCase().replace('_', '-'));
            Pills.tone(badge, switch (status) {
                case DRAFT, WITHDRAWN -> Pills.Tone.NEUTRAL;
                case ON_TABLE -> Pills.Tone.ACCENT;
                case TENTATIVELY_AGREED -> Pills.Tone.SUCCESS;
                case REJECTED -> Pills.Tone.DANGER;
            });
        }
    }

    // ---- actions ----

    private void open() {
        if (tabs.getSelectionModel().getSelectedItem() == detailsTab) {
            code.requestFocus();
        } else {
            logPass.requestFocus();
        }
    }

    private void startPass() {
        tabs.getSelectionModel().select(historyTab);
        viewModel.logPass();
        Platform.runLater(passForm::focus);
    }

    private void editPass(PassEntry entry) {
        viewModel.editPass(entry);
        Platform.runLater(passForm::focus);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        viewModel.newDemand();
        tabs.getSelectionModel().select(detailsTab);
        Platform.runLater(() -> {
            code.requestFocus();
            code.selectAll();
        });
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The title, with a lock for a confidential demand. */
    /** The title, on as many lines as it needs, after a lock when the demand is kept inside the committee. */
    private static final class TitleCell extends TableCell<DemandRow, DemandRow> {
        private final FontIcon lock = new FontIcon("mdi2l-lock-outline");
        private final javafx.scene.text.Text title;
        private final HBox line;

        TitleCell(TableColumn<DemandRow, DemandRow> column) {
            lock.getStyleClass().add("confidential-icon");
            title = Tables.wrappingText(this, column);
            line = new HBox(6, lock, title);
            line.setAlignment(Pos.CENTER_LEFT);
            lock.managedProperty().bind(lock.visibleProperty());
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(DemandRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(row.demand().title());
                title.setText(row.demand().title());
                lock.setVisible(row.demand().confidential());
                title.wrappingWidthProperty().bind(getTableColumn().widthProperty()
                        .subtract(row.demand().confidential() ? 48 : 26));
                setGraphic(line);
            }
        }
    }

    /** The status as a coloured badge. */
    private static final class StatusCell extends TableCell<DemandRow, DemandStatus> {
        private final Label badge = Pills.of(null);

        StatusCell() {
            badge.getStyleClass().add("status-badge");
        }

        @Override
        protected void updateItem(DemandStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(null);
            if (empty || status == null) {
                setGraphic(null);
            } else {
                styleStatus(badge, status);
                setGraphic(badge);
            }
        }
    }

    /** How far the other side's passes are set in from ours in the timeline. */
    private static final double PASS_INDENT = 18;

    /** One pass in the timeline: when, who, what kind, in which session; the summary; the text. */
    private static final class PassCell extends ListCell<PassEntry> {
        private final Label meta = new Label();
        private final Label where = new Label();
        private final Label summary = new Label();
        private final Label text = new Label();
        private final Label cost = new Label();
        private final VBox redlines = new VBox(4);
        private final Button makeTa = new Button(Messages.get("demands.makeTa"), new FontIcon("mdi2h-handshake-outline"));
        private final HBox top = new HBox(8);
        private final VBox box = new VBox(2, top, where, summary, text, redlines, cost);
        private final java.util.function.Function<PassEntry,
                List<org.tablebook.domain.contract.PassRedlines.SectionRedline>> language;
        private final java.util.function.Predicate<PassEntry> canMakeTa;
        private final java.util.function.Supplier<List<String>> vagueWords;

        PassCell(ListView<PassEntry> list, java.util.function.Function<PassEntry,
                List<org.tablebook.domain.contract.PassRedlines.SectionRedline>> language,
                java.util.function.Predicate<PassEntry> canMakeTa, java.util.function.Consumer<PassEntry> makeTaFrom,
                java.util.function.Supplier<List<String>> vagueWords) {
            this.language = language;
            this.canMakeTa = canMakeTa;
            this.vagueWords = vagueWords;
            makeTa.getStyleClass().addAll("small", "make-ta");
            makeTa.setTooltip(new Tooltip(Messages.get("demands.makeTa.help")));
            makeTa.setOnAction(e -> makeTaFrom.accept(getItem()));
            makeTa.setMinWidth(Region.USE_PREF_SIZE);
            // The button stands on the card's first line, in sight however long the texts below.
            HBox.setHgrow(meta, Priority.ALWAYS);
            meta.setMaxWidth(Double.MAX_VALUE);
            top.getChildren().setAll(meta, makeTa);
            top.setAlignment(Pos.CENTER_LEFT);
            redlines.getStyleClass().add("pass-redlines");
            meta.getStyleClass().addAll("pass-meta", "text-small");
            where.getStyleClass().addAll("pass-meta", "text-small");
            summary.getStyleClass().add("pass-summary");
            text.getStyleClass().add("pass-text");
            cost.getStyleClass().addAll("pass-meta", "text-small");
            // The list asks a cell for its height without a width, so each wrapped label is given
            // its width outright: the card's, less its padding and border. The other side's cards
            // are indented, so every card is as wide as the narrower space.
            box.getStyleClass().add("pass-card");
            box.maxWidthProperty().bind(list.widthProperty().subtract(PASS_INDENT + 30));
            box.prefWidthProperty().bind(box.maxWidthProperty());
            top.prefWidthProperty().bind(box.prefWidthProperty().subtract(26));
            top.maxWidthProperty().bind(top.prefWidthProperty());
            meta.setWrapText(true);
            meta.setMinHeight(Region.USE_PREF_SIZE);
            meta.setMinWidth(0);
            meta.prefWidthProperty().bind(Bindings.when(makeTa.visibleProperty())
                    .then(top.prefWidthProperty().subtract(makeTa.widthProperty()).subtract(8))
                    .otherwise(top.prefWidthProperty()));
            for (Label label : List.of(where, summary, text, cost)) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                label.prefWidthProperty().bind(box.prefWidthProperty().subtract(26));
                label.maxWidthProperty().bind(label.prefWidthProperty());
            }
            getStyleClass().add("pass-cell");
        }

        @Override
        protected void updateItem(PassEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            box.getStyleClass().removeAll("side-ours", "side-theirs");
            if (empty || entry == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            var p = entry.proposal();
            String who = p.side() == Side.OURS ? Messages.get("demands.side.ours") : Messages.get("demands.side.theirs");
            meta.setText(Formats.date(p.passedOn()) + "   \u00B7   " + who + "   \u00B7   " + Labels.of(p.kind()));
            where.setText(entry.session().isEmpty() ? Messages.get("demands.timeline.noSession")
                    : Messages.get("demands.timeline.session") + " " + entry.session());
            summary.setText(p.summary());
            text.setText(p.text());
            text.setVisible(!p.text().isBlank());
            text.setManaged(text.isVisible());
            redlines.getChildren().clear();
            List<String> vague = vagueWords.get();
            for (var section : language.apply(entry)) {
                Label head = new Label(Formats.section(section.section()));
                head.getStyleClass().addAll("redline-section", "text-small");
                // A long section name wraps rather than ending in "..." in a narrow editor.
                head.setWrapText(true);
                head.setMinHeight(Region.USE_PREF_SIZE);
                redlines.getChildren().addAll(head, org.tablebook.ui.common.RedlineText.of(
                        Messages.get("contract.redline.againstContract"), section.againstContract(), vague));
                section.againstPrevious().ifPresent(r -> redlines.getChildren().add(org.tablebook.ui.common.RedlineText.of(
                        Messages.format("contract.redline.againstPass", Formats.date(section.previous().orElseThrow()
                                .passedOn())), r, vague)));
            }
            makeTa.setVisible(canMakeTa.test(entry));
            makeTa.setManaged(makeTa.isVisible());
            makeTa.setId("makeTa-" + p.id());
            redlines.setVisible(!redlines.getChildren().isEmpty());
            redlines.setManaged(redlines.isVisible());
            cost.setText(entry.cost());
            cost.setVisible(!entry.cost().isEmpty());
            cost.setManaged(cost.isVisible());
            box.getStyleClass().add(p.side() == Side.OURS ? "side-ours" : "side-theirs");
            setPadding(new Insets(4, 6, 4, p.side() == Side.OURS ? 6 : 6 + PASS_INDENT));
            setGraphic(box);
            setId("pass-" + p.id());
        }
    }

    @Override
    public void reveal(org.tablebook.domain.EntityRef ref, String field) {
        viewModel.reveal(ref);
    }
}
