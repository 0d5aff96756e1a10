package org.tablebook.ui.team;

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
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.FormRows;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.RowColumns;
import org.tablebook.ui.common.RecordListPane;
import org.tablebook.ui.common.Tables;
import org.tablebook.ui.common.SectionView;

/** The Team section: a table of people on the left, the selected person's editor on the right. */
public final class TeamView implements SectionView {
    private final TeamViewModel viewModel;
    private final SplitPane root;
    private final RecordListPane<Person> list;
    private final TextField name = new TextField();

    public TeamView(TeamViewModel viewModel) {
        this.viewModel = viewModel;
        list = new RecordListPane<>(viewModel.list(), "team", Messages.get("team.search"),
                Messages.get("team.teamView.findsPeopleByNameOr"), Messages.get("team.empty"));
        root = EditorPane.split(list(), editor());
    }

    private Node list() {
        CheckBox inactive = new CheckBox(Messages.get("team.showInactive"));
        inactive.setId("teamShowInactive");
        inactive.selectedProperty().bindBidirectional(viewModel.showInactiveProperty());
        Button add = new Button(Messages.get("team.add"), new FontIcon("mdi2a-account-plus-outline"));
        add.setId("teamAdd");
        add.setOnAction(e -> newItem());
        inactive.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // In a narrow list the check box and the button go under the search field.
        javafx.scene.layout.FlowPane toolbar = new javafx.scene.layout.FlowPane(10, 6, list.search(), inactive, add);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        TableView<Person> table = list.table();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Person, String> nameCol = RowColumns.text(Messages.get("team.teamView.name"), Person::name, 150);
        TableColumn<Person, String> sideCol = RowColumns.text(Messages.get("team.teamView.side"),
                p -> p.side() == Side.OURS ? Messages.get("team.teamView.ours") : Messages.get("team.teamView.theirs"), 70);
        TableColumn<Person, String> roleCol = RowColumns.text(Messages.get("team.teamView.role"),
                p -> Labels.of(p.role()), 150);
        TableColumn<Person, String> agreeCol = RowColumns.text(Messages.get("team.teamView.canAgree"),
                p -> p.canAgree() ? Messages.get("team.teamView.yes") : "", 86);
        TableColumn<Person, String> activeCol = RowColumns.text(Messages.get("team.teamView.active"),
                p -> p.active() ? Messages.get("team.teamView.yes") : Messages.get("team.teamView.no"), 64);
        table.getColumns().addAll(java.util.List.of(nameCol, sideCol, roleCol, agreeCol, activeCol));
        Tables.fitHeaders(table);
        Tables.fitContent(nameCol, table.getItems(), Person::name);
        Tables.fitTexts(sideCol, java.util.stream.Stream.of(Messages.get("team.teamView.ours"),
                Messages.get("team.teamView.theirs")), 0);
        Tables.fitTexts(roleCol, java.util.Arrays.stream(org.tablebook.domain.PersonRole.values()).map(Labels::of), 0);
        // Names whole in a narrow list; what the person beside it shows goes first: whether
        // active, whether they can agree, their role, then their side.
        Tables.fillOrScroll(table, activeCol, agreeCol, roleCol, sideCol);
        list.enterEdits(name);
        return RecordListPane.box(toolbar, table);
    }

    private Node editor() {
        EditorPane pane = new EditorPane(viewModel.editor(), "person", viewModel::save, viewModel::delete);
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

        Button deactivate = new Button(Messages.get("team.deactivate"));
        deactivate.setId("personDeactivate");
        deactivate.disableProperty().bind(viewModel.editor().creatingProperty().or(viewModel.activeProperty().not()));
        deactivate.setOnAction(e -> viewModel.deactivate());
        deactivate.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        active.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        active.setTooltip(new javafx.scene.control.Tooltip(Messages.get("team.teamView.inactivePeopleStayInThe")));
        // Beside the status it changes, not in the save bar, which stays narrow enough for a small window.
        HBox status = new HBox(12, active, deactivate);
        status.setAlignment(Pos.CENTER_LEFT);
        Label appearances = new Label();
        appearances.setId("personAppearances");
        appearances.getStyleClass().add("text-muted");
        appearances.setWrapText(true);
        appearances.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        appearances.textProperty().bind(viewModel.appearancesProperty());
        FormRows form = new FormRows(viewModel.editor().errors())
                .field(Messages.get("team.teamView.name"), Messages.get("team.teamView.thePersonSNameAs"), name, "name")
                .field(Messages.get("team.teamView.side"), Messages.get("team.teamView.whichSideOfTheTable"),
                        side, "side")
                .field(Messages.get("team.teamView.role"), Messages.get("team.teamView.theirRoleOnTheirSide"),
                        role, "role")
                .plain(Messages.get("team.teamView.authority"), Messages.get("team.teamView.whetherThisPersonCanAgree"),
                        canAgree)
                .beside(Messages.get("team.teamView.status"), active, status)
                .span(appearances);

        return pane.pane(form.grid(), pane.saveBar(pane.deleteButton()), "personEditor",
                Messages.get("team.hint"));
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
        list.focusSearch();
    }

    @Override
    public void reveal(org.tablebook.domain.EntityRef ref, String field) {
        if (ref.kind() == org.tablebook.domain.EntityKind.PERSON) {
            viewModel.list().select(ref.id());
        }
    }
}
