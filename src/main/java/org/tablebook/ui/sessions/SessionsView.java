package org.tablebook.ui.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.Side;
import org.tablebook.domain.TableSession;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.RowColumns;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.TabContents;
import org.tablebook.ui.common.Pick;
import org.tablebook.ui.common.PickList;
import org.tablebook.ui.common.Tables;
import org.tablebook.ui.common.SectionView;
import org.tablebook.ui.common.Formats;
import org.tablebook.ui.common.PassEntry;
import org.tablebook.ui.common.PassFormView;
import org.tablebook.ui.sessions.SessionsViewModel.SessionRow;

/**
 * The Table sessions section: the sessions, newest first, on the left; the selected session on
 * the right: when and where, who attended from each side, the on-record notes, and the passes
 * logged in it with "Log a pass".
 */
public final class SessionsView implements SectionView {
    /** The width a list of attendees needs beside the other before it goes under it instead. */
    private static final double ATTENDEES_MIN_WIDTH = 140;

    private final SessionsViewModel viewModel;
    private final SplitPane root;
    private final TextField search = new TextField();
    private final TableView<SessionRow> table = new TableView<>();
    private final TextField date;
    private final ListView<PassEntry> passes = new ListView<>();
    private final PassFormView passForm;
    private final TabPane tabs = new TabPane();
    private final Tab passesTab = new Tab();
    private final Tab detailsTab = new Tab(Messages.get("sessions.tab.details"));

    public SessionsView(SessionsViewModel viewModel) {
        this.viewModel = viewModel;
        this.passForm = new PassFormView(viewModel.passForm());
        this.date = Forms.date("sessionDate", Messages.get("sessions.date.prompt"), viewModel.dateProperty(), viewModel.clock());
        root = new SplitPane(list(), editor());
        root.setDividerPositions(0.42);
        root.getStyleClass().add("section-split");
        root.getStylesheets().add(PassFormView.STYLESHEET);
        root.getStylesheets().add(Objects.requireNonNull(SessionsView.class.getResource("sessions.css"))
                .toExternalForm());
    }

    private Node list() {
        EditorPane.search(search, "sessionSearch", Messages.get("sessions.search.prompt"),
                Messages.get("sessions.search.help"), viewModel.searchProperty());
        Button add = EditorPane.add("sessionAdd", Messages.get("sessions.add"), "mdi2p-plus",
                Messages.get("sessions.add.help"), this::newItem);
        HBox toolbar = new HBox(10, search, add);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        table.setId("sessionsTable");
        table.setItems(viewModel.rows());
        viewModel.rows().comparatorProperty().bind(table.comparatorProperty());
        Label empty = new Label(Messages.get("sessions.table.empty"));
        empty.setWrapText(true);
        empty.setPadding(new Insets(20));
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<SessionRow, LocalDate> dateCol = column("sessions.col.date", r -> r.session().date(),
                Formats::date, 112);
        dateCol.setSortType(TableColumn.SortType.DESCENDING);
        dateCol.setComparator(Comparator.naturalOrder());
        TableColumn<SessionRow, String> hoursCol = column("sessions.col.hours",
                r -> Formats.hours(r.session().start(), r.session().end()), s -> s, 104);
        TableColumn<SessionRow, String> placeCol = column("sessions.col.location", r -> r.session().location(),
                s -> s, 120);
        TableColumn<SessionRow, String> whoCol = column("sessions.col.attendees",
                r -> r.ours() + " / " + r.theirs(), s -> s, 100);
        whoCol.setComparator(Comparator.comparing(s -> Integer.parseInt(s.substring(0, s.indexOf(' ')))));
        TableColumn<SessionRow, Integer> passesCol = column("sessions.col.passes", SessionRow::passes,
                n -> Integer.toString(n), 60);
        table.getColumns().addAll(List.of(dateCol, hoursCol, placeCol, whoCol, passesCol));
        Tables.wrap(placeCol);
        placeCol.setPrefWidth(170);
        // A place wraps between its words, and a long word ("Conference") stays whole.
        placeCol.setMinWidth(120);
        Tables.fitHeaders(table);
        Tables.fitTexts(dateCol, Tables.dates(Formats::date), 0);
        Tables.fitTexts(hoursCol, java.util.stream.Stream.of(Formats.hours(LocalTime.of(9, 30), LocalTime.of(16, 30))), 0);
        // The list shares the width with the session: the date and the place stay; the counts and
        // the hours (all in the session beside it) go first when narrow.
        Tables.fillOrScroll(table, passesCol, whoCol, hoursCol);
        table.getSortOrder().add(dateCol);

        table.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                viewModel.selectedProperty().set(is.session());
            }
        });
        viewModel.selectedProperty().addListener((obs, was, is) -> showSelected(is));
        viewModel.rows().addListener((ListChangeListener<SessionRow>) c ->
                showSelected(viewModel.selectedProperty().get()));
        Forms.opensRows(table, this::open);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, toolbar, table);
        box.setPadding(new Insets(14));
        box.setMinWidth(280);
        return box;
    }

    private void showSelected(TableSession s) {
        Forms.selectRow(table, s == null ? null : s.id(), SessionRow::id, true);
    }

    private static <T> TableColumn<SessionRow, T> column(String key, Function<SessionRow, T> value,
            Function<T, String> text, double width) {
        return RowColumns.value(Messages.get(key), value, text, width);
    }

    private Node editor() {
        Label heading = new Label();
        heading.setId("sessionHeading");
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        heading.textProperty().bind(viewModel.editor().titleProperty());

        TextField start = Forms.text("sessionStart", "sessions.start.prompt", viewModel.startProperty());
        TextField end = Forms.text("sessionEnd", "sessions.end.prompt", viewModel.endProperty());
        TextField location = Forms.text("sessionLocation", "sessions.location.prompt", viewModel.locationProperty());
        TextArea notes = Forms.area("sessionNotes", Messages.get("sessions.notes.prompt"), 4, viewModel.notesProperty());

        GridPane form = Forms.grid();
        // Short names (Date, Hours, Place): the fields get the room in a narrow editor.
        form.getColumnConstraints().get(0).setMinWidth(80);
        int row = 0;
        row = field(form, row, "date", date);
        HBox hours = new HBox(8, start, new Label("\u2013"), end);
        hours.setAlignment(Pos.CENTER_LEFT);
        start.setPrefColumnCount(5);
        end.setPrefColumnCount(5);
        start.setTooltip(new Tooltip(Messages.get("sessions.start.help")));
        end.setTooltip(new Tooltip(Messages.get("sessions.end.help")));
        Label hoursLabel = new Label(Messages.get("sessions.field.hours"));
        hoursLabel.getStyleClass().add("form-label");
        hoursLabel.setLabelFor(start);
        GridPane.setMargin(hoursLabel, new Insets(5, 0, 0, 0));
        form.add(hoursLabel, 0, row);
        form.add(hours, 1, row++);
        Forms.decorate(start, viewModel.editor().errors().messageFor("start"));
        Forms.decorate(end, viewModel.editor().errors().messageFor("end"));
        form.add(errorLabel("sessionStartError", "start"), 1, row++);
        form.add(errorLabel("sessionEndError", "end"), 1, row++);
        row = field(form, row, "location", location);

        Label attendeesLabel = new Label(Messages.get("sessions.field.attendees"));
        attendeesLabel.getStyleClass().add("form-label");
        GridPane.setValignment(attendeesLabel, javafx.geometry.VPos.TOP);
        form.add(attendeesLabel, 0, row);
        VBox oursBox = attendees("sessionOurs", Messages.get("sessions.attendees.ours"), viewModel.ours(),
                viewModel.oursShown());
        VBox theirsBox = attendees("sessionTheirs", Messages.get("sessions.attendees.theirs"), viewModel.theirs(),
                viewModel.theirsShown());
        TextField attendeeSearch = PickList.search("sessionAttendees", viewModel.attendeeSearchProperty(),
                viewModel.attendeesSearchableProperty(), Messages.get("sessions.attendees.search"),
                Messages.get("sessions.attendees.search.help"));
        form.add(attendeeSearch, 1, row++);
        Node both = sideBySide(oursBox, theirsBox);
        Tooltip.install(both, new Tooltip(Messages.get("sessions.attendees.help")));
        form.add(both, 1, row++);
        Label attendance = new Label();
        attendance.setId("sessionAttendance");
        attendance.setWrapText(true);
        attendance.getStyleClass().addAll("text-muted", "text-small");
        attendance.textProperty().bind(viewModel.attendanceProperty());
        form.add(attendance, 1, row++);
        form.add(errorLabel("sessionAttendeesError", "attendeeIds"), 1, row++);
        row = field(form, row, "notes", notes);

        EditorPane bar = new EditorPane(viewModel.editor(), "session", viewModel::save, viewModel::delete);
        Button save = bar.saveButton();
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.disableProperty().unbind();
        save.disableProperty().bind(viewModel.editor().dirtyProperty().not().or(viewModel.editor().busyProperty())
                .or(viewModel.editor().errors().noneProperty().not()));
        VBox fields = new VBox(12, form);
        fields.setPadding(new Insets(12, 14, 14, 0));
        ScrollPane fieldsScroll = new ScrollPane(fields);
        fieldsScroll.setFitToWidth(true);
        fieldsScroll.getStyleClass().add("edge-to-edge");
        // The buttons stay in view below the fields, however many people there are to tick.
        HBox buttons = bar.saveBar(bar.deleteButton());
        fields.getChildren().add(0, bar.notice());
        buttons.setPadding(new Insets(10, 0, 4, 0));
        BorderPane details = new BorderPane(fieldsScroll);
        details.setBottom(buttons);
        EditorPane.saveAndCancelKeys(details, viewModel::save, viewModel.editor()::cancel);

        Button logPass = new Button(Messages.get("sessions.logPass"), new FontIcon("mdi2s-swap-horizontal"));
        logPass.setId("sessionLogPass");
        logPass.getStyleClass().add("accent");
        logPass.setMinWidth(Region.USE_PREF_SIZE);
        logPass.setTooltip(new Tooltip(Messages.get("sessions.logPass.help")));
        logPass.disableProperty().bind(viewModel.storedProperty().isNull().or(viewModel.editor().creatingProperty())
                .or(viewModel.passForm().openProperty()));
        logPass.setOnAction(e -> startPass());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, heading, gap, logPass);
        header.setAlignment(Pos.CENTER_LEFT);

        passes.setId("sessionPasses");
        passes.setItems(viewModel.passes());
        passes.setCellFactory(PassLine::new);
        Label noPasses = new Label(Messages.get("sessions.passes.empty"));
        noPasses.setWrapText(true);
        noPasses.setPadding(new Insets(12));
        noPasses.getStyleClass().add("text-muted");
        passes.setPlaceholder(noPasses);
        passes.setTooltip(new Tooltip(Messages.get("sessions.passes.help")));
        passes.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && passes.getSelectionModel().getSelectedItem() != null) {
                viewModel.editPass(passes.getSelectionModel().getSelectedItem());
                Platform.runLater(passForm::focus);
                e.consume();
            }
        });
        passes.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && passes.getSelectionModel().getSelectedItem() != null) {
                viewModel.editPass(passes.getSelectionModel().getSelectedItem());
                Platform.runLater(passForm::focus);
            }
        });
        // While a pass is being logged the form takes the list's place.
        passes.visibleProperty().bind(viewModel.passForm().openProperty().not());
        passes.managedProperty().bind(passes.visibleProperty());
        viewModel.passForm().openProperty().addListener((obs, was, open) -> {
            if (!open) {
                Platform.runLater(passes::requestFocus);
            }
        });
        VBox.setVgrow(passes, Priority.ALWAYS);
        VBox passesBox = new VBox(8, passes);
        // The form joins the window when a pass is first logged or opened.
        TabContents.whenFirstShown(viewModel.passForm().openProperty(), passForm.node(),
                page -> passesBox.getChildren().add(page));
        passesBox.setPadding(new Insets(12, 0, 8, 0));

        passesTab.setClosable(false);
        passesTab.setId("sessionPassesTab");
        passesTab.disableProperty().bind(viewModel.editor().creatingProperty());
        passesTab.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("sessions.passes.title")
                + (viewModel.passes().isEmpty() ? "" : " (" + viewModel.passes().size() + ")"), viewModel.passes()));
        detailsTab.setClosable(false);
        detailsTab.setId("sessionDetailsTab");
        tabs.getTabs().setAll(passesTab, detailsTab);
        // Each page joins the window when its tab is first chosen with a session open: the editor
        // is hidden until one is, and the first showing of the section styles only the list.
        TabContents.whenFirstChosen(passesTab, passesBox, viewModel.editor().editingProperty());
        TabContents.whenFirstChosen(detailsTab, details, viewModel.editor().editingProperty());
        tabs.setId("sessionTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        // A new session starts on its details; once saved, the passes are what the note-taker logs.
        viewModel.editor().creatingProperty().addListener((obs, was, creating) -> {
            if (creating) {
                tabs.getSelectionModel().select(detailsTab);
            } else if (viewModel.storedProperty().get() != null) {
                tabs.getSelectionModel().select(passesTab);
            }
        });

        VBox editor = new VBox(8, header, tabs);
        editor.setId("sessionEditor");
        editor.setPadding(new Insets(14, 14, 8, 14));
        editor.visibleProperty().bind(viewModel.editor().editingProperty());
        editor.setMinWidth(340);

        Label hint = new Label(Messages.get("sessions.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox hintBox = new VBox(hint);
        hintBox.setAlignment(Pos.CENTER);
        hintBox.setPadding(new Insets(30));
        hintBox.visibleProperty().bind(viewModel.editor().editingProperty().not());
        StackPane place = new StackPane(hintBox);
        // The editor joins the window when a session is first opened; its place keeps the editor's
        // least width meanwhile, so the divider does not move when it does.
        place.setMinWidth(editor.getMinWidth());
        TabContents.whenFirstShown(viewModel.editor().editingProperty(), editor, page -> place.getChildren().add(page));
        return place;
    }

    /** Enter on a session: into its details, or to "Log a pass" when its passes are shown. */
    private void open() {
        if (tabs.getSelectionModel().getSelectedItem() == detailsTab) {
            date.requestFocus();
        } else {
            passes.requestFocus();
        }
    }

    private void startPass() {
        tabs.getSelectionModel().select(passesTab);
        viewModel.logPass();
        Platform.runLater(passForm::focus);
    }

    /**
     * Ours and theirs side by side, each in half the width, while a half holds a list's names (a
     * longer name wraps); one above the other only when the editor is narrower than that.
     */
    private static Node sideBySide(VBox ours, VBox theirs) {
        GridPane both = new GridPane();
        both.setHgap(12);
        both.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        ColumnConstraints whole = new ColumnConstraints();
        whole.setPercentWidth(100);
        GridPane.setValignment(ours, javafx.geometry.VPos.TOP);
        GridPane.setValignment(theirs, javafx.geometry.VPos.TOP);
        Runnable arrange = () -> {
            double needed = Math.min(ATTENDEES_MIN_WIDTH, Math.max(ours.prefWidth(-1), theirs.prefWidth(-1)));
            boolean beside = both.getWidth() == 0 || (both.getWidth() - both.getHgap()) / 2 >= needed;
            if (beside == (GridPane.getColumnIndex(theirs) != null && GridPane.getColumnIndex(theirs) == 1)) {
                return;
            }
            both.getChildren().clear();
            if (beside) {
                both.getColumnConstraints().setAll(half, half);
                both.addRow(0, ours, theirs);
            } else {
                both.getColumnConstraints().setAll(whole);
                both.addColumn(0, ours, theirs);
            }
        };
        both.widthProperty().addListener(o -> arrange.run());
        arrange.run();
        return both;
    }

    /** One side's names, one under the other, in bold those who can agree for their side. */
    private VBox attendees(String id, String title, ObservableList<Pick> people, ObservableList<Pick> shown) {
        Label heading = new Label(title);
        heading.getStyleClass().add("attendees-title");
        VBox list = new VBox(4);
        list.setId(id);
        Runnable fill = () -> {
            list.getChildren().clear();
            for (Pick a : shown) {
                CheckBox box = PickList.box(id, a);
                box.setWrapText(true);
                list.getChildren().add(box);
            }
            if (people.isEmpty()) {
                Label none = PickList.empty(Messages.get("sessions.attendees.none"));
                none.getStyleClass().add("text-small");
                list.getChildren().add(none);
            }
        };
        shown.addListener((ListChangeListener<Pick>) c -> fill.run());
        fill.run();
        VBox box = new VBox(6, heading, list);
        box.getStyleClass().add("attendees-box");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private Label errorLabel(String id, String field) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        var message = viewModel.editor().errors().messageFor(field);
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private int field(GridPane form, int row, String field, javafx.scene.control.Control control) {
        return Forms.row(form, row, Messages.get("sessions.field." + field), control,
                Messages.get("sessions." + field + ".help"), viewModel.editor().errors().messageFor(field));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        viewModel.newSession();
        tabs.getSelectionModel().select(detailsTab);
        Platform.runLater(() -> {
            date.requestFocus();
            date.selectAll();
        });
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** A pass of the session: demand, side, kind, summary. */
    private static final class PassLine extends ListCell<PassEntry> {
        private final Label head = new Label();
        private final Label summary = new Label();
        private final VBox box = new VBox(2, head, summary);

        PassLine(ListView<PassEntry> list) {
            head.getStyleClass().addAll("pass-meta", "text-small");
            summary.getStyleClass().add("pass-summary");
            box.getStyleClass().add("pass-card");
            // A list measures its cells without a width: wrapped labels get theirs outright.
            box.prefWidthProperty().bind(list.widthProperty().subtract(30));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            for (Label label : List.of(head, summary)) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                label.prefWidthProperty().bind(box.prefWidthProperty().subtract(26));
                label.maxWidthProperty().bind(label.prefWidthProperty());
            }
        }

        @Override
        protected void updateItem(PassEntry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            box.getStyleClass().removeAll("side-ours", "side-theirs");
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            head.setText(e.demand().code() + "  " + e.demand().title() + "   \u00B7   "
                    + (e.proposal().side() == Side.OURS ? Messages.get("demands.side.ours")
                            : Messages.get("demands.side.theirs")) + "   \u00B7   " + Labels.of(e.proposal().kind()));
            summary.setText(e.proposal().summary());
            box.getStyleClass().add(e.proposal().side() == Side.OURS ? "side-ours" : "side-theirs");
            setGraphic(box);
        }
    }

    @Override
    public void reveal(org.tablebook.domain.EntityRef ref, String field) {
        if (ref.kind() == org.tablebook.domain.EntityKind.TABLE_SESSION) {
            viewModel.select(ref.id());
        }
    }
}
