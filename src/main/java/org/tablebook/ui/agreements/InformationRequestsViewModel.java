package org.tablebook.ui.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tablebook.domain.Dates;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Side;
import org.tablebook.domain.Stamps;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DateLabels;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.ui.common.FieldReadings;
import org.tablebook.ui.common.RecordEditor;
import org.tablebook.ui.common.RecordList;
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

    private final ObjectProperty<Side> askedBy = new SimpleObjectProperty<>(Side.OURS);
    private final StringProperty askedOn = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty dueOn = new SimpleStringProperty("");
    private final StringProperty answeredOn = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dueHint = new ReadOnlyStringWrapper("");
    private final RecordEditor<InformationRequest> editor;
    private final RecordList<InformationRequest, RequestRow> list;
    private boolean followingAskedOn;

    public InformationRequestsViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        editor = new RecordEditor<>(document, dialogs, this::fill, this::blank, InformationRequest::subject,
                Messages.get("requests.new"));
        editor.field("askedBy", askedBy);
        editor.field("askedOn", askedOn);
        editor.field("subject", subject);
        editor.field("dueOn", dueOn);
        editor.field("answeredOn", answeredOn);
        editor.field("notes", notes);
        editor.onSave(this::save);
        list = new RecordList<>(editor, RequestRow::request, RequestRow::searchText);
        askedOn.addListener((obs, was, is) -> {
            if (followingAskedOn) {
                LocalDate asked = quietDate(is);
                if (asked != null) {
                    setDueQuietly(DateLabels.field(asked.plusDays(dueDays())));
                }
            }
            refreshDueHint();
        });
        dueOn.addListener((obs, was, is) -> {
            followingAskedOn = false;
            refreshDueHint();
        });
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
            list.clear();
            return;
        }
        LocalDate today = today();
        List<RequestRow> fresh = snapshot.informationRequests().stream()
                .map(r -> RequestRow.of(r, today))
                .sorted(RequestRow.ORDER)
                .toList();
        long open = fresh.stream().filter(r -> r.request().answeredOn() == null).count();
        long overdue = fresh.stream().filter(RequestRow::overdue).count();
        list.show(fresh, fresh.isEmpty() ? Messages.get("requests.summary.none")
                : Messages.format("requests.summary", fresh.size(), open, overdue));
    }

    /** Starts a request of ours asked today, due after the negotiation's default days. */
    public void newRequest() {
        list.startNew();
    }

    private void blank() {
        askedBy.set(Side.OURS);
        askedOn.set(DateLabels.field(today()));
        subject.set("");
        setDueQuietly(DateLabels.field(today().plusDays(dueDays())));
        answeredOn.set("");
        notes.set("");
        refreshDueHint();
    }

    private void fill(InformationRequest r) {
        askedBy.set(r.askedBy());
        askedOn.set(DateLabels.field(r.askedOn()));
        dueOn.set(DateLabels.field(r.dueOn()));
        followingAskedOn = false;
        subject.set(r.subject());
        answeredOn.set(DateLabels.field(r.answeredOn()));
        notes.set(r.notes());
        refreshDueHint();
    }

    /** Fills in today as the answer date, for the request being edited; saved with {@link #save()}. */
    public void answeredToday() {
        answeredOn.set(DateLabels.field(today()));
    }

    public void save() {
        FieldErrors errors = editor.errors();
        errors.clearAll();
        FieldReadings readings = new FieldReadings();
        LocalDate asked = readings.read(() -> Dates.parseDate("askedOn", Messages.get("agreements.informationRequestsViewModel.theDateItWasAsked"), askedOn.get()));
        LocalDate due = readings.read(() -> Dates.parseDate("dueOn", Messages.get("agreements.informationRequestsViewModel.theDueDate"), dueOn.get()));
        LocalDate answered = readings.read(() -> Dates.parseDate("answeredOn", Messages.get("agreements.informationRequestsViewModel.theAnswerSDate"), answeredOn.get()));
        if (readings.refusedOn(errors)) {
            return;
        }
        Instant now = clock.instant();
        editor.save(request -> Messages.format(editor.isCreating() ? "requests.change.add" : "requests.change.edit",
                request.subject()), before -> {
                    Stamps stamps = Stamps.of(before, now);
                    return new InformationRequest(stamps.id(), askedBy.get(), asked, subject.get(), due, answered,
                            notes.get(), stamps.createdAt(), stamps.updatedAt());
                }, list::reselect);
    }

    public void delete() {
        list.selectedRecord().ifPresent(request -> editor.delete(
                Messages.format("requests.delete.question", request.subject()),
                Messages.format("requests.change.delete", request.subject()), () -> list.selectedProperty().set(null)));
    }

    // ---- properties ----

    /** The requests, narrowed by the search; the selected one is in the editor. */
    public RecordList<InformationRequest, RequestRow> list() {
        return list;
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

    /** The editor of the selected request: dirty, busy, messages, save bar. */
    public RecordEditor<InformationRequest> editor() {
        return editor;
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

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
