package org.tablebook.ui.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.Dates;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCodes;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.Stamps;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DateLabels;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.ui.common.FieldReadings;
import org.tablebook.ui.common.LabelledChoice;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.RecordEditor;
import org.tablebook.ui.common.RecordList;
import org.tablebook.ui.common.StatusFilter;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.ui.common.Messages;

/**
 * The Compliance section: every obligation of the agreement being watched after the table, and an
 * editor for the one selected. Once a breach is noticed, the last day to file a grievance
 * (breach noticed plus the item's window, reference 002 feature 7) is what matters most, so the
 * view model works it out live from the editor's fields and says how far off it is.
 */
public final class ComplianceViewModel {
    /** How the last day to file reads: nothing to show, plenty of time, closing soon, closed, or filed. */
    public enum Urgency { NONE, OPEN, SOON, PAST, FILED }

    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private final StatusFilter<ComplianceStatus> statusFilter =
            new StatusFilter<>(ComplianceStatus.values(), Messages.get("compliance.filter.all"));
    private final ObservableList<LabelledChoice<TentativeAgreement>> agreementChoices = FXCollections.observableArrayList();

    private final StringProperty clause = new SimpleStringProperty("");
    private final ObjectProperty<LabelledChoice<TentativeAgreement>> agreement = new SimpleObjectProperty<>();
    private final StringProperty obligation = new SimpleStringProperty("");
    private final StringProperty responsibleParty = new SimpleStringProperty("");
    private final StringProperty dueOn = new SimpleStringProperty("");
    private final ObjectProperty<ComplianceStatus> status = new SimpleObjectProperty<>(ComplianceStatus.OPEN);
    private final StringProperty breachNoticedOn = new SimpleStringProperty("");
    private final StringProperty grievanceFiledOn = new SimpleStringProperty("");
    private final StringProperty windowDays = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper lastDayToFile = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastDayNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Urgency> urgency = new ReadOnlyObjectWrapper<>(Urgency.NONE);
    private final RecordEditor<ComplianceItem> editor;
    private final RecordList<ComplianceItem, ComplianceRow> list;

    public ComplianceViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        editor = new RecordEditor<>(document, dialogs, this::fill, this::blank, c -> shorten(c.obligation()),
                Messages.get("compliance.new"));
        editor.field("clause", clause);
        editor.watch("clause", agreement);
        editor.field("obligation", obligation);
        editor.field("responsibleParty", responsibleParty);
        editor.field("dueOn", dueOn);
        editor.field("status", status);
        editor.watch("breachNoticedOn", status);
        editor.field("breachNoticedOn", breachNoticedOn);
        editor.field("grievanceFiledOn", grievanceFiledOn);
        editor.field("grievanceWindowDays", windowDays);
        editor.onSave(this::save);
        list = new RecordList<>(editor, ComplianceRow::item, ComplianceRow::searchText);
        list.filter(() -> r -> statusFilter.keeps(r.item().status()), r -> statusFilter.reset(),
                statusFilter.chosenProperty());
        for (var field : List.of(breachNoticedOn, grievanceFiledOn, windowDays)) {
            field.addListener((obs, was, is) -> refreshLastDay());
        }
        status.addListener((obs, was, is) -> refreshLastDay());
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        load(document.snapshot());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private int defaultWindow() {
        NegotiationSnapshot s = document.snapshot();
        return s == null ? 14 : s.negotiation().ruleSettings().defaultGrievanceWindowDays();
    }

    private int warningDays() {
        NegotiationSnapshot s = document.snapshot();
        return s == null ? 3 : s.negotiation().ruleSettings().grievanceWarningDays();
    }

    private void load(NegotiationSnapshot snapshot) {
        if (snapshot == null) {
            list.clear();
            return;
        }
        LocalDate today = today();
        int warning = warningDays();
        List<ComplianceRow> fresh = snapshot.complianceItems().stream()
                .map(c -> ComplianceRow.of(snapshot, c, today, warning))
                .sorted(ComplianceRow.ORDER)
                .toList();
        List<LabelledChoice<TentativeAgreement>> choices = new ArrayList<>();
        choices.add(LabelledChoice.none(Messages.get("compliance.agreement.none")));
        snapshot.agreements().stream()
                .filter(a -> a.status().isStanding())
                // Ratified first, then by the demand's code as people read it (U-2 before U-10).
                .sorted(Comparator.comparing((TentativeAgreement a) -> a.status() != TaStatus.RATIFIED)
                        .thenComparing(a -> snapshot.demand(a.demandId()).map(Demand::code).orElse(""), DemandCodes.ORDER))
                .forEach(a -> choices.add(new LabelledChoice<>(a, ComplianceRow.agreementLabel(snapshot, a)
                        + " (" + Labels.of(a.status()) + ")")));
        // Taken before the list changes: a drop-down lets go of its value when its list is
        // replaced, which is not the person's doing.
        LabelledChoice<TentativeAgreement> chosen = agreement.get();
        editor.quietly(() -> {
            agreementChoices.setAll(choices);
            agreement.set(rechoose(chosen));
        });
        list.show(fresh, summarize(fresh));
    }

    private LabelledChoice<TentativeAgreement> rechoose(LabelledChoice<TentativeAgreement> current) {
        if (current == null || current.isNone()) {
            return agreementChoices.get(0);
        }
        return choiceFor(current.value().id());
    }

    private LabelledChoice<TentativeAgreement> choiceFor(String agreementId) {
        if (agreementId == null) {
            return agreementChoices.get(0);
        }
        return agreementChoices.stream().filter(c -> !c.isNone() && c.value().id().equals(agreementId)).findFirst()
                .orElse(agreementChoices.get(0));
    }

    private static String summarize(List<ComplianceRow> rows) {
        if (rows.isEmpty()) {
            return Messages.get("compliance.summary.none");
        }
        long open = rows.stream().filter(r -> r.item().status() == ComplianceStatus.OPEN).count();
        long met = rows.stream().filter(r -> r.item().status() == ComplianceStatus.MET).count();
        long breached = rows.stream().filter(r -> r.item().status() == ComplianceStatus.BREACHED).count();
        return Messages.format("compliance.summary", rows.size(), open, met, breached);
    }

    // ---- the editor ----

    /** Starts a new OPEN obligation with the negotiation's default grievance window. */
    public void newItem() {
        list.startNew();
    }

    private void blank() {
        clause.set("");
        agreement.set(agreementChoices.isEmpty() ? null : agreementChoices.get(0));
        obligation.set("");
        responsibleParty.set("");
        dueOn.set("");
        status.set(ComplianceStatus.OPEN);
        breachNoticedOn.set("");
        grievanceFiledOn.set("");
        windowDays.set(String.valueOf(defaultWindow()));
        refreshLastDay();
    }

    private void fill(ComplianceItem c) {
        clause.set(c.clause());
        agreement.set(choiceFor(c.agreementId()));
        obligation.set(c.obligation());
        responsibleParty.set(c.responsibleParty());
        dueOn.set(DateLabels.field(c.dueOn()));
        status.set(c.status());
        breachNoticedOn.set(DateLabels.field(c.breachNoticedOn()));
        grievanceFiledOn.set(DateLabels.field(c.grievanceFiledOn()));
        windowDays.set(String.valueOf(c.grievanceWindowDays()));
        refreshLastDay();
    }

    /** The last day to file as the editor's fields stand, with how far off it is. */
    private void refreshLastDay() {
        LocalDate noticed = quietDate(breachNoticedOn.get());
        Integer days = quietCount(windowDays.get());
        if (noticed == null || days == null || days < 0) {
            lastDayToFile.set("");
            lastDayNote.set(status.get() == ComplianceStatus.BREACHED ? Messages.get("compliance.lastDay.needsDate")
                    : Messages.get("compliance.lastDay.noBreach"));
            urgency.set(Urgency.NONE);
            return;
        }
        LocalDate last = document.snapshot() == null ? noticed.plusDays(days)
                : document.snapshot().negotiation().ruleSettings().windowEnd(noticed, days);
        lastDayToFile.set(DateLabels.date(last));
        String weekday = last.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        LocalDate filed = quietDate(grievanceFiledOn.get());
        if (filed != null) {
            lastDayNote.set(Messages.format("compliance.lastDay.filed", DateLabels.date(filed), weekday));
            urgency.set(Urgency.FILED);
            return;
        }
        long left = ChronoUnit.DAYS.between(today(), last);
        if (left < 0) {
            lastDayNote.set(Messages.format("compliance.lastDay.past", -left, weekday));
            urgency.set(Urgency.PAST);
        } else {
            lastDayNote.set(left == 0 ? Messages.format("compliance.lastDay.today", weekday)
                    : Messages.format("compliance.lastDay.left", left, days, weekday));
            urgency.set(left <= warningDays() ? Urgency.SOON : Urgency.OPEN);
        }
    }

    private static LocalDate quietDate(String text) {
        try {
            return Dates.parseDate("date", Messages.get("compliance.complianceViewModel.theDate"), text);
        } catch (ValidationException e) {
            return null;
        }
    }

    private static Integer quietCount(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Marks the obligation breached, noticed today unless a date is already given, and saves. */
    public void recordBreach() {
        status.set(ComplianceStatus.BREACHED);
        if (breachNoticedOn.get().isBlank()) {
            breachNoticedOn.set(DateLabels.field(today()));
        }
        save();
    }

    /** Marks the obligation met and saves. */
    public void markMet() {
        status.set(ComplianceStatus.MET);
        save();
    }

    /** Fills in today as the day the grievance was filed; saved with {@link #save()}. */
    public void grievanceFiledToday() {
        grievanceFiledOn.set(DateLabels.field(today()));
    }

    public void save() {
        FieldErrors errors = editor.errors();
        errors.clearAll();
        FieldReadings readings = new FieldReadings();
        LocalDate due = readings.read(() -> Dates.parseDate("dueOn", Messages.get("compliance.complianceViewModel.theDueDate"), dueOn.get()));
        LocalDate noticed = readings.read(() -> Dates.parseDate("breachNoticedOn", Messages.get("compliance.complianceViewModel.theDateTheBreachWas"),
                breachNoticedOn.get()));
        LocalDate filed = readings.read(() -> Dates.parseDate("grievanceFiledOn", Messages.get("compliance.complianceViewModel.theGrievanceSDate"),
                grievanceFiledOn.get()));
        Integer window = readings.read(() -> {
            Integer n = quietCount(windowDays.get());
            if (n == null) {
                throw new ValidationException("grievanceWindowDays", Messages.get("compliance.error.window"));
            }
            return n;
        });
        if (readings.refusedOn(errors)) {
            return;
        }
        Instant now = clock.instant();
        String agreementId = agreement.get() == null || agreement.get().isNone() ? null : agreement.get().value().id();
        editor.save(item -> Messages.format(editor.isCreating() ? "compliance.change.add" : "compliance.change.edit",
                shorten(item.obligation())), before -> {
                    Stamps stamps = Stamps.of(before, now);
                    return new ComplianceItem(stamps.id(), clause.get(), agreementId, obligation.get(),
                            responsibleParty.get(), due, status.get(), noticed, filed, window, stamps.createdAt(),
                            stamps.updatedAt());
                }, list::reselect);
    }

    public void delete() {
        list.selectedRecord().ifPresent(item -> editor.delete(
                Messages.format("compliance.delete.question", shorten(item.obligation())),
                Messages.format("compliance.change.delete", shorten(item.obligation())),
                () -> list.selectedProperty().set(null)));
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "\u2026" : s;
    }

    // ---- properties ----

    /** The obligations, narrowed by the search and the status filter; the selected one is in the editor. */
    public RecordList<ComplianceItem, ComplianceRow> list() {
        return list;
    }

    public StatusFilter<ComplianceStatus> statusFilter() {
        return statusFilter;
    }

    public ObservableList<LabelledChoice<TentativeAgreement>> agreementChoices() {
        return agreementChoices;
    }

    public StringProperty clauseProperty() {
        return clause;
    }

    public ObjectProperty<LabelledChoice<TentativeAgreement>> agreementProperty() {
        return agreement;
    }

    public StringProperty obligationProperty() {
        return obligation;
    }

    public StringProperty responsiblePartyProperty() {
        return responsibleParty;
    }

    public StringProperty dueOnProperty() {
        return dueOn;
    }

    public ObjectProperty<ComplianceStatus> statusProperty() {
        return status;
    }

    public StringProperty breachNoticedOnProperty() {
        return breachNoticedOn;
    }

    public StringProperty grievanceFiledOnProperty() {
        return grievanceFiledOn;
    }

    public StringProperty windowDaysProperty() {
        return windowDays;
    }

    /** "20 Mar 2026", or "" before a breach is noticed. */
    public ReadOnlyStringProperty lastDayToFileProperty() {
        return lastDayToFile.getReadOnlyProperty();
    }

    /** "A Friday: 6 days left of the 14-day window.", "The window closed 2 days ago.", "Grievance filed on 5 Mar 2026." */
    public ReadOnlyStringProperty lastDayNoteProperty() {
        return lastDayNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Urgency> urgencyProperty() {
        return urgency.getReadOnlyProperty();
    }

    /** The editor of the selected obligation: dirty, busy, messages, save bar. */
    public RecordEditor<ComplianceItem> editor() {
        return editor;
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
