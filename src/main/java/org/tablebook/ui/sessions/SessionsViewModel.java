package org.tablebook.ui.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.tablebook.domain.Check;
import org.tablebook.domain.Dates;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.Side;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.Stamps;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.Labels;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.ui.common.Formats;
import org.tablebook.ui.common.LiveValidation;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.PassEntry;
import org.tablebook.ui.common.PassFormViewModel;
import org.tablebook.ui.common.Pick;
import org.tablebook.ui.common.PickFilter;
import org.tablebook.ui.common.RecordEditor;

/**
 * The Table sessions section: every on-the-record session, and an editor for the one selected:
 * date, hours, place, who attended from each side (picked from the team), the on-record notes,
 * and the passes logged in it, with "Log a pass" for any demand.
 */
public final class SessionsViewModel {
    private static final List<String> FIELDS = List.of("date", "start", "end", "location", "attendeeIds", "notes");

    /** A line of the sessions table, computed once per snapshot. */
    public record SessionRow(TableSession session, int ours, int theirs, int passes, String searchText) {
        public String id() {
            return session.id();
        }
    }

    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObservableList<SessionRow> rows = FXCollections.observableArrayList();
    private final FilteredList<SessionRow> filtered = new FilteredList<>(rows);
    private final SortedList<SessionRow> sorted = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TableSession> selected = new SimpleObjectProperty<>();

    private final RecordEditor<TableSession> editor;
    private final ObjectProperty<Set<String>> presentIds = new SimpleObjectProperty<>(Set.of());
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    /** The people of each side to tick, by name; those who can agree for their side are marked. */
    private final ObservableList<Pick> ours = FXCollections.observableArrayList();
    private final ObservableList<Pick> theirs = FXCollections.observableArrayList();
    private final PickFilter ourFilter = new PickFilter(ours);
    private final PickFilter theirFilter = new PickFilter(theirs);
    private final ReadOnlyStringWrapper attendance = new ReadOnlyStringWrapper("");
    private final ObservableList<PassEntry> passes = FXCollections.observableArrayList();
    private final LiveValidation validation;
    private final PassFormViewModel passForm;
    private final BooleanProperty attendeesChanged = new SimpleBooleanProperty();

    public SessionsViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        this.passForm = new PassFormViewModel(document, dialogs, clock);
        editor = new RecordEditor<>(document, dialogs, this::load, this::blank,
                x -> Messages.get("sessions.heading") + " " + Formats.day(x.date()), Messages.get("sessions.heading.new"));
        editor.field("date", date);
        editor.field("start", start);
        editor.field("end", end);
        editor.field("location", location);
        editor.field("notes", notes);
        editor.field("attendeeIds", presentIds);
        editor.onSave(this::save);
        editor.onReveal(this::select);
        // One search over both sides: a name is found whichever side it sits on.
        theirFilter.textProperty().bindBidirectional(ourFilter.textProperty());
        // After the editor's own listeners, so that a field's fresh message is not cleared again.
        validation = new LiveValidation(editor.errors(), this::rules)
                .watch("date", date).watch("start", start).watch("end", end, start)
                .watch("location", location).watch("notes", notes).watch("attendeeIds", attendeesChanged);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
            return (SessionRow r) -> needle.isEmpty() || r.searchText().contains(needle);
        }, search));
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        selected.addListener((obs, was, is) -> {
            if (is == null) {
                if (!editor.isCreating()) {
                    editor.close();
                }
                passForm.cancel();
            } else if (was == null || !was.id().equals(is.id())) {
                if (!editor.edit(is, () -> selected.set(is))) {
                    // The person stays on the unsaved edit.
                    selected.set(was);
                    return;
                }
                passForm.cancel();
            }
            showPasses(is);
        });
        load(document.snapshot());
    }

    private void load(NegotiationSnapshot s) {
        if (s == null) {
            rows.clear();
            selected.set(null);
            return;
        }
        java.util.Map<String, Integer> passCount = new java.util.HashMap<>();
        for (Proposal p : s.proposals()) {
            if (p.sessionId() != null) {
                passCount.merge(p.sessionId(), 1, Integer::sum);
            }
        }
        rows.setAll(s.sessions().stream().map(x -> row(s, x, passCount.getOrDefault(x.id(), 0))).toList());
        TableSession current = selected.get();
        if (current != null) {
            TableSession fresh = s.session(current.id()).orElse(null);
            editor.refresh(fresh);
            selected.set(editor.stored() == null ? null : fresh);
            showPasses(fresh);
        }
    }

    private static SessionRow row(NegotiationSnapshot s, TableSession x, int passes) {
        List<Person> people = x.attendeeIds().stream().map(s::person).flatMap(java.util.Optional::stream).toList();
        int ours = (int) people.stream().filter(p -> p.side() == Side.OURS).count();
        String text = String.join("\n", x.date().toString(), Formats.session(x), x.notes(),
                people.stream().map(Person::name).collect(Collectors.joining("\n"))).toLowerCase(Locale.ROOT);
        return new SessionRow(x, ours, people.size() - ours, passes, text);
    }

    private void showPasses(TableSession session) {
        NegotiationSnapshot s = document.snapshot();
        if (session == null || s == null) {
            passes.clear();
            return;
        }
        passes.setAll(s.proposals().stream().filter(p -> session.id().equals(p.sessionId()))
                .sorted(Comparator.comparing(Proposal::passedOn).thenComparing(Proposal::createdAt))
                .map(p -> new PassEntry(p, s.demand(p.demandId()).orElse(null), Formats.session(session)))
                .filter(e -> e.demand() != null).toList());
    }

    /** Starts a new session today, with the people who came to the last one ticked. */
    public void newSession() {
        editor.leave(() -> {
            selected.set(null);
            passForm.cancel();
            editor.startNew();
        });
    }

    private void blank() {
        NegotiationSnapshot s = document.snapshot();
        TableSession last = s == null ? null : s.sessions().stream()
                .max(Comparator.comparing(TableSession::date).thenComparing(TableSession::createdAt)).orElse(null);
        validation.load(() -> {
            date.set(Formats.isoDate(LocalDate.now(clock)));
            start.set("");
            end.set("");
            location.set(last == null ? "" : last.location());
            notes.set("");
            fillAttendees(last == null ? Set.of() : activeOf(s, last.attendeeIds()));
        });
    }

    private static Set<String> activeOf(NegotiationSnapshot s, List<String> ids) {
        return ids.stream().filter(id -> s.person(id).map(Person::active).orElse(false)).collect(Collectors.toSet());
    }

    private void load(TableSession x) {
        validation.load(() -> fill(x));
    }

    private void fill(TableSession x) {
        date.set(Formats.isoDate(x.date()));
        start.set(Formats.time(x.start()));
        end.set(Formats.time(x.end()));
        location.set(x.location());
        notes.set(x.notes());
        fillAttendees(new HashSet<>(x.attendeeIds()));
    }

    /** Active people of both sides, and anyone inactive who is already ticked, by name. */
    private void fillAttendees(Set<String> present) {
        NegotiationSnapshot s = document.snapshot();
        List<Pick> o = new ArrayList<>();
        List<Pick> t = new ArrayList<>();
        if (s != null) {
            s.people().stream().filter(p -> p.active() || present.contains(p.id()))
                    .sorted(Comparator.comparing((Person p) -> p.name().toLowerCase(Locale.ROOT)))
                    .forEach(p -> {
                        Pick a = new Pick(p.id(), p.name(), detail(p), present.contains(p.id()), p.canAgree());
                        a.chosenProperty().addListener((obs, was, is) -> {
                            presentIds.set(ticked());
                            attendeesChanged.set(!attendeesChanged.get());
                            attendance.set(describeAttendance());
                        });
                        (p.side() == Side.OURS ? o : t).add(a);
                    });
        }
        ourFilter.textProperty().set("");
        ours.setAll(o);
        theirs.setAll(t);
        presentIds.set(ticked());
        attendance.set(describeAttendance());
    }

    /** "Decision-maker, can agree for their side": what the tooltip says and the search also finds. */
    private static String detail(Person person) {
        return Labels.of(person.role()) + (person.canAgree() ? Messages.get("sessions.sessionsViewModel.canAgreeForTheirSide")
                : "") + (person.active() ? "" : Messages.get("sessions.sessionsViewModel.noLongerActive"));
    }

    private Set<String> ticked() {
        Set<String> ids = new java.util.TreeSet<>();
        ours.stream().filter(Pick::isChosen).forEach(a -> ids.add(a.id()));
        theirs.stream().filter(Pick::isChosen).forEach(a -> ids.add(a.id()));
        return Set.copyOf(ids);
    }

    /** Writes the session as one change; nothing is written while a field has a problem. */
    public void save() {
        if (editor.busyProperty().get() || !validation.checkAll()) {
            return;
        }
        boolean isNew = editor.isCreating();
        TableSession toSave;
        try {
            toSave = build(clock.instant());
        } catch (ValidationException e) {
            editor.errors().set(e);
            return;
        }
        editor.change((isNew ? Messages.get("sessions.sessionsViewModel.addTableSessionOf") : Messages.get("sessions.sessionsViewModel.editTableSessionOf")) + Formats.date(toSave.date()),
                w -> {
                    if (isNew) {
                        w.insert(toSave);
                    } else {
                        w.update(toSave);
                    }
                    return toSave;
                }, saved -> {
                    NegotiationSnapshot s = document.snapshot();
                    TableSession fresh = s == null ? saved : s.session(saved.id()).orElse(saved);
                    if (search.get() != null && !search.get().isBlank()
                            && filtered.stream().noneMatch(r -> r.id().equals(saved.id()))) {
                        search.set("");
                    }
                    editor.show(fresh);
                    selected.set(fresh);
                });
    }

    /** Deletes the session, unless passes or agreements belong to it: then the message says what to do. */
    public void delete() {
        TableSession x = editor.stored();
        NegotiationSnapshot s = document.snapshot();
        if (x == null || s == null || editor.busyProperty().get()) {
            return;
        }
        long logged = s.proposals().stream().filter(p -> x.id().equals(p.sessionId())).count();
        long confirmed = s.agreements().stream().filter(a -> x.id().equals(a.confirmedSessionId())).count();
        String name = Messages.format("session.name", Formats.date(x.date()));
        if (logged > 0 || confirmed > 0) {
            List<String> what = new ArrayList<>();
            if (logged > 0) {
                what.add(Messages.format("session.delete.passes", logged));
            }
            if (confirmed > 0) {
                what.add(Messages.format("session.delete.agreements", confirmed));
            }
            dialogs.showError(Messages.format("session.delete.refused.title", name),
                    Messages.format("session.delete.refused", name,
                            String.join(Messages.get("session.delete.and"), what)));
            return;
        }
        if (!dialogs.confirm(Messages.get("session.delete.confirm.title"),
                Messages.format("session.delete.confirm", Formats.day(x.date())), Messages.get("session.delete.button"))) {
            return;
        }
        editor.change(Messages.format("session.change.delete", Formats.date(x.date())), w -> {
            w.delete(EntityRef.of(x));
            return x;
        }, done -> editor.close());
    }

    /** Opens "Log a pass" in the selected session; the person chooses the demand. */
    public void logPass() {
        TableSession x = editor.stored();
        if (x != null && !editor.isCreating()) {
            passForm.startNew(null, x);
        }
    }

    public void editPass(PassEntry entry) {
        if (entry != null) {
            passForm.startEdit(entry.proposal());
        }
    }

    private TableSession build(Instant now) {
        TableSession old = editor.stored();
        List<String> attendees = new ArrayList<>();
        ours.stream().filter(Pick::isChosen).forEach(a -> attendees.add(a.id()));
        theirs.stream().filter(Pick::isChosen).forEach(a -> attendees.add(a.id()));
        Stamps stamps = Stamps.of(old, now);
        return new TableSession(stamps.id(),
                Dates.parseDate("date", Messages.get("sessions.sessionsViewModel.theDate"), date.get()), Dates.parseTime("start", Messages.get("sessions.sessionsViewModel.theStart"), start.get()),
                Dates.parseTime("end", Messages.get("sessions.sessionsViewModel.theEnd"), end.get()), location.get(), attendees, notes.get(),
                stamps.createdAt(), stamps.updatedAt());
    }

    private void rules(LiveValidation.Problems p) {
        LocalDate day = null;
        if (date.get() == null || date.get().isBlank()) {
            p.add("date", Messages.format("sessions.sessionsViewModel.dateRequired", Formats.isoDate(LocalDate.now(clock))));
        } else {
            try {
                day = Dates.parseDate("date", Messages.get("sessions.sessionsViewModel.theDate"), date.get());
            } catch (ValidationException e) {
                p.add(e.field(), e.getMessage());
            }
        }
        LocalTime from = time(p, "start", Messages.get("sessions.sessionsViewModel.theStart"), start.get());
        LocalTime to = time(p, "end", Messages.get("sessions.sessionsViewModel.theEnd"), end.get());
        if (from != null && to != null && to.isBefore(from)) {
            p.add("end", Messages.format("sessions.sessionsViewModel.endBeforeStart", Formats.time(to), Formats.time(from)));
        }
        p.check(() -> Check.text("location", Messages.get("sessions.sessionsViewModel.theLocation"), location.get()));
        p.check(() -> Check.text("notes", Messages.get("sessions.sessionsViewModel.theNotes"), notes.get()));
        if (day != null) {
            LocalDate d = day;
            NegotiationSnapshot s = document.snapshot();
            String own = editor.stored() == null ? null : editor.stored().id();
            if (s != null && editor.isCreating() && s.sessions().stream()
                    .anyMatch(x -> !x.id().equals(own) && x.date().equals(d) && x.location().strip()
                            .equalsIgnoreCase(location.get() == null ? "" : location.get().strip())
                            && Objects.equals(x.start(), from))) {
                p.add("date", Messages.format("sessions.sessionsViewModel.alreadyRecorded", Formats.date(d)));
            }
        }
        p.check(() -> build(clock.instant()));
    }

    private static LocalTime time(LiveValidation.Problems p, String field, String label, String text) {
        try {
            return Dates.parseTime(field, label, text);
        } catch (ValidationException e) {
            p.add(e.field(), e.getMessage());
            return null;
        }
    }

    private String describeAttendance() {
        long o = ours.stream().filter(Pick::isChosen).count();
        long t = theirs.stream().filter(Pick::isChosen).count();
        boolean decider = theirs.stream().anyMatch(a -> a.isChosen() && a.marked());
        return Messages.format("sessions.attendance.count", o, t) + (t > 0 && !decider
                ? Messages.get("sessions.sessionsViewModel.nobodyOfTheirsWhoCan") : ".") + " "
                + Messages.get("sessions.attendance.bold");
    }

    /** Selects a session by id; false when there is none. */
    public boolean select(String sessionId) {
        NegotiationSnapshot s = document.snapshot();
        if (s == null || s.session(sessionId).isEmpty()) {
            return false;
        }
        if (filtered.stream().noneMatch(r -> r.id().equals(sessionId))) {
            search.set("");
        }
        selected.set(s.session(sessionId).get());
        return true;
    }

    public SortedList<SessionRow> rows() {
        return sorted;
    }

    /** Searches dates, places, notes and who attended. */
    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<TableSession> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<TableSession> storedProperty() {
        return editor.storedProperty();
    }

    /** Year-month-day. */
    public StringProperty dateProperty() {
        return date;
    }

    /** Hours:minutes, 24-hour; blank when not recorded. */
    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty locationProperty() {
        return location;
    }

    /** What was said on the record. */
    public StringProperty notesProperty() {
        return notes;
    }

    /** Our people to tick; rebuilt for each session shown. */
    public ObservableList<Pick> ours() {
        return ours;
    }

    public ObservableList<Pick> theirs() {
        return theirs;
    }

    /** Ours as shown: those whose name or role holds what is typed in the search, and those ticked. */
    public ObservableList<Pick> oursShown() {
        return ourFilter.shown();
    }

    public ObservableList<Pick> theirsShown() {
        return theirFilter.shown();
    }

    /** What is typed in the search above both sides' names. */
    public StringProperty attendeeSearchProperty() {
        return ourFilter.textProperty();
    }

    /** True when the team is large enough to be searched rather than read. */
    public javafx.beans.binding.BooleanBinding attendeesSearchableProperty() {
        return Bindings.size(ours).add(Bindings.size(theirs)).greaterThanOrEqualTo(PickFilter.SEARCH_FROM);
    }

    /** "3 of ours and 2 of theirs attended." with a warning when nobody of theirs can agree for them. */
    public ReadOnlyStringProperty attendanceProperty() {
        return attendance.getReadOnlyProperty();
    }

    /** The editor of the session: dirty, busy, messages, save bar. */
    public RecordEditor<TableSession> editor() {
        return editor;
    }

    /** The passes logged in the selected session, in the order they crossed the table. */
    public ObservableList<PassEntry> passes() {
        return passes;
    }

    public PassFormViewModel passForm() {
        return passForm;
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
