package org.tablebook.ui.team;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.SectionView;

/** The Team section: a table of people on the left, the selected person's editor on the right. */
public final class TeamView implements SectionView {
    private final TeamViewModel viewModel;
    private final SplitPane root;
    private final TextField search = new TextField();
    private final TextField name = new TextField();

    public TeamView(TeamViewModel viewModel) {
        this.viewModel = viewModel;
        root = EditorPane.split(list(), editor());
    }

    private Node list() {
        search.setId("teamSearch");
        search.setPromptText("Search (Ctrl+F)");
        search.setTooltip(new javafx.scene.control.Tooltip("Finds people by name or role."));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        CheckBox inactive = new CheckBox("Show inactive");
        inactive.setId("teamShowInactive");
        inactive.selectedProperty().bindBidirectional(viewModel.showInactiveProperty());
        Button add = new Button("Add person", new FontIcon("mdi2a-account-plus-outline"));
        add.setId("teamAdd");
        add.setOnAction(e -> newItem());
        inactive.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(10, search, inactive, add);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        TableView<Person> table = new TableView<>(viewModel.people());
        table.setId("teamTable");
        // Readable column widths; the table scrolls sideways in a narrow window.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("Nobody here yet. Add the people of both teams with \"Add person\" (Ctrl+N)."));
        TableColumn<Person, String> nameCol = new TableColumn<>("Name");
        nameCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameCol.setPrefWidth(150);
        TableColumn<Person, String> sideCol = new TableColumn<>("Side");
        sideCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().side() == Side.OURS ? "Ours" : "Theirs"));
        sideCol.setPrefWidth(70);
        TableColumn<Person, String> roleCol = new TableColumn<>("Role");
        roleCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(Labels.of(c.getValue().role())));
        roleCol.setPrefWidth(150);
        TableColumn<Person, String> agreeCol = new TableColumn<>("Can agree");
        agreeCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().canAgree() ? "Yes" : ""));
        agreeCol.setPrefWidth(86);
        TableColumn<Person, String> activeCol = new TableColumn<>("Active");
        activeCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().active() ? "Yes" : "No"));
        activeCol.setPrefWidth(64);
        table.getColumns().addAll(java.util.List.of(nameCol, sideCol, roleCol, agreeCol, activeCol));
        Forms.syncSelection(table.getSelectionModel(), viewModel.selectedProperty());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && viewModel.selectedProperty().get() != null) {
                name.requestFocus();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, toolbar, table);
        box.setPadding(new Insets(14));
        return box;
    }

    private Node editor() {
        EditorPane pane = new EditorPane(viewModel.editor(), "person", viewModel::save, viewModel::delete);
        name.setId("personName");
        name.setPromptText("Full name, as the team knows them");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        ComboBox<Side> side = Forms.choice("personSide", Side.values());
        side.valueProperty().bindBidirectional(viewModel.sideProperty());
        ComboBox<PersonRole> role = Forms.choice("personRole", PersonRole.values());
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        CheckBox canAgree = new CheckBox("Can agree for their side");
        canAgree.setId("personCanAgree");
        canAgree.setWrapText(true);
        canAgree.selectedProperty().bindBidirectional(viewModel.canAgreeProperty());
        CheckBox active = new CheckBox("Active");
        active.setId("personActive");
        active.selectedProperty().bindBidirectional(viewModel.activeProperty());

        GridPane form = Forms.grid();
        int row = 0;
        row = Forms.row(form, row, "Name", name, "The person's name as it should appear in the record.",
                viewModel.editor().errors().messageFor("name"));
        row = Forms.row(form, row, "Side", side, "Which side of the table they sit on.",
                viewModel.editor().errors().messageFor("side"));
        row = Forms.row(form, row, "Role", role, "Their role on their side's team.",
                viewModel.editor().errors().messageFor("role"));
        row = Forms.row(form, row, "Authority", canAgree, "Whether this person can agree for their side. The "
                + "rules panel looks for the other side's decision-maker at the table.", null);
        row = Forms.row(form, row, "Status", active, "Inactive people stay in the history but are no longer "
                + "offered for new sessions and sidebars.", null);
        Label appearances = new Label();
        appearances.setId("personAppearances");
        appearances.getStyleClass().add("text-muted");
        appearances.textProperty().bind(viewModel.appearancesProperty());
        Forms.span(form, row, appearances);

        Button deactivate = new Button("Deactivate");
        deactivate.setId("personDeactivate");
        deactivate.disableProperty().bind(viewModel.editor().creatingProperty().or(viewModel.activeProperty().not()));
        deactivate.setOnAction(e -> viewModel.deactivate());
        return pane.pane(form, pane.saveBar(deactivate, pane.deleteButton()), "personEditor",
                "Select a person to edit them, or add one with Ctrl+N.");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        viewModel.newPerson();
        name.requestFocus();
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void reveal(org.tablebook.domain.EntityRef ref, String field) {
        if (ref.kind() == org.tablebook.domain.EntityKind.PERSON) {
            viewModel.select(ref.id());
        }
    }
}
