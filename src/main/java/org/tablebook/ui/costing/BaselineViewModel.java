package org.tablebook.ui.costing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.costing.BaselineCsv;
import org.tablebook.document.BackgroundTask;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.domain.Classification;
import org.tablebook.domain.CostingBaseline;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.PayBasis;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.RecordEditor;

/**
 * The costing baseline: the contract term and roll-up (one small form), and the unit's
 * classifications as a list with an editor that works on a copy, written only by {@link #save()}.
 * Classifications can also come from a CSV file, refused whole when any line is bad.
 */
public final class BaselineViewModel {
    private static final String USD = "USD";

    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private final StringProperty currency = new SimpleStringProperty(USD);
    private final StringProperty termStart = new SimpleStringProperty("");
    private final StringProperty termEnd = new SimpleStringProperty("");
    private final StringProperty rollUp = new SimpleStringProperty("7.65");
    private final FieldErrors termErrors = new FieldErrors();
    private CostingBaseline stored;
    /** What the term fields were last filled with: while they still hold it, a new snapshot refills them. */
    private List<String> filledWith = List.of();

    private final ObservableList<Classification> classifications = FXCollections.observableArrayList();
    private final ObjectProperty<Classification> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty headcount = new SimpleStringProperty("");
    private final ObjectProperty<PayBasis> payBasis = new SimpleObjectProperty<>(PayBasis.HOURLY);
    private final StringProperty rate = new SimpleStringProperty("");
    private final StringProperty standardHours = new SimpleStringProperty("2080");
    private final StringProperty overtimeHours = new SimpleStringProperty("0");
    private final StringProperty overtimeMultiplier = new SimpleStringProperty("1.5");
    private final StringProperty premiumHours = new SimpleStringProperty("0");
    private final StringProperty premiumPerHour = new SimpleStringProperty("0");
    private final StringProperty healthPremium = new SimpleStringProperty("0");
    private final StringProperty employerHealthPercent = new SimpleStringProperty("0");
    private final StringProperty pensionPercent = new SimpleStringProperty("0");
    private final RecordEditor<Classification> editor;
    private final BooleanBinding termDirty;

    public BaselineViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        editor = new RecordEditor<>(document, dialogs, this::fill, this::blank, Classification::name,
                Messages.get("costing.baseline.new"));
        editor.field("name", name);
        editor.field("headcount", headcount);
        editor.field("payBasis", payBasis);
        editor.field("rate", rate);
        editor.field("standardHours", standardHours);
        editor.field("overtimeHours", overtimeHours);
        editor.field("overtimeMultiplier", overtimeMultiplier);
        editor.field("premiumHours", premiumHours);
        editor.field("premiumPerHour", premiumPerHour);
        editor.field("healthPremium", healthPremium);
        editor.field("employerHealthPercent", employerHealthPercent);
        editor.field("pensionPercent", pensionPercent);
        editor.onSave(this::save);
        editor.onReveal(this::select);
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        selected.addListener((obs, was, is) -> {
            if (is != null && !editor.edit(is, () -> selected.set(is))) {
                selected.set(was);
            }
        });
        termDirty = Bindings.createBooleanBinding(this::isTermDirty, currency, termStart, termEnd, rollUp);
        filledWith = termFields();
        load(document.snapshot());
    }

    private void load(NegotiationSnapshot s) {
        CostingBaseline b = s == null ? null : s.costingBaseline().orElse(null);
        boolean termUntouched = termFields().equals(filledWith);
        stored = b;
        if (termUntouched) {
            fillTerm(b, s);
        }
        termDirty();
        List<Classification> list = s == null ? List.of() : s.classifications();
        classifications.setAll(list);
        Classification current = editor.stored();
        if (current != null) {
            Classification fresh = list.stream().filter(c -> c.id().equals(current.id())).findFirst().orElse(null);
            editor.refresh(fresh);
            selected.set(editor.stored() == null ? null : fresh);
        }
    }

    private void termDirty() {
        // Re-evaluated when the stored baseline changes under the fields.
        if (termDirty != null) {
            termDirty.invalidate();
        }
    }

    /** The form shows the stored term, or a proposal: the day after the contract expires, for three years. */
    private void fillTerm(CostingBaseline b, NegotiationSnapshot s) {
        if (b != null) {
            currency.set(b.currency());
            termStart.set(b.termStart().toString());
            termEnd.set(b.termEnd().toString());
            rollUp.set(Fields.text(b.rollUpPercent()));
        } else {
            currency.set(USD);
            var expires = s == null ? null : s.negotiation().contractExpiresOn();
            termStart.set(expires == null ? "" : expires.plusDays(1).toString());
            termEnd.set(expires == null ? "" : expires.plusDays(1).plusYears(3).minusDays(1).toString());
            rollUp.set("7.65");
        }
        filledWith = termFields();
        termErrors.clearAll();
    }

    private List<String> termFields() {
        return List.of(currency.get(), termStart.get(), termEnd.get(), rollUp.get());
    }

    private boolean isTermDirty() {
        CostingBaseline b = stored;
        if (b == null) {
            return true;
        }
        return !b.currency().equals(currency.get().strip()) || !b.termStart().toString().equals(termStart.get().strip())
                || !b.termEnd().toString().equals(termEnd.get().strip())
                || !Fields.text(b.rollUpPercent()).equals(rollUp.get().strip());
    }

    /** Writes the term and roll-up: the baseline is created the first time. */
    public void saveTerm() {
        termErrors.clearAll();
        Instant now = clock.instant();
        CostingBaseline b = stored;
        CostingBaseline next;
        try {
            next = new CostingBaseline(b == null ? Ids.newId() : b.id(), currency.get().strip().toUpperCase(Locale.ROOT),
                    Fields.date("termStart", "costing.baseline.termStart", termStart.get()),
                    Fields.date("termEnd", "costing.baseline.termEnd", termEnd.get()),
                    Fields.decimal("rollUpPercent", "costing.baseline.rollUp", rollUp.get()),
                    b == null ? now : b.createdAt(), b == null || now.isAfter(b.createdAt()) ? now : b.createdAt());
        } catch (ValidationException e) {
            termErrors.set(e);
            return;
        }
        editor.busy(true);
        document.change(Messages.get(b == null ? "costing.change.baseline" : "costing.change.term"), w -> {
            if (b == null) {
                w.insert(next);
            } else {
                w.update(next);
            }
            return next;
        }, done -> editor.busy(false), e -> failed(e, termErrors));
    }

    /** Starts a new classification in the editor; nothing is written until {@link #save()}. */
    public void newClassification() {
        editor.leave(() -> {
            selected.set(null);
            editor.startNew();
        });
    }

    private void blank() {
        name.set("");
        headcount.set("");
        payBasis.set(PayBasis.HOURLY);
        rate.set("");
        standardHours.set("2080");
        overtimeHours.set("0");
        overtimeMultiplier.set("1.5");
        premiumHours.set("0");
        premiumPerHour.set("0");
        healthPremium.set("0");
        employerHealthPercent.set("0");
        pensionPercent.set("0");
    }

    private void fill(Classification c) {
        name.set(c.name());
        headcount.set(String.valueOf(c.headcount()));
        payBasis.set(c.payBasis());
        rate.set(Fields.text(c.rate()));
        standardHours.set(Fields.text(c.standardHours()));
        overtimeHours.set(Fields.text(c.overtimeHours()));
        overtimeMultiplier.set(Fields.text(c.overtimeMultiplier()));
        premiumHours.set(Fields.text(c.premiumHours()));
        premiumPerHour.set(Fields.text(c.premiumPerHour()));
        healthPremium.set(Fields.text(c.healthPremium()));
        employerHealthPercent.set(Fields.text(c.employerHealthPercent()));
        pensionPercent.set(Fields.text(c.pensionPercent()));
    }

    private Classification fromForm(String id, Instant created, Instant updated) {
        return new Classification(id, name.get(),
                Fields.whole("headcount", "costing.class.headcount", headcount.get()), payBasis.get(),
                Fields.decimal("rate", "costing.class.rate", rate.get()),
                Fields.decimal("standardHours", "costing.class.standardHours", standardHours.get()),
                Fields.decimal("overtimeHours", "costing.class.overtimeHours", overtimeHours.get()),
                Fields.decimal("overtimeMultiplier", "costing.class.overtimeMultiplier", overtimeMultiplier.get()),
                Fields.decimal("premiumHours", "costing.class.premiumHours", premiumHours.get()),
                Fields.decimal("premiumPerHour", "costing.class.premiumPerHour", premiumPerHour.get()),
                Fields.decimal("healthPremium", "costing.class.healthPremium", healthPremium.get()),
                Fields.decimal("employerHealthPercent", "costing.class.employerHealthPercent",
                        employerHealthPercent.get()),
                Fields.decimal("pensionPercent", "costing.class.pensionPercent", pensionPercent.get()),
                created, updated);
    }

    /** Validates in the domain and writes the classification as one change. */
    public void save() {
        editor.save(c -> Messages.format(editor.isCreating() ? "costing.change.class.add" : "costing.change.class.edit",
                c.name()), current -> {
            Instant now = clock.instant();
            return current == null ? fromForm(Ids.newId(), now, now)
                    : fromForm(current.id(), current.createdAt(), now.isBefore(current.createdAt())
                            ? current.createdAt() : now);
        }, saved -> selected.set(classifications.stream().filter(c -> c.id().equals(saved.id())).findFirst()
                .orElse(saved)));
    }

    /** Deletes the classification being edited, after asking; the store refuses one that items still name. */
    public void delete() {
        Classification c = editor.stored();
        if (c == null) {
            return;
        }
        editor.delete(Messages.format("costing.delete.class.body", c.name()),
                Messages.format("costing.change.class.delete", c.name()), () -> selected.set(null));
    }

    /** Asks for a CSV file and imports it. */
    public void chooseAndImport() {
        dialogs.chooseFileToOpen(Messages.get("costing.baseline.import.title"), null).ifPresent(this::importCsv);
    }

    /**
     * Reads the file off the JavaFX thread, then writes every classification in one change: one
     * whose name is already in the unit gets the file's figures, the others are added. A file with
     * any bad line writes nothing and names every bad line.
     */
    public void importCsv(Path file) {
        Instant now = clock.instant();
        editor.busy(true);
        BackgroundTask.of(() -> {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return BaselineCsv.read(in, Ids::newId, now);
            }
        }).onSuccess(read -> write(read, now)).onFailure(e -> {
            editor.busy(false);
            if (e instanceof BaselineCsv.RefusedException r) {
                dialogs.showError(Messages.get("costing.baseline.import.refused"),
                        Messages.format("costing.baseline.import.refused.body", r.problems().stream()
                                .map(BaselineCsv.Problem::toString).collect(Collectors.joining("\n"))));
            } else if (e instanceof IOException) {
                dialogs.showError(Messages.get("costing.baseline.import.refused"),
                        Messages.format("costing.baseline.import.unreadable", file.getFileName()));
            } else {
                failed(e, editor.errors());
            }
        }).runWith(document.tasks());
    }

    private void write(List<Classification> read, Instant now) {
        Map<String, Classification> byName = new HashMap<>();
        classifications.forEach(c -> byName.put(c.name().toLowerCase(Locale.ROOT), c));
        List<Classification> inserts = new ArrayList<>();
        List<Classification> updates = new ArrayList<>();
        for (Classification c : read) {
            Classification old = byName.get(c.name().toLowerCase(Locale.ROOT));
            if (old == null) {
                inserts.add(c);
            } else {
                updates.add(new Classification(old.id(), c.name(), c.headcount(), c.payBasis(), c.rate(),
                        c.standardHours(), c.overtimeHours(), c.overtimeMultiplier(), c.premiumHours(),
                        c.premiumPerHour(), c.healthPremium(), c.employerHealthPercent(), c.pensionPercent(),
                        old.createdAt(), now.isBefore(old.createdAt()) ? old.createdAt() : now));
            }
        }
        document.change(Messages.get("costing.change.import"), w -> {
            inserts.forEach(w::insert);
            updates.forEach(w::update);
            return read.size();
        }, n -> {
            editor.busy(false);
            dialogs.showInformation(Messages.get("costing.baseline.import.title"),
                    Messages.format("costing.baseline.import.done", n, inserts.size(), updates.size()));
        }, e -> failed(e, editor.errors()));
    }

    private void failed(Throwable e, FieldErrors into) {
        editor.busy(false);
        if (e instanceof ValidationException v) {
            into.set(v);
            dialogs.showError(Messages.get("costing.error.title"), v.getMessage());
        } else {
            dialogs.showError(Messages.get("costing.error.title"),
                    e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    public ObservableList<Classification> classifications() {
        return classifications;
    }

    public ObjectProperty<Classification> selectedProperty() {
        return selected;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty termStartProperty() {
        return termStart;
    }

    public StringProperty termEndProperty() {
        return termEnd;
    }

    public StringProperty rollUpProperty() {
        return rollUp;
    }

    public FieldErrors termErrors() {
        return termErrors;
    }

    public BooleanBinding termDirtyProperty() {
        return termDirty;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty headcountProperty() {
        return headcount;
    }

    public ObjectProperty<PayBasis> payBasisProperty() {
        return payBasis;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty standardHoursProperty() {
        return standardHours;
    }

    public StringProperty overtimeHoursProperty() {
        return overtimeHours;
    }

    public StringProperty overtimeMultiplierProperty() {
        return overtimeMultiplier;
    }

    public StringProperty premiumHoursProperty() {
        return premiumHours;
    }

    public StringProperty premiumPerHourProperty() {
        return premiumPerHour;
    }

    public StringProperty healthPremiumProperty() {
        return healthPremium;
    }

    public StringProperty employerHealthPercentProperty() {
        return employerHealthPercent;
    }

    public StringProperty pensionPercentProperty() {
        return pensionPercent;
    }

    /** The classification editor: its copy, dirty, busy (the term and the import too), messages. */
    public RecordEditor<Classification> editor() {
        return editor;
    }

    /** Selects a classification by id; false when there is none. */
    public boolean select(String id) {
        Classification c = classifications.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        selected.set(c);
        return c != null;
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
