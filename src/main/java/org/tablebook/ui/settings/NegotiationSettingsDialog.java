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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tablebook.domain.GrievanceWindowUnit;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;

/**
 * File > Negotiation settings: the negotiation's details on one tab, the rules' thresholds on the
 * other. OK writes nothing while a field has a message; the message stays next to the field.
 */
public final class NegotiationSettingsDialog {
    private final NegotiationSettingsViewModel viewModel;
    private final java.util.Map<String, Control> fields = new java.util.HashMap<>();
    private final NegotiationDetailsRows rows;
    private TabPane tabs;

    public NegotiationSettingsDialog(NegotiationSettingsViewModel viewModel) {
        this.viewModel = viewModel;
        this.rows = new NegotiationDetailsRows(viewModel.details(), viewModel.errors(), fields, viewModel.clock());
    }

    /** Shows the dialog; {@code focusField} (a record component such as "mediationNoticeOn") gets the keyboard. */
    public void show(Window owner, String focusField) {
        viewModel.load();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("settings.title"));
        dialog.setHeaderText(Messages.get("settings.header"));
        dialog.setResizable(true);
        tabs = new TabPane(new Tab(Messages.get("settings.tab.details"), scroll(details())), new Tab(Messages.get("settings.tab.thresholds"), scroll(thresholds())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Room for the labels and their fields at 1366x768 and 1024x700 alike; the tabs scroll.
        tabs.setPrefSize(700, 520);
        dialog.getDialogPane().setContent(tabs);
        ButtonType defaults = new ButtonType(Messages.get("settings.negotiationSettingsDialog.restoreDefaultThresholds"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(defaults, ButtonType.OK, ButtonType.CANCEL);
        Button restore = (Button) dialog.getDialogPane().lookupButton(defaults);
        restore.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonBar.setButtonUniformSize(restore, false);
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
        row = rows.title(grid, row);
        row = rows.kind(grid, row);
        row = rows.partiesAndDates(grid, row);
        row = rows.date(grid, row, "otherPartyNoticeOn", Messages.get("settings.negotiationSettingsDialog.noticeToTheOtherParty"), viewModel.otherPartyNoticeOnProperty(),
                Messages.get("settings.negotiationSettingsDialog.yyyyMmDdWhenGiven"), Messages.get("settings.negotiationSettingsDialog.whenNoticeOfTheContract"));
        row = rows.date(grid, row, "mediationNoticeOn", Messages.get("settings.negotiationSettingsDialog.noticeToMediation"), viewModel.mediationNoticeOnProperty(),
                Messages.get("settings.negotiationSettingsDialog.yyyyMmDdWhenGiven"), Messages.get("settings.negotiationSettingsDialog.whenTheMediationServiceWas"));
        row = rows.sector(grid, row);
        row = rows.text(grid, row, "zone", Messages.get("settings.zone"), viewModel.zoneProperty(),
                Messages.get("settings.zone.prompt"), Messages.get("settings.zone.help"));
        row = rows.date(grid, row, "strikeOn", Messages.get("settings.strikeOn"), viewModel.strikeOnProperty(),
                Messages.get("settings.strikeOn.prompt"), Messages.get("settings.strikeOn.help"));
        rows.date(grid, row, "strikeNoticeOn", Messages.get("settings.strikeNoticeOn"), viewModel.strikeNoticeOnProperty(),
                Messages.get("settings.negotiationSettingsDialog.yyyyMmDdWhenGiven"), Messages.get("settings.strikeNoticeOn.help"));
        return grid;
    }

    private Node thresholds() {
        GridPane grid = Forms.grid();
        int row = 0;
        for (NegotiationSettingsViewModel.Threshold t : NegotiationSettingsViewModel.THRESHOLDS) {
            row = rows.text(grid, row, t.field(), t.label() + " (" + t.unit() + ")", viewModel.thresholdProperty(t.field()),
                    t.unit(), t.help());
        }
        TextArea words = new TextArea();
        words.setId("vagueWords");
        words.setPrefRowCount(3);
        words.setWrapText(true);
        words.setPromptText(Messages.get("settings.vague.prompt"));
        words.textProperty().bindBidirectional(viewModel.vagueWordsProperty());
        fields.put("vagueWords", words);
        ComboBox<GrievanceWindowUnit> unit = Forms.choice("grievanceWindowUnit", GrievanceWindowUnit.values());
        unit.valueProperty().bindBidirectional(viewModel.grievanceWindowUnitProperty());
        fields.put("grievanceWindowUnit", unit);
        row = Forms.row(grid, row, Messages.get("settings.grievanceWindowUnit"), unit,
                Messages.get("settings.grievanceWindowUnit.help"), viewModel.errors().messageFor("grievanceWindowUnit"));
        row = rows.text(grid, row, "holidays", Messages.get("settings.holidays"), viewModel.holidaysProperty(),
                "2026-12-25, 2027-01-01", Messages.get("settings.holidays.help"));
        row = Forms.row(grid, row, Messages.get("settings.negotiationSettingsDialog.vagueWords"), words, Messages.get("settings.negotiationSettingsDialog.wordsAndPhrasesFlaggedIn"), viewModel.errors().messageFor("vagueWords"));
        Label note = new Label(Messages.get("settings.note"));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        Forms.span(grid, row, note);
        return new VBox(grid);
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
