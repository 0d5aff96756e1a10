package org.tablebook.ui.settings;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tablebook.domain.GrievanceWindowUnit;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Sector;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.Forms;

/**
 * File > Negotiation settings: the negotiation's details on one tab, the rules' thresholds on the
 * other. OK writes nothing while a field has a message; the message stays next to the field.
 */
public final class NegotiationSettingsDialog {
    private final NegotiationSettingsViewModel viewModel;
    private final java.util.Map<String, Control> fields = new java.util.HashMap<>();
    private TabPane tabs;

    public NegotiationSettingsDialog(NegotiationSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Shows the dialog; {@code focusField} (a record component such as "mediationNoticeOn") gets the keyboard. */
    public void show(Window owner, String focusField) {
        viewModel.load();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Negotiation settings");
        dialog.setHeaderText("The negotiation's details, and the thresholds the rules panel checks against");
        dialog.setResizable(true);
        tabs = new TabPane(new Tab("Details", scroll(details())), new Tab("Rule thresholds", scroll(thresholds())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(640, 560);
        dialog.getDialogPane().setContent(tabs);
        ButtonType defaults = new ButtonType("Restore default thresholds", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(defaults, ButtonType.OK, ButtonType.CANCEL);
        Button restore = (Button) dialog.getDialogPane().lookupButton(defaults);
        restore.addEventFilter(ActionEvent.ACTION, e -> {
            viewModel.restoreDefaults();
            e.consume();
        });
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("settingsOk");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!viewModel.save(saved -> { })) {
                e.consume();
                focusFirstError();
            }
        });
        dialog.setOnShown(e -> focus(focusField));
        dialog.showAndWait();
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(12));
        return scroll;
    }

    private Node details() {
        GridPane grid = Forms.grid();
        int row = 0;
        row = text(grid, row, "title", "Title", viewModel.titleProperty(), "For example \u201cLocal 1199 \u2013 Riverside "
                + "Health contract 2027\u201d.", "The name of this negotiation, as it appears on reports.");
        ComboBox<NegotiationKind> kind = Forms.choice("kind", NegotiationKind.values());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        fields.put("kind", kind);
        row = Forms.row(grid, row, "Kind", kind, "A union contract or a community agreement. Some rules (bargaining "
                + "backwards, expiry notices) apply to union contracts only.", viewModel.errors().messageFor("kind"));
        row = text(grid, row, "ourParty", "Our party", viewModel.ourPartyProperty(), "The union or organization",
                "Who we are at this table.");
        row = text(grid, row, "otherParty", "The other party", viewModel.otherPartyProperty(), "The employer or "
                + "decision-maker", "Who sits across the table.");
        row = text(grid, row, "bargainingUnit", "Who \u201cwe\u201d are", viewModel.bargainingUnitProperty(),
                "The bargaining unit or membership covered", "Who the agreement covers and who ratifies it.");
        row = text(grid, row, "startedOn", "Bargaining started", viewModel.startedOnProperty(), "yyyy-mm-dd", null);
        row = text(grid, row, "contractExpiresOn", "Contract expires", viewModel.contractExpiresOnProperty(),
                "yyyy-mm-dd", "The current contract's expiry: the deadline rules count back from it.");
        row = text(grid, row, "newDemandDeadline", "New-demand deadline", viewModel.newDemandDeadlineProperty(),
                "yyyy-mm-dd", "After this date, tabling a new demand of ours is \u201cbargaining backwards\u201d.");
        row = text(grid, row, "otherPartyNoticeOn", "Notice to the other party", viewModel.otherPartyNoticeOnProperty(),
                "yyyy-mm-dd, when given", "When notice of the contract's end was given to the other party.");
        row = text(grid, row, "mediationNoticeOn", "Notice to mediation", viewModel.mediationNoticeOnProperty(),
                "yyyy-mm-dd, when given", "When the mediation service was notified.");
        ComboBox<Sector> sector = Forms.choice("sector", Sector.values());
        sector.valueProperty().bindBidirectional(viewModel.sectorProperty());
        fields.put("sector", sector);
        row = Forms.row(grid, row, Messages.get("settings.sector"), sector, Messages.get("settings.sector.help"),
                viewModel.errors().messageFor("sector"));
        row = text(grid, row, "zone", Messages.get("settings.zone"), viewModel.zoneProperty(),
                Messages.get("settings.zone.prompt"), Messages.get("settings.zone.help"));
        row = text(grid, row, "strikeOn", Messages.get("settings.strikeOn"), viewModel.strikeOnProperty(),
                "yyyy-mm-dd, when planned", Messages.get("settings.strikeOn.help"));
        text(grid, row, "strikeNoticeOn", Messages.get("settings.strikeNoticeOn"), viewModel.strikeNoticeOnProperty(),
                "yyyy-mm-dd, when given", Messages.get("settings.strikeNoticeOn.help"));
        return grid;
    }

    private Node thresholds() {
        GridPane grid = Forms.grid();
        int row = 0;
        for (NegotiationSettingsViewModel.Threshold t : NegotiationSettingsViewModel.THRESHOLDS) {
            row = text(grid, row, t.field(), t.label() + " (" + t.unit() + ")", viewModel.thresholdProperty(t.field()),
                    t.unit(), t.help());
        }
        TextArea words = new TextArea();
        words.setId("vagueWords");
        words.setPrefRowCount(3);
        words.setWrapText(true);
        words.setPromptText("and/or, provided that, reasonable");
        words.textProperty().bindBidirectional(viewModel.vagueWordsProperty());
        fields.put("vagueWords", words);
        ComboBox<GrievanceWindowUnit> unit = Forms.choice("grievanceWindowUnit", GrievanceWindowUnit.values());
        unit.valueProperty().bindBidirectional(viewModel.grievanceWindowUnitProperty());
        fields.put("grievanceWindowUnit", unit);
        row = Forms.row(grid, row, Messages.get("settings.grievanceWindowUnit"), unit,
                Messages.get("settings.grievanceWindowUnit.help"), viewModel.errors().messageFor("grievanceWindowUnit"));
        row = text(grid, row, "holidays", Messages.get("settings.holidays"), viewModel.holidaysProperty(),
                "2026-12-25, 2027-01-01", Messages.get("settings.holidays.help"));
        row = Forms.row(grid, row, "Vague words", words, "Words and phrases flagged in proposals and agreements "
                + "unless defined, separated by commas.", viewModel.errors().messageFor("vagueWords"));
        Label note = new Label("Changes apply at once to the rules panel, for this negotiation only.");
        note.getStyleClass().add("text-muted");
        Forms.span(grid, row, note);
        return new VBox(grid);
    }

    private int text(GridPane grid, int row, String field, String label,
            javafx.beans.property.StringProperty property, String prompt, String help) {
        TextField text = new TextField();
        text.setId(field);
        text.setPromptText(prompt);
        text.textProperty().bindBidirectional(property);
        text.textProperty().addListener((obs, was, is) -> viewModel.errors().clear(field));
        fields.put(field, text);
        return Forms.row(grid, row, label, text, help != null ? help : prompt, viewModel.errors().messageFor(field));
    }

    private void focus(String field) {
        if (field == null) {
            return;
        }
        Control control = fields.get(field);
        if (control == null) {
            return;
        }
        boolean onThresholds = NegotiationSettingsViewModel.THRESHOLDS.stream().anyMatch(t -> t.field().equals(field))
                || field.equals("vagueWords") || field.equals("grievanceWindowUnit") || field.equals("holidays");
        tabs.getSelectionModel().select(onThresholds ? 1 : 0);
        control.requestFocus();
    }

    private void focusFirstError() {
        viewModel.errors().all().keySet().stream().filter(fields::containsKey).findFirst().ifPresent(this::focus);
    }
}
