package org.tablebook.ui.settings;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.PersonRole;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.settings.NewNegotiationViewModel.TeamMember;

/**
 * File > New negotiation: one form for the file, the negotiation, both teams and the person's
 * name. Create stays in the dialog while a field has a message (the first such field gets the
 * keyboard); Cancel writes nothing.
 */
public final class NewNegotiationDialog {
    private final NewNegotiationViewModel viewModel;
    private final Map<String, Control> fields = new HashMap<>();
    private final VBox ourLines = new VBox(6);
    private final VBox theirLines = new VBox(6);
    private final NegotiationDetailsRows rows;
    private Dialog<ButtonType> dialog;

    public NewNegotiationDialog(NewNegotiationViewModel viewModel) {
        this.viewModel = viewModel;
        this.rows = new NegotiationDetailsRows(viewModel.details(), viewModel.errors(), fields, viewModel.clock());
    }

    /** Shows the form and waits until the file is created or the form is cancelled. */
    public void show(Window owner) {
        dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("newNegotiation.title"));
        dialog.setHeaderText(Messages.get("newNegotiation.header"));
        dialog.setResizable(true);
        ButtonType create = new ButtonType(Messages.get("newNegotiation.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setPrefSize(800, 540);
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().setMinWidth(820);
        scroll.setId("newNegotiationForm");
        dialog.getDialogPane().setContent(scroll);
        Button ok = (Button) dialog.getDialogPane().lookupButton(create);
        ok.setId("newNegotiationCreate");
        ok.disableProperty().bind(viewModel.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            // The dialog closes once the file is written and open; on a refused field it stays.
            e.consume();
            if (!viewModel.create(() -> {
                dialog.setResult(create);
                dialog.close();
            })) {
                focusFirstError();
            }
        });
        viewModel.errors().all().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            if (c.wasAdded() && !viewModel.busyProperty().get()) {
                focusFirstError();
            }
        });
        dialog.setOnShown(e -> fields.get("title").requestFocus());
        dialog.showAndWait();
    }

    private Node form() {
        GridPane grid = Forms.grid();
        int row = 0;
        row = Forms.span(grid, row, heading("newNegotiation.section.negotiation"));
        row = rows.title(grid, row);
        TextField fileName = rows.field("fileName", viewModel.fileNameProperty(), Messages.get("newNegotiation.fileName.prompt"));
        Button choose = new Button(Messages.get("newNegotiation.choose"), new FontIcon("mdi2f-folder-outline"));
        choose.setId("newNegotiationChoose");
        choose.setMinWidth(Button.USE_PREF_SIZE);
        choose.setOnAction(e -> viewModel.chooseFile());
        Label folder = new Label();
        folder.setId("newNegotiationFolder");
        folder.getStyleClass().add("text-muted");
        folder.setWrapText(true);
        folder.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("newNegotiation.folder",
                String.valueOf(viewModel.folderProperty().get())), viewModel.folderProperty()));
        HBox.setHgrow(fileName, Priority.ALWAYS);
        row = Forms.row(grid, row, Messages.get("newNegotiation.fileName"), fileName,
                Messages.get("newNegotiation.fileName.help"), viewModel.errors().messageFor("fileName"));
        // The chooser button and the folder sit under the name (and its message, if any).
        grid.getChildren().remove(fileName);
        grid.add(new HBox(8, fileName, choose), 1, row - 2);
        grid.add(folder, 1, row++);

        row = rows.kind(grid, row);
        row = rows.sector(grid, row);
        row = rows.partiesAndDates(grid, row);

        row = Forms.span(grid, row, heading("newNegotiation.section.teams"));
        Label teamsHelp = new Label(Messages.get("newNegotiation.teams.help"));
        teamsHelp.setWrapText(true);
        teamsHelp.getStyleClass().add("text-muted");
        javafx.scene.layout.GridPane.setHalignment(teamsHelp, javafx.geometry.HPos.LEFT);
        row = Forms.span(grid, row, teamsHelp);
        VBox teams = new VBox(12, team("ours", "newNegotiation.ours", viewModel.ours(), ourLines, viewModel::addOurs),
                team("theirs", "newNegotiation.theirs", viewModel.theirs(), theirLines, viewModel::addTheirs));
        row = Forms.span(grid, row, teams);

        row = Forms.span(grid, row, heading("newNegotiation.section.you"));
        rows.text(grid, row, "yourName", Messages.get("newNegotiation.yourName"), viewModel.yourNameProperty(),
                Messages.get("newNegotiation.yourName.prompt"), Messages.get("newNegotiation.yourName.help"));
        grid.setPadding(new Insets(8, 16, 8, 8));
        return grid;
    }

    private static Label heading(String key) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add("title-4");
        heading.setPadding(new Insets(10, 0, 2, 0));
        javafx.scene.layout.GridPane.setHalignment(heading, javafx.geometry.HPos.LEFT);
        return heading;
    }

    /** One team: a line per person (name, role, remove) and "Add a person". */
    private Node team(String prefix, String titleKey, javafx.collections.ObservableList<TeamMember> members, VBox lines,
            java.util.function.Supplier<TeamMember> add) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("form-label");
        Button more = new Button(Messages.get("newNegotiation.addPerson"), new FontIcon("mdi2a-account-plus-outline"));
        more.setId(prefix + "Add");
        more.getStyleClass().add("flat");
        more.setOnAction(e -> {
            add.get();
            Node last = lines.getChildren().isEmpty() ? null : lines.getChildren().get(lines.getChildren().size() - 1);
            if (last != null) {
                last.lookup(".text-field").requestFocus();
            }
        });
        members.addListener((ListChangeListener<TeamMember>) c -> fillTeam(prefix, members, lines));
        fillTeam(prefix, members, lines);
        VBox box = new VBox(6, title, lines, more);
        box.setMinWidth(0);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void fillTeam(String prefix, java.util.List<TeamMember> members, VBox lines) {
        lines.getChildren().clear();
        fields.keySet().removeIf(f -> f.startsWith(prefix + "."));
        for (int i = 0; i < members.size(); i++) {
            TeamMember m = members.get(i);
            String nameField = NewNegotiationViewModel.memberField(prefix, i, "name");
            String roleField = NewNegotiationViewModel.memberField(prefix, i, "role");
            TextField name = new TextField();
            name.setId(prefix + "Name" + i);
            name.setPromptText(Messages.get("newNegotiation.person.prompt"));
            name.textProperty().bindBidirectional(m.nameProperty());
            name.setPrefColumnCount(12);
            HBox.setHgrow(name, Priority.ALWAYS);
            ComboBox<PersonRole> role = Forms.choice(prefix + "Role" + i, PersonRole.values());
            role.valueProperty().bindBidirectional(m.roleProperty());
            role.setTooltip(new Tooltip(Messages.get("newNegotiation.role.help")));
            role.setMinWidth(ComboBox.USE_PREF_SIZE);
            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.setId(prefix + "Remove" + i);
            remove.getStyleClass().addAll("flat", "button-icon");
            remove.setTooltip(new Tooltip(Messages.get("newNegotiation.removePerson")));
            remove.setOnAction(e -> viewModel.remove(m));
            Forms.decorate(name, viewModel.errors().messageFor(nameField));
            Forms.decorate(role, viewModel.errors().messageFor(roleField));
            fields.put(nameField, name);
            fields.put(roleField, role);
            HBox line = new HBox(6, name, role, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(Bindings.createStringBinding(() -> firstOf(
                    viewModel.errors().get(nameField), viewModel.errors().get(roleField)), viewModel.errors().all()));
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            lines.getChildren().add(new VBox(2, line, error));
        }
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : b == null ? "" : b;
    }

    private void focusFirstError() {
        viewModel.errors().all().keySet().stream().filter(fields::containsKey).findFirst()
                .ifPresent(f -> fields.get(f).requestFocus());
    }
}
