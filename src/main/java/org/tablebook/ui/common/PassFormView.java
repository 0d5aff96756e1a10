package org.tablebook.ui.common;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.Demand;
import org.tablebook.domain.ProposalKind;
import org.tablebook.domain.Side;
import org.tablebook.ui.common.PassFormViewModel.SessionChoice;

/**
 * The "Log a pass" form as a panel: shown in place, never as a dialog that blocks the window.
 * Enter in a one-line field (or Ctrl+Enter anywhere) logs the pass, Escape closes the form.
 */
public final class PassFormView {
    /** The styles of the pass form and of the pass cards beside it, for every screen that shows them. */
    public static final String STYLESHEET = java.util.Objects.requireNonNull(
            PassFormView.class.getResource("/org/tablebook/ui/common/passes.css")).toExternalForm();

    private final PassFormViewModel viewModel;
    private final VBox root;
    /** Searchable: the person types part of a code or title to find the demand among many. */
    private final ComboBox<Demand> demand = new SearchableComboBox<>();
    private final ComboBox<Side> side = Forms.choice("passSide", Side.values());
    private final TextField summary = new TextField();

    public PassFormView(PassFormViewModel viewModel) {
        this.viewModel = viewModel;
        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(Bindings.when(viewModel.editor().storedProperty().isNull())
                .then(Messages.get("pass.heading.new")).otherwise(Messages.get("pass.heading.edit")));

        demand.setId("passDemand");
        Pickers.measuredOnFirstRows(demand);
        demand.setItems(viewModel.demandChoices());
        demand.valueProperty().bindBidirectional(viewModel.demandProperty());
        // No prompt text: the searchable box would draw its search over it; the tooltip explains.
        StringConverter<Demand> demandText = new StringConverter<>() {
            @Override
            public String toString(Demand d) {
                return d == null ? "" : d.code() + "  " + d.title();
            }

            @Override
            public Demand fromString(String s) {
                return null;
            }
        };
        demand.setConverter(demandText);
        side.valueProperty().bindBidirectional(viewModel.sideProperty());
        ComboBox<ProposalKind> kind = Forms.choice("passKind", ProposalKind.values());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        TextField date = Forms.date("passDate", Messages.get("pass.date.prompt"), viewModel.passedOnProperty(), viewModel.clock());
        ComboBox<SessionChoice> session = Pickers.one("passSession", viewModel.sessions());
        session.valueProperty().bindBidirectional(viewModel.sessionProperty());
        summary.setId("passSummary");
        summary.setPromptText(Messages.get("pass.summary.prompt"));
        summary.textProperty().bindBidirectional(viewModel.summaryProperty());
        TextArea text = Forms.area("passText", Messages.get("pass.text.prompt"), 4, viewModel.textProperty());

        GridPane form = Forms.grid();
        // The form sits in a narrow panel: its short labels need less than the usual column.
        form.getColumnConstraints().get(0).setMinWidth(90);
        int row = 0;
        int demandRow = row;
        row = Forms.row(form, row, Messages.get("pass.demand"), demand, Messages.get("pass.demand.help"),
                viewModel.editor().errors().messageFor("demandId"));
        form.getChildren().stream().filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == demandRow)
                .forEach(n -> {
                    n.visibleProperty().bind(viewModel.demandFixedProperty().not());
                    n.managedProperty().bind(n.visibleProperty());
                });
        row = Forms.row(form, row, Messages.get("pass.side"), side, Messages.get("pass.side.help"),
                viewModel.editor().errors().messageFor("side"));
        row = Forms.row(form, row, Messages.get("pass.kind"), kind, Messages.get("pass.kind.help"),
                viewModel.editor().errors().messageFor("kind"));
        row = Forms.row(form, row, Messages.get("pass.session"), session, Messages.get("pass.session.help"),
                viewModel.editor().errors().messageFor("sessionId"));
        row = Forms.row(form, row, Messages.get("pass.date"), date, Messages.get("pass.date.help"),
                viewModel.editor().errors().messageFor("passedOn"));
        row = Forms.row(form, row, Messages.get("pass.summary"), summary, Messages.get("pass.summary.help"),
                viewModel.editor().errors().messageFor("summary"));
        row = Forms.row(form, row, Messages.get("pass.text"), text, Messages.get("pass.text.help"),
                viewModel.editor().errors().messageFor("text"));
        VBox language = new VBox(6);
        language.setId("passLanguage");
        Runnable fillLanguage = () -> {
            language.getChildren().clear();
            for (PassFormViewModel.SectionText t : viewModel.sectionTexts()) {
                Label name = new Label(Formats.section(t.section()));
                name.getStyleClass().addAll("form-label", "text-small");
                name.setWrapText(true);
                TextArea area = Forms.area("passLanguage-" + t.section().id(), Messages.get("pass.language.prompt"), 5,
                        t.text());
                area.setTooltip(new javafx.scene.control.Tooltip(Messages.get("pass.language.help")));
                language.getChildren().addAll(name, area);
            }
        };
        viewModel.sectionTexts().addListener((javafx.collections.ListChangeListener<PassFormViewModel.SectionText>) c ->
                fillLanguage.run());
        fillLanguage.run();
        Label languageTitle = new Label(Messages.get("pass.language"));
        languageTitle.getStyleClass().add("form-label");
        VBox languageBox = new VBox(6, languageTitle, language);
        languageBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.sectionTexts()));
        languageBox.managedProperty().bind(languageBox.visibleProperty());
        Forms.span(form, row, languageBox);

        Button save = new Button();
        save.setId("passSave");
        save.setGraphic(new FontIcon("mdi2s-swap-horizontal"));
        save.textProperty().bind(Bindings.when(viewModel.editor().storedProperty().isNull())
                .then(Messages.get("pass.save.new")).otherwise(Messages.get("pass.save.edit")));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.editor().busyProperty().or(viewModel.editor().errors().noneProperty().not()));
        save.setOnAction(e -> viewModel.save());
        Button cancel = new Button(Messages.get("pass.cancel"));
        cancel.setId("passCancel");
        cancel.setOnAction(e -> viewModel.cancel());
        Button delete = new Button(Messages.get("pass.delete"), new FontIcon("mdi2d-delete-outline"));
        delete.setId("passDelete");
        delete.getStyleClass().add("danger");
        delete.visibleProperty().bind(viewModel.editor().storedProperty().isNotNull());
        delete.managedProperty().bind(delete.visibleProperty());
        delete.setOnAction(e -> viewModel.delete());

        root = new VBox(8, heading, form, Forms.buttonBar(save, cancel, null, delete));
        root.setId("passForm");
        root.getStyleClass().add("pass-form");
        root.setPadding(new Insets(12));
        root.visibleProperty().bind(viewModel.openProperty());
        root.managedProperty().bind(root.visibleProperty());
        EditorPane.saveAndCancelKeys(root, viewModel::save, viewModel::cancel);
    }

    public Node node() {
        return root;
    }

    /** Puts the keyboard in the form's first field that needs the person. */
    public void focus() {
        if (viewModel.demandFixedProperty().get()) {
            summary.requestFocus();
        } else {
            demand.requestFocus();
        }
    }
}
