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
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.SectionView;

/** The Team section: a table of people on the left, the selected person's editor on the right. */
public final class TeamView implements SectionView {
    private final TeamViewModel viewModel;
    private final SplitPane root;
    private final TextField search = new TextField();
    private final TextField name = new TextField();

    public TeamView(TeamViewModel viewModel) {
        this.viewModel = viewModel;
        root = new SplitPane(list(), editor());
        root.setDividerPositions(0.5);
        root.getStyleClass().add("section-split");
    }

    private Node list() {
        search.setId("teamSearch");
        search.setPromptText(Messages.get("team.search"));
        search.setTooltip(new javafx.scene.control.Tooltip(Messages.get("team.teamView.findsPeopleByNameOr")));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        CheckBox inactive = new CheckBox(Messages.get("team.showInactive"));
        inactive.setId("teamShowInactive");
        inactive.selectedProperty().bindBidirectional(viewModel.showInactiveProperty());
        Button add = new Button(Messages.get("team.add"), new FontIcon("mdi2a-account-plus-outline"));
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
        table.setPlaceholder(new Label(Messages.get("team.empty")));
        TableColumn<Person, String> nameCol = new TableColumn<>(Messages.get("team.teamView.name"));
        nameCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameCol.setPrefWidth(150);
        TableColumn<Person, String> sideCol = new TableColumn<>(Messages.get("team.teamView.side"));
        sideCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().side() == Side.OURS ? Messages.get("team.teamView.ours") : Messages.get("team.teamView.theirs")));
        sideCol.setPrefWidth(70);
        TableColumn<Person, String> roleCol = new TableColumn<>(Messages.get("team.teamView.role"));
        roleCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(Labels.of(c.getValue().role())));
        roleCol.setPrefWidth(150);
        TableColumn<Person, String> agreeCol = new TableColumn<>(Messages.get("team.teamView.canAgree"));
        agreeCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().canAgree() ? Messages.get("team.teamView.yes") : ""));
        agreeCol.setPrefWidth(86);
        TableColumn<Person, String> activeCol = new TableColumn<>(Messages.get("team.teamView.active"));
        activeCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().active() ? Messages.get("team.teamView.yes") : Messages.get("team.teamView.no")));
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
        Label heading = new Label();
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(Bindings.when(viewModel.creatingProperty()).then(Messages.get("team.teamView.newPerson"))
                .otherwise(viewModel.nameProperty()));

        name.setId("personName");
        name.setPromptText(Messages.get("team.name.prompt"));
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        ComboBox<Side> side = Forms.choice("personSide", Side.values());
        side.valueProperty().bindBidirectional(viewModel.sideProperty());
        ComboBox<PersonRole> role = Forms.choice("personRole", PersonRole.values());
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        CheckBox canAgree = new CheckBox(Messages.get("team.canAgree"));
        canAgree.setId("personCanAgree");
        canAgree.setWrapText(true);
        canAgree.selectedProperty().bindBidirectional(viewModel.canAgreeProperty());
        CheckBox active = new CheckBox(Messages.get("team.active"));
        active.setId("personActive");
        active.selectedProperty().bindBidirectional(viewModel.activeProperty());

        GridPane form = Forms.grid();
        int row = 0;
        row = Forms.row(form, row, Messages.get("team.teamView.name"), name, Messages.get("team.teamView.thePersonSNameAs"),
                viewModel.errors().messageFor("name"));
        row = Forms.row(form, row, Messages.get("team.teamView.side"), side, Messages.get("team.teamView.whichSideOfTheTable"),
                viewModel.errors().messageFor("side"));
        row = Forms.row(form, row, Messages.get("team.teamView.role"), role, Messages.get("team.teamView.theirRoleOnTheirSide"),
                viewModel.errors().messageFor("role"));
        row = Forms.row(form, row, Messages.get("team.teamView.authority"), canAgree, Messages.get("team.teamView.whetherThisPersonCanAgree"), null);
        row = Forms.row(form, row, Messages.get("team.teamView.status"), active, Messages.get("team.teamView.inactivePeopleStayInThe"), null);
        Label appearances = new Label();
        appearances.setId("personAppearances");
        appearances.getStyleClass().add("text-muted");
        appearances.textProperty().bind(viewModel.appearancesProperty());
        Forms.span(form, row, appearances);

        Button save = new Button(Messages.get("common.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("personSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(viewModel.dirtyProperty().not().or(viewModel.busyProperty()));
        save.setOnAction(e -> viewModel.save());
        Button cancel = new Button(Messages.get("common.cancel"));
        cancel.setId("personCancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(viewModel.dirtyProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        Button deactivate = new Button(Messages.get("team.deactivate"));
        deactivate.setId("personDeactivate");
        deactivate.disableProperty().bind(viewModel.creatingProperty().or(viewModel.activeProperty().not()));
        deactivate.setOnAction(e -> viewModel.deactivate());
        Button delete = new Button(Messages.get("common.deleteEllipsis"));
        delete.setId("personDelete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(viewModel.creatingProperty());
        delete.setOnAction(e -> viewModel.delete());
        HBox buttons = Forms.buttonBar(save, cancel);
        HBox lifecycle = Forms.buttonBar(deactivate, delete);

        VBox editor = new VBox(12, heading, form, buttons, new javafx.scene.control.Separator(), lifecycle);
        editor.setId("personEditor");
        editor.setPadding(new Insets(14));
        editor.setMinWidth(340);
        editor.visibleProperty().bind(viewModel.editingProperty());
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.cancel();
                e.consume();
            }
        });

        Label hint = new Label(Messages.get("team.hint"));
        hint.getStyleClass().add("text-muted");
        hint.visibleProperty().bind(viewModel.editingProperty().not());
        VBox hintBox = new VBox(hint);
        hintBox.setAlignment(Pos.CENTER);
        return new javafx.scene.layout.StackPane(hintBox, editor);
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
