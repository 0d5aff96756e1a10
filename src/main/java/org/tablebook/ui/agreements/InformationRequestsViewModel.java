package org.tablebook.ui.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.tablebook.domain.Dates;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Ids;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Side;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DateLabels;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.ui.common.Messages;

/**
 * The Information requests tab: what each side asked the other for, when it is due and when it was
 * answered. A late answer is evidence, so the list says how late. The due date defaults to the
 * asking date plus the negotiation's {@code informationRequestDueDays}, and follows the asking date
 * until the person types a due date of their own.
 */
public final class InformationRequestsViewModel {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObservableList<RequestRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RequestRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<RequestRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private final ObjectProperty<Side> askedBy = new SimpleObjectProperty<>(Side.OURS);
    private final StringProperty askedOn = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty dueOn = new SimpleStringProperty("");
    private final StringProperty answeredOn = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dueHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final FieldErrors errors = new FieldErrors();
    private final BooleanBinding dirty;
    private boolean followingAskedOn;

    public InformationRequestsViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String needle = search.get().strip().toLowerCase(Locale.ROOT);
            return (RequestRow r) -> needle.isEmpty() || r.searchText().contains(needle);
        }, search));
        selected.addListener((obs, was, is) -> {
            if (is != null) {
                edit(is.request());
            }
        });
        askedOn.addListener((obs, was, is) -> {
            errors.clear("askedOn");
            if (followingAskedOn) {
                LocalDate asked = quietDate(is);
                if (asked != null) {
                    setDueQuietly(DateLabels.field(asked.plusDays(dueDays())));
                }
            }
            refreshDueHint();
        });
        dueOn.addListener((obs, was, is) -> {
            errors.clear("dueOn");
            followingAskedOn = false;
            refreshDueHint();
        });
        subject.addListener((obs, was, is) -> errors.clear("subject"));
        answeredOn.addListener((obs, was, is) -> errors.clear("answeredOn"));
        dirty = Bindings.createBooleanBinding(this::isDirty, askedBy, askedOn, subject, dueOn, answeredOn, notes,
                selected, creating);
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        load(document.snapshot());
    }

    private int dueDays() {
        NegotiationSnapshot s = document.snapshot();
        return s == null ? 14 : s.negotiation().ruleSettings().informationRequestDueDays();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void setDueQuietly(String value) {
        dueOn.set(value);
        followingAskedOn = true;
    }

    private static LocalDate quietDate(String text) {
        try {
            return Dates.parseDate("date", Messages.get("agreements.informationRequestsViewModel.theDate"), text);
        } catch (ValidationException e) {
            return null;
        }
    }

    private void refreshDueHint() {
        LocalDate due = quietDate(dueOn.get());
        LocalDate asked = quietDate(askedOn.get());
        if (due == null || asked == null) {
            dueHint.set(Messages.format("requests.due.hint.default", dueDays()));
            return;
        }
        dueHint.set(Messages.format("requests.due.hint", ChronoUnit.DAYS.between(asked, due),
                DateLabels.relative(due, today())));
    }

    private void load(NegotiationSnapshot snapshot) {
        if (snapshot == null) {
            rows.clear();
            summary.set("");
            editing.set(false);
            return;
        }
        LocalDate today = today();
        List<RequestRow> fresh = snapshot.informationRequests().stream()
                .map(r -> RequestRow.of(r, today))
                .sorted(RequestRow.ORDER)
                .toList();
        rows.setAll(fresh);
        long open = fresh.stream().filter(r -> r.request().answeredOn() == null).count();
        long overdue = fresh.stream().filter(RequestRow::overdue).count();
        summary.set(fresh.isEmpty() ? Messages.get("requests.summary.none")
                : Messages.format("requests.summary", fresh.size(), open, overdue));
        RequestRow current = selected.get();
        if (current != null) {
            RequestRow again = fresh.stream().filter(r -> r.id().equals(current.id())).findFirst().orElse(null);
            selected.set(again);
            if (again == null && !creating.get()) {
                editing.set(false);
            }
        }
    }

    /** Starts a request of ours asked today, due after the negotiation's default days. */
    public void newRequest() {
        selected.set(null);
        creating.set(true);
        editing.set(true);
        askedBy.set(Side.OURS);
        askedOn.set(DateLabels.field(today()));
        subject.set("");
        setDueQuietly(DateLabels.field(today().plusDays(dueDays())));
        answeredOn.set("");
        notes.set("");
        errors.clearAll();
        refreshDueHint();
    }

    private void edit(InformationRequest r) {
        creating.set(false);
        editing.set(true);
        askedBy.set(r.askedBy());
        askedOn.set(DateLabels.field(r.askedOn()));
        dueOn.set(DateLabels.field(r.dueOn()));
        followingAskedOn = false;
        subject.set(r.subject());
        answeredOn.set(DateLabels.field(r.answeredOn()));
        notes.set(r.notes());
        errors.clearAll();
        refreshDueHint();
    }

    public void cancel() {
        if (creating.get()) {
            creating.set(false);
            editing.set(false);
            errors.clearAll();
        } else if (selected.get() != null) {
            edit(selected.get().request());
        }
    }

    public boolean select(String id) {
        RequestRow row = rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (row == null) {
            return false;
        }
        if (!visibleRows.contains(row)) {
            search.set("");
        }
        creating.set(false);
        selected.set(row);
        return true;
    }

    /** Fills in today as the answer date, for the request being edited; saved with {@link #save()}. */
    public void answeredToday() {
        answeredOn.set(DateLabels.field(today()));
    }

    public void save() {
        errors.clearAll();
        List<ValidationException> problems = new ArrayList<>();
        LocalDate asked = parse(problems, () -> Dates.parseDate("askedOn", Messages.get("agreements.informationRequestsViewModel.theDateItWasAsked"), askedOn.get()));
        LocalDate due = parse(problems, () -> Dates.parseDate("dueOn", Messages.get("agreements.informationRequestsViewModel.theDueDate"), dueOn.get()));
        LocalDate answered = parse(problems, () -> Dates.parseDate("answeredOn", Messages.get("agreements.informationRequestsViewModel.theAnswerSDate"), answeredOn.get()));
        if (!problems.isEmpty()) {
            problems.forEach(errors::set);
            return;
        }
        Instant now = clock.instant();
        boolean isNew = creating.get();
        InformationRequest request;
        try {
            InformationRequest before = isNew ? null : selected.get().request();
            request = new InformationRequest(isNew ? Ids.newId() : before.id(), askedBy.get(), asked, subject.get(), due,
                    answered, notes.get(), isNew ? now : before.createdAt(),
                    isNew || !now.isBefore(before.createdAt()) ? now : before.createdAt());
        } catch (ValidationException e) {
            errors.set(e);
            return;
        }
        busy.set(true);
        document.change(Messages.format(isNew ? "requests.change.add" : "requests.change.edit", request.subject()), w -> {
            if (isNew) {
                w.insert(request);
            } else {
                w.update(request);
            }
            return request.id();
        }, id -> {
            busy.set(false);
            creating.set(false);
            rows.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(selected::set);
        }, this::failed);
    }

    public void delete() {
        RequestRow row = selected.get();
        if (row == null) {
            return;
        }
        if (!dialogs.confirm(Messages.get("requests.delete.title"), Messages.format("requests.delete.question",
                row.request().subject()), Messages.get("requests.delete"))) {
            return;
        }
        busy.set(true);
        document.change(Messages.format("requests.change.delete", row.request().subject()), w -> {
            w.delete(EntityRef.of(row.request()));
            return row.id();
        }, id -> {
            busy.set(false);
            editing.set(false);
            selected.set(null);
        }, this::failed);
    }

    private static <T> T parse(List<ValidationException> problems, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            problems.add(e);
            return null;
        }
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v) {
            errors.set(v);
            if (!List.of("askedOn", "subject", "dueOn", "answeredOn", "notes", "askedBy").contains(v.field())) {
                dialogs.showError(Messages.get("requests.failed.title"), v.getMessage());
            }
        } else {
            dialogs.showError(Messages.get("requests.failed.title"), e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private boolean isDirty() {
        if (creating.get()) {
            return true;
        }
        RequestRow row = selected.get();
        if (row == null) {
            return false;
        }
        InformationRequest r = row.request();
        return r.askedBy() != askedBy.get() || !DateLabels.field(r.askedOn()).equals(askedOn.get().strip())
                || !r.subject().equals(subject.get().strip()) || !DateLabels.field(r.dueOn()).equals(dueOn.get().strip())
                || !DateLabels.field(r.answeredOn()).equals(answeredOn.get().strip()) || !r.notes().equals(notes.get());
    }

    // ---- properties ----

    public ObservableList<RequestRow> rows() {
        return visibleRows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<RequestRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<Side> askedByProperty() {
        return askedBy;
    }

    public StringProperty askedOnProperty() {
        return askedOn;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty dueOnProperty() {
        return dueOn;
    }

    public StringProperty answeredOnProperty() {
        return answeredOn;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** "Due 14 days after it was asked, in 9 days." */
    public ReadOnlyStringProperty dueHintProperty() {
        return dueHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public FieldErrors errors() {
        return errors;
    }

    /**
     * One request as the list shows it.
     *
     * @param state "Answered 5 Mar 2026 (2 days late)", "Overdue by 3 days", "Due in 4 days"
     */
    public record RequestRow(InformationRequest request, String askedBy, String askedOn, String dueOn, String state,
            boolean overdue) {

        static final Comparator<RequestRow> ORDER = Comparator
                .comparing((RequestRow r) -> r.request().answeredOn() != null)
                .thenComparing(r -> r.request().dueOn())
                .thenComparing(r -> r.request().createdAt());

        public String id() {
            return request.id();
        }

        /** "Asked by us on 28 Oct 2026 · due 11 Nov 2026". */
        public String details() {
            return Messages.format("requests.row.details", askedBy.toLowerCase(Locale.ROOT), askedOn, dueOn);
        }

        String searchText() {
            return (request.subject() + " " + request.notes() + " " + askedBy + " " + state).toLowerCase(Locale.ROOT);
        }

        static RequestRow of(InformationRequest r, LocalDate today) {
            String who = r.askedBy() == Side.OURS ? Messages.get("requests.askedBy.ours")
                    : Messages.get("requests.askedBy.theirs");
            String state;
            boolean overdue = false;
            if (r.answeredOn() != null) {
                long late = ChronoUnit.DAYS.between(r.dueOn(), r.answeredOn());
                state = late > 0 ? Messages.format("requests.state.answeredLate", DateLabels.day(r.answeredOn()), late)
                        : Messages.format("requests.state.answered", DateLabels.day(r.answeredOn()));
            } else if (today.isAfter(r.dueOn())) {
                overdue = true;
                state = Messages.format("requests.state.overdue", ChronoUnit.DAYS.between(r.dueOn(), today));
            } else {
                state = Messages.format("requests.state.due", DateLabels.relative(r.dueOn(), today));
            }
            return new RequestRow(r, who, DateLabels.date(r.askedOn()), DateLabels.date(r.dueOn()), state, overdue);
        }
    }
}
