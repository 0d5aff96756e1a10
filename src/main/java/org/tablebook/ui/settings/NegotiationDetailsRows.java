package org.tablebook.ui.settings;

import java.time.Clock;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Sector;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;

/**
 * The rows of a form's grid for the negotiation's details, alike in File > New negotiation and
 * the negotiation's settings: each field named as the record's component, with its message
 * under it, and kept in the form's map of fields so that a refused one can get the keyboard.
 */
final class NegotiationDetailsRows {
    private final NegotiationDetails details;
    private final FieldErrors errors;
    private final Map<String, Control> fields;
    private final Clock clock;

    NegotiationDetailsRows(NegotiationDetails details, FieldErrors errors, Map<String, Control> fields, Clock clock) {
        this.details = details;
        this.clock = clock;
        this.errors = errors;
        this.fields = fields;
    }

    int title(GridPane grid, int row) {
        return text(grid, row, "title", Messages.get("settings.negotiationSettingsDialog.title"),
                details.titleProperty(), Messages.get("settings.negotiationSettingsDialog.forExampleLocalRiversideHealth"),
                Messages.get("settings.negotiationSettingsDialog.theNameOfThisNegotiation"));
    }

    int kind(GridPane grid, int row) {
        ComboBox<NegotiationKind> kind = Forms.choice("kind", NegotiationKind.values());
        kind.valueProperty().bindBidirectional(details.kindProperty());
        fields.put("kind", kind);
        return Forms.row(grid, row, Messages.get("settings.negotiationSettingsDialog.kind"), kind,
                Messages.get("settings.negotiationSettingsDialog.aUnionContractOrA"), errors.messageFor("kind"));
    }

    int sector(GridPane grid, int row) {
        ComboBox<Sector> sector = Forms.choice("sector", Sector.values());
        sector.valueProperty().bindBidirectional(details.sectorProperty());
        fields.put("sector", sector);
        return Forms.row(grid, row, Messages.get("settings.sector"), sector, Messages.get("settings.sector.help"),
                errors.messageFor("sector"));
    }

    /** Both parties, the bargaining unit, and the dates the deadline rules count from. */
    int partiesAndDates(GridPane grid, int row) {
        row = text(grid, row, "ourParty", Messages.get("settings.negotiationSettingsDialog.ourParty"),
                details.ourPartyProperty(), Messages.get("settings.negotiationSettingsDialog.theUnionOrOrganization"),
                Messages.get("settings.negotiationSettingsDialog.whoWeAreAtThis"));
        row = text(grid, row, "otherParty", Messages.get("settings.negotiationSettingsDialog.theOtherParty"),
                details.otherPartyProperty(),
                Messages.get("settings.negotiationSettingsDialog.theEmployerOrDecisionMaker"),
                Messages.get("settings.negotiationSettingsDialog.whoSitsAcrossTheTable"));
        row = text(grid, row, "bargainingUnit", Messages.get("settings.negotiationSettingsDialog.whoWeAre"),
                details.bargainingUnitProperty(),
                Messages.get("settings.negotiationSettingsDialog.theBargainingUnitOrMembership"),
                Messages.get("settings.negotiationSettingsDialog.whoTheAgreementCoversAnd"));
        row = date(grid, row, "startedOn", Messages.get("settings.negotiationSettingsDialog.bargainingStarted"),
                details.startedOnProperty(), Messages.get("settings.negotiationSettingsDialog.yyyyMmDd"), null);
        row = date(grid, row, "contractExpiresOn", Messages.get("settings.negotiationSettingsDialog.contractExpires"),
                details.contractExpiresOnProperty(), Messages.get("settings.negotiationSettingsDialog.yyyyMmDd"),
                Messages.get("settings.negotiationSettingsDialog.theCurrentContractSExpiry"));
        return date(grid, row, "newDemandDeadline", Messages.get("settings.negotiationSettingsDialog.newDemandDeadline"),
                details.newDemandDeadlineProperty(), Messages.get("settings.negotiationSettingsDialog.yyyyMmDd"),
                Messages.get("settings.negotiationSettingsDialog.afterThisDateTablingA"));
    }

    /** A text field bound to {@code property}; typing in it clears its message. */
    TextField field(String id, StringProperty property, String prompt) {
        TextField text = new TextField();
        text.setId(id);
        text.setPromptText(prompt);
        text.textProperty().bindBidirectional(property);
        return kept(id, text);
    }

    private TextField kept(String id, TextField text) {
        text.textProperty().addListener((obs, was, is) -> errors.clear(id));
        fields.put(id, text);
        return text;
    }

    /** A labelled date field (typed, or picked from its calendar) with its help and its message. */
    int date(GridPane grid, int row, String id, String label, StringProperty property, String prompt, String help) {
        TextField date = kept(id, Forms.date(id, prompt, property, clock));
        return Forms.row(grid, row, label, date, help != null ? help : prompt, errors.messageFor(id));
    }

    /** A labelled text field with its help (the prompt when there is none) and its message. */
    int text(GridPane grid, int row, String id, String label, StringProperty property, String prompt, String help) {
        TextField text = field(id, property, prompt);
        return Forms.row(grid, row, label, text, help != null ? help : prompt, errors.messageFor(id));
    }
}
