package org.tablebook.ui.settings;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tablebook.domain.Dates;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Sector;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.ui.common.Messages;

/**
 * The negotiation's details as typed, the same in File > New negotiation and in the negotiation's
 * settings: title, kind and sector, the parties, the bargaining unit and the dates the deadline
 * rules count from. A refused date's message goes to the form's {@link FieldErrors}.
 */
public final class NegotiationDetails {
    private final FieldErrors errors;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<NegotiationKind> kind = new SimpleObjectProperty<>(NegotiationKind.UNION_CONTRACT);
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>(Sector.PRIVATE);
    private final StringProperty ourParty = new SimpleStringProperty("");
    private final StringProperty otherParty = new SimpleStringProperty("");
    private final StringProperty bargainingUnit = new SimpleStringProperty("");
    private final StringProperty startedOn = new SimpleStringProperty("");
    private final StringProperty contractExpiresOn = new SimpleStringProperty("");
    private final StringProperty newDemandDeadline = new SimpleStringProperty("");

    NegotiationDetails(FieldErrors errors) {
        this.errors = errors;
    }

    /** Puts a stored negotiation's details in the form. */
    void fill(Negotiation n) {
        title.set(n.title());
        kind.set(n.kind());
        sector.set(n.sector());
        ourParty.set(n.ourParty());
        otherParty.set(n.otherParty());
        bargainingUnit.set(n.bargainingUnit());
        startedOn.set(text(n.startedOn()));
        contractExpiresOn.set(text(n.contractExpiresOn()));
        newDemandDeadline.set(text(n.newDemandDeadline()));
    }

    LocalDate startedOn() {
        return date("startedOn", Messages.get("settings.negotiationSettingsViewModel.theStartOfBargaining"), startedOn);
    }

    LocalDate contractExpiresOn() {
        return date("contractExpiresOn", Messages.get("settings.negotiationSettingsViewModel.theContractSExpiry"),
                contractExpiresOn);
    }

    LocalDate newDemandDeadline() {
        return date("newDemandDeadline", Messages.get("settings.negotiationSettingsViewModel.theNewDemandDeadline"),
                newDemandDeadline);
    }

    /** The date typed in {@code text}, or null (blank, or refused with its message on {@code field}). */
    LocalDate date(String field, String label, StringProperty text) {
        try {
            return Dates.parseDate(field, label, text.get());
        } catch (ValidationException e) {
            errors.set(e);
            return null;
        }
    }

    static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<NegotiationKind> kindProperty() {
        return kind;
    }

    /** The sector: in the settings, choosing it presets the notice periods (health care: 90 and 60 days). */
    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public StringProperty ourPartyProperty() {
        return ourParty;
    }

    public StringProperty otherPartyProperty() {
        return otherParty;
    }

    public StringProperty bargainingUnitProperty() {
        return bargainingUnit;
    }

    public StringProperty startedOnProperty() {
        return startedOn;
    }

    public StringProperty contractExpiresOnProperty() {
        return contractExpiresOn;
    }

    public StringProperty newDemandDeadlineProperty() {
        return newDemandDeadline;
    }
}
