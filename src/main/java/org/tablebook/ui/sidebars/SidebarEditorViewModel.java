package org.tablebook.ui.sidebars;

import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.TimeText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCodes;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarStart;
import java.util.Objects;
import java.util.Optional;
import org.tablebook.domain.SidebarState;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Pick;
import org.tablebook.ui.common.PickFilter;
import org.tablebook.ui.common.QuietChanges;
import org.tablebook.ui.common.RecordEditor;
import org.tablebook.document.NegotiationDocument;

/**
 * One sidebar's own record, edited on a copy: the checklist before it (in the texts' order), its
 * times, place and confidential notes; "Start sidebar" and "End sidebar"; and its running clock.
 *
 * <p>The clock is never stored: only the start is. {@link #tick()} (called once a second by the
 * view) recomputes the elapsed time from the start and the injected clock, so a sidebar shows the
 * right time after the file is closed and opened again.
 */
public final class SidebarEditorViewModel {
    private static final List<String> FORM_FIELDS = List.of("purpose", "requestedBy", "suggestedAt", "teamInformedAt",
            "timeAnnouncedAt", "teamAuthorizedAt", "repsChosenBy", "attendeeIds", "instructionsSay", "instructionsDoNotSay", "noNotesRule",
            "notRepeatedRule", "notUsedInLitigationRule", "scheduledAt", "startedAt", "endedAt", "location",
            "agendaDemandIds", "confidentialNotes");

    private final DialogService dialogs;
    private final Clock clock;
    private final Consumer<Sidebar> onSaved;
    private final RecordEditor<Sidebar> editor;

    private NegotiationSnapshot snapshot;
    /** The snapshot {@link #peopleByName} and {@link #demandsByCode} were sorted from: sorted once, not at every sidebar shown. */
    private NegotiationSnapshot sortedFrom;
    private List<Person> peopleByName = List.of();
    private List<Demand> demandsByCode = List.of();
    // Quiet while the picks and the sets of chosen ids are being brought in line with each other.
    private final QuietChanges syncing = new QuietChanges();
    private final QuietChanges filling = new QuietChanges();

    private final StringProperty purpose = new SimpleStringProperty("");
    private final ObjectProperty<Side> requestedBy = new SimpleObjectProperty<>(Side.THEIRS);
    private final StringProperty suggestedAt = new SimpleStringProperty("");
    private final StringProperty teamInformedAt = new SimpleStringProperty("");
    private final StringProperty timeAnnouncedAt = new SimpleStringProperty("");
    private final StringProperty teamAuthorizedAt = new SimpleStringProperty("");
    private final ObjectProperty<RepsChosenBy> repsChosenBy = new SimpleObjectProperty<>();
    private final ObservableList<Pick> ourPeople = FXCollections.observableArrayList();
    private final ObservableList<Pick> theirPeople = FXCollections.observableArrayList();
    private final StringProperty instructionsSay = new SimpleStringProperty("");
    private final StringProperty instructionsDoNotSay = new SimpleStringProperty("");
    private final ObjectProperty<GroundRuleStatus> noNotesRule = new SimpleObjectProperty<>(GroundRuleStatus.UNDECIDED);
    private final ObjectProperty<GroundRuleStatus> notRepeatedRule = new SimpleObjectProperty<>(GroundRuleStatus.UNDECIDED);
    private final ObjectProperty<GroundRuleStatus> notUsedInLitigationRule =
            new SimpleObjectProperty<>(GroundRuleStatus.UNDECIDED);
    private final ObservableList<Pick> agenda = FXCollections.observableArrayList();
    private final PickFilter ourPeopleFilter = new PickFilter(ourPeople);
    private final PickFilter theirPeopleFilter = new PickFilter(theirPeople);
    private final PickFilter agendaFilter = new PickFilter(agenda);
    private final StringProperty scheduledAt = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty startedAt = new SimpleStringProperty("");
    private final StringProperty endedAt = new SimpleStringProperty("");
    private final StringProperty confidentialNotes = new SimpleStringProperty("");
    // The ticks of the people and agenda lists, as the sets the record keeps: what dirty compares.
    private final ObjectProperty<Set<String>> attendeeIds = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<Set<String>> agendaDemandIds = new SimpleObjectProperty<>(Set.of());

    private final ReadOnlyObjectWrapper<ChecklistState> checklist = new ReadOnlyObjectWrapper<>(ChecklistState.NOTHING_MET);
    private final ReadOnlyBooleanWrapper notesAgainstGroundRules = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper groundRulesAdvice = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SidebarState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SidebarClock> sidebarClock = new ReadOnlyObjectWrapper<>(SidebarClock.NONE);
    private final ObservableList<String> missingAtStart = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper missingAtStartText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> missingAtStartView = FXCollections.unmodifiableObservableList(missingAtStart);

    public SidebarEditorViewModel(NegotiationDocument document, DialogService dialogs, Clock clock,
            Consumer<Sidebar> onSaved) {
        this.dialogs = dialogs;
        this.clock = clock;
        this.onSaved = onSaved;
        editor = new RecordEditor<>(document, dialogs, this::fill, this::blank, Sidebar::purpose,
                Messages.get("sidebars.heading.new"));
        List<javafx.beans.property.Property<?>> all = List.of(purpose, requestedBy, suggestedAt, teamInformedAt,
                timeAnnouncedAt, teamAuthorizedAt, repsChosenBy, attendeeIds, instructionsSay, instructionsDoNotSay, noNotesRule,
                notRepeatedRule, notUsedInLitigationRule, scheduledAt, startedAt, endedAt, location, agendaDemandIds,
                confidentialNotes);
        for (int i = 0; i < all.size(); i++) {
            editor.field(FORM_FIELDS.get(i), all.get(i));
            all.get(i).addListener(o -> {
                if (!filling.isQuiet()) {
                    refresh();
                }
            });
        }
        editor.onSave(this::save);
        // A set put back (an edit kept over a new version, a draft) ticks the lists to match.
        attendeeIds.addListener((obs, was, is) -> syncPicks());
        agendaDemandIds.addListener((obs, was, is) -> syncPicks());
        editor.dirtyProperty().addListener(o -> refresh());
        editor.editingProperty().addListener(o -> refresh());
    }

    private void syncPicks() {
        if (syncing.isQuiet()) {
            return;
        }
        syncing.run(() -> {
            Stream.concat(ourPeople.stream(), theirPeople.stream())
                    .forEach(p -> p.chosenProperty().set(attendeeIds.get().contains(p.id())));
            agenda.forEach(p -> p.chosenProperty().set(agendaDemandIds.get().contains(p.id())));
        });
    }

    // ---- showing a sidebar ----

    /**
     * Shows a stored sidebar. The same record shown again (the file was reloaded after another
     * change) keeps what is being typed; a changed record replaces the form.
     */
    public void show(NegotiationSnapshot snapshot, Sidebar sidebar) {
        this.snapshot = snapshot;
        editor.edit(sidebar);
        // People or demands may have come or gone: the lists follow, the ticks stay as they are.
        editor.quietly(() -> fillPicks(attendeeIds.get(), agendaDemandIds.get()));
        refresh();
        tick();
    }

    /** Starts a new sidebar in the form, suggested now; nothing is written until it is saved or started. */
    public void create(NegotiationSnapshot snapshot) {
        this.snapshot = snapshot;
        editor.startNew();
        refresh();
        tick();
    }

    private void blank() {
        fill(Sidebar.propose(Messages.get("sidebars.heading.new"), Side.THEIRS, now()));
        purpose.set("");
    }

    /** Shows nothing (no sidebar selected). */
    public void clear(NegotiationSnapshot snapshot) {
        this.snapshot = snapshot;
        editor.close();
        refresh();
        tick();
    }

    /** Puts the form back to what is stored (Escape); a new sidebar not yet saved is dropped. */
    public void cancel() {
        editor.cancel();
        refresh();
        tick();
    }

    private void fill(Sidebar s) {
        ZoneId zone = clock.getZone();
        filling.run(() -> {
            purpose.set(s.purpose());
            requestedBy.set(s.requestedBy());
            suggestedAt.set(TimeText.field(s.suggestedAt(), zone));
            teamInformedAt.set(TimeText.field(s.teamInformedAt(), zone));
            timeAnnouncedAt.set(TimeText.field(s.timeAnnouncedAt(), zone));
            teamAuthorizedAt.set(TimeText.field(s.teamAuthorizedAt(), zone));
            repsChosenBy.set(s.repsChosenBy());
            instructionsSay.set(s.instructionsSay());
            instructionsDoNotSay.set(s.instructionsDoNotSay());
            noNotesRule.set(s.noNotesRule());
            notRepeatedRule.set(s.notRepeatedRule());
            notUsedInLitigationRule.set(s.notUsedInLitigationRule());
            scheduledAt.set(TimeText.field(s.scheduledAt(), zone));
            location.set(s.location());
            startedAt.set(TimeText.field(s.startedAt(), zone));
            endedAt.set(TimeText.field(s.endedAt(), zone));
            confidentialNotes.set(s.confidentialNotes());
            attendeeIds.set(new LinkedHashSet<>(s.attendeeIds()));
            agendaDemandIds.set(new LinkedHashSet<>(s.agendaDemandIds()));
            fillPicks(attendeeIds.get(), agendaDemandIds.get());
        });
        refresh();
    }

    /**
     * Active people of each side (and anyone inactive who is already chosen), by name; open demands
     * (and chosen ones), in the demand-code order.
     */
    private void fillPicks(Set<String> attendees, Set<String> agendaIds) {
        syncing.run(() -> {
            sortFrom(snapshot);
            List<Person> people = peopleByName.stream()
                    .filter(p -> p.active() || attendees.contains(p.id()))
                    .toList();
            replace(ourPeople, people.stream().filter(p -> p.side() == Side.OURS)
                    .map(p -> pick(p.id(), p.name(), Labels.of(p.role()), attendees.contains(p.id()))).toList());
            replace(theirPeople, people.stream().filter(p -> p.side() == Side.THEIRS)
                    .map(p -> pick(p.id(), p.name(), Labels.of(p.role()), attendees.contains(p.id()))).toList());
            List<Demand> demands = demandsByCode.stream()
                    .filter(d -> d.status().isOpen() || agendaIds.contains(d.id()))
                    .toList();
            replace(agenda, demands.stream().map(d -> pick(d.id(), d.code() + " " + d.title(), Labels.of(d.status()),
                    agendaIds.contains(d.id()))).toList());
        });
    }

    private void sortFrom(NegotiationSnapshot from) {
        if (from == sortedFrom) {
            return;
        }
        sortedFrom = from;
        peopleByName = from == null ? List.of() : from.people().stream()
                .sorted(Comparator.comparing((Person p) -> p.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Person::id))
                .toList();
        demandsByCode = from == null ? List.of() : from.demands().stream()
                .sorted(Comparator.comparing(Demand::code, DemandCodes.ORDER)).toList();
    }

    /** Keeps the pick objects (and the check boxes bound to them) when only the ticks changed. */
    private static void replace(ObservableList<Pick> list, List<Pick> fresh) {
        boolean sameEntries = list.size() == fresh.size();
        for (int i = 0; sameEntries && i < list.size(); i++) {
            Pick a = list.get(i);
            Pick b = fresh.get(i);
            sameEntries = a.id().equals(b.id()) && a.label().equals(b.label()) && a.detail().equals(b.detail());
        }
        if (sameEntries) {
            for (int i = 0; i < list.size(); i++) {
                list.get(i).chosenProperty().set(fresh.get(i).isChosen());
            }
        } else {
            list.setAll(fresh);
        }
    }

    private Pick pick(String id, String label, String detail, boolean chosen) {
        Pick p = new Pick(id, label, detail, chosen);
        p.chosenProperty().addListener(o -> {
            if (!syncing.isQuiet()) {
                syncing.run(() -> {
                    attendeeIds.set(new LinkedHashSet<>(chosenAttendees()));
                    agendaDemandIds.set(new LinkedHashSet<>(chosen(agenda)));
                });
            }
        });
        return p;
    }

    // ---- commands ----

    /** Stamps "the whole team was told" with the time now (written on Save). */
    public void informedNow() {
        teamInformedAt.set(TimeText.field(now(), clock.getZone()));
    }

    /** Stamps "the team was told when it will happen" with the time now (written on Save). */
    public void announcedNow() {
        timeAnnouncedAt.set(TimeText.field(now(), clock.getZone()));
    }

    /** Stamps "the team authorized it" with the time now (written on Save). */
    public void authorizedNow() {
        teamAuthorizedAt.set(TimeText.field(now(), clock.getZone()));
    }

    /** Writes the form as one change. */
    public void save() {
        if (!editor.isEditing() || editor.busyProperty().get()) {
            return;
        }
        Sidebar toSave = build(now());
        if (toSave == null) {
            return;
        }
        if (!editor.isCreating() && toSave.equals(editor.stored())) {
            editor.show(toSave);
            return;
        }
        Sidebar before = editor.stored();
        Optional<SidebarStart> start = before == null || snapshot == null ? Optional.empty()
                : snapshot.startOf(before.id());
        if (start.isPresent()) {
            SidebarStart kept = start.get();
            SidebarStart next = kept;
            Instant now = now();
            if (!Objects.equals(toSave.startedAt(), kept.startedAt())) {
                if (toSave.startedAt() == null) {
                    editor.errors().set("startedAt", Messages.get("sidebars.error.startCleared"));
                    return;
                }
                // Moving a start logged late is a correction: the reason goes on the record and the trail.
                Optional<String> reason = dialogs.askText(Messages.get("sidebars.correct.title"),
                        Messages.get("sidebars.correct.question"), "");
                if (reason.isEmpty() || reason.get().isBlank()) {
                    editor.errors().set("startedAt", Messages.get("sidebars.correct.needsReason"));
                    return;
                }
                next = next.corrected(toSave.startedAt(), reason.get(), now);
            }
            for (String id : toSave.attendeeIds()) {
                next = next.withJoin(id, now, now);
            }
            String label = Messages.get("sidebars.change.edit") + " \"" + toSave.purpose() + "\"";
            if (!next.correction().equals(kept.correction())) {
                label = Messages.format("sidebars.change.correctStart", toSave.purpose(), next.correction());
            }
            if (!next.equals(kept)) {
                editor.write(label, toSave, false, List.of(next), onSaved);
                return;
            }
        }
        write((editor.isCreating() ? Messages.get("sidebars.change.propose") : Messages.get("sidebars.change.edit"))
                + " \"" + toSave.purpose() + "\"", toSave);
    }

    /**
     * Stamps the start (with what is in the form) as one change. Another sidebar still running, or
     * conditions not met, are asked about first; starting anyway is allowed, and the record keeps
     * what was missing (the change's label names it; the page keeps showing it).
     */
    public void start() {
        Sidebar stored = editor.stored();
        if (!editor.isEditing() || editor.busyProperty().get() || (stored != null && stored.startedAt() != null)) {
            return;
        }
        Instant now = now();
        Sidebar draft = build(now);
        if (draft == null) {
            return;
        }
        if (draft.endedAt() != null || !startedAt.get().isBlank()) {
            editor.errors().set("startedAt", Messages.get("sidebars.error.startTyped"));
            return;
        }
        Sidebar toStart = draft.withTimes(now, null, now);
        List<Sidebar> others = snapshot.runningSidebars().stream().filter(s -> !s.id().equals(toStart.id())).toList();
        if (!others.isEmpty()) {
            Sidebar other = others.get(0);
            String message = Messages.format("sidebars.confirm.second.text", other.purpose(),
                    TimeText.shown(other.startedAt(), clock.getZone()));
            if (!dialogs.confirm(Messages.get("sidebars.confirm.second.title"), message,
                    Messages.get("sidebars.confirm.second.button"))) {
                return;
            }
        }
        List<SidebarCondition> unmet = SidebarChecklist.unmet(SidebarChecklist.Facts.of(toStart, snapshot), now);
        NegotiationKind kind = snapshot.negotiation().kind();
        if (!unmet.isEmpty()) {
            String list = unmet.stream().map(c -> "\u2022 " + c.text(kind)).collect(Collectors.joining("\n"));
            if (!dialogs.confirm(Messages.get("sidebars.confirm.unmet.title"),
                    Messages.format("sidebars.confirm.unmet.text", list), Messages.get("sidebars.confirm.unmet.button"))) {
                return;
            }
        }
        String label = Messages.get("sidebars.change.start") + " \"" + toStart.purpose() + "\"" + (unmet.isEmpty() ? ""
                : " " + Messages.get("sidebars.change.without") + " "
                        + unmet.stream().map(SidebarCondition::shortText).collect(Collectors.joining(", ")));
        // What the sidebar started with is kept, unchangeable, in the same change as the start.
        SidebarStart kept = SidebarStart.of(toStart, unmet.stream().map(Enum::name).toList(), now);
        editor.change(label, w -> {
            if (editor.isCreating()) {
                w.insert(toStart);
            } else {
                w.update(toStart);
            }
            w.insert(kept);
            return toStart;
        }, saved -> {
            editor.show(saved);
            onSaved.accept(saved);
        });
    }

    /** Stamps the end of the running sidebar (with what is in the form) as one change. */
    public void end() {
        Sidebar stored = editor.stored();
        if (editor.busyProperty().get() || stored == null || !stored.isRunning()) {
            return;
        }
        Instant now = now();
        Sidebar draft = build(now);
        if (draft == null) {
            return;
        }
        if (draft.startedAt() == null) {
            editor.errors().set("startedAt", Messages.get("sidebars.error.startCleared"));
            return;
        }
        if (draft.startedAt().isAfter(now)) {
            editor.errors().set("startedAt", Messages.format("sidebars.error.startInFuture",
                    TimeText.shown(draft.startedAt(), clock.getZone())));
            return;
        }
        if (snapshot != null && snapshot.startOf(stored.id())
                .filter(k -> !k.startedAt().equals(draft.startedAt())).isPresent()) {
            editor.errors().set("startedAt", Messages.get("sidebars.correct.saveFirst"));
            return;
        }
        Sidebar toEnd = draft.withTimes(draft.startedAt(), draft.endedAt() != null ? draft.endedAt() : now, now);
        // The demands on its agenda become its topics in the same change, ready for the outcome.
        List<org.tablebook.domain.SidebarTopic> topics = snapshot == null ? List.of()
                : SidebarsViewModel.newTopics(toEnd, SidebarsViewModel.agendaNotYetTopics(snapshot, toEnd), now);
        editor.change(Messages.get("sidebars.change.end") + " \"" + toEnd.purpose() + "\"", w -> {
            w.update(toEnd);
            topics.forEach(w::insert);
            return toEnd;
        }, saved -> {
            editor.show(saved);
            onSaved.accept(saved);
        });
    }

    private void write(String label, Sidebar sidebar) {
        editor.write(label, sidebar, editor.isCreating(), onSaved);
    }

    /**
     * The sidebar the form describes, or null with a message on each field that is wrong. Times
     * left as they were shown keep their seconds; a bare time is read on the sidebar's day.
     */
    Sidebar build(Instant now) {
        FieldErrors errors = editor.errors();
        errors.clearAll();
        ZoneId zone = clock.getZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Sidebar base = editor.stored();
        Instant suggested = time("suggestedAt", "sidebars.field.suggestedAt", suggestedAt,
                base == null ? null : base.suggestedAt(), today);
        Instant informed = time("teamInformedAt", "sidebars.field.teamInformedAt", teamInformedAt,
                base == null ? null : base.teamInformedAt(), today);
        Instant announced = time("timeAnnouncedAt", "sidebars.field.timeAnnouncedAt", timeAnnouncedAt,
                base == null ? null : base.timeAnnouncedAt(), today);
        Instant authorized = time("teamAuthorizedAt", "sidebars.field.teamAuthorizedAt", teamAuthorizedAt,
                base == null ? null : base.teamAuthorizedAt(), today);
        Instant scheduled = time("scheduledAt", "sidebars.field.scheduledAt", scheduledAt,
                base == null ? null : base.scheduledAt(), today);
        Instant start = time("startedAt", "sidebars.field.startedAt", startedAt,
                base == null ? null : base.startedAt(), today);
        Instant end = endTime(base, start, today);
        if (!errors.none()) {
            return null;
        }
        String id = base == null ? Ids.newId() : base.id();
        Instant createdAt = base == null ? now : base.createdAt();
        try {
            return new Sidebar(id, purpose.get(), requestedBy.get(), suggested, informed, authorized,
                    repsChosenBy.get(), instructionsSay.get(), instructionsDoNotSay.get(), noNotesRule.get(),
                    notRepeatedRule.get(), notUsedInLitigationRule.get(), scheduled, start, end, location.get(),
                    chosenAttendees(), chosen(agenda), confidentialNotes.get(), announced, createdAt,
                    base == null ? now : later(now, base.updatedAt()));
        } catch (ValidationException e) {
            errors.set(e);
            if (!FORM_FIELDS.contains(e.field())) {
                dialogs.showError(Messages.get("sidebars.error.notSaved"), e.getMessage());
            }
            return null;
        }
    }

    private Instant time(String field, String labelKey, StringProperty text, Instant original, LocalDate day) {
        ZoneId zone = clock.getZone();
        if (text.get().strip().equals(TimeText.field(original, zone))) {
            return original;
        }
        LocalDate dayOfOriginal = original == null ? day : original.atZone(zone).toLocalDate();
        try {
            return TimeText.parse(field, Messages.get(labelKey), text.get(), zone, dayOfOriginal);
        } catch (ValidationException e) {
            editor.errors().set(e);
            return null;
        }
    }

    /** A bare end time is on the start's day, or the next day when that would come before the start. */
    private Instant endTime(Sidebar base, Instant start, LocalDate today) {
        ZoneId zone = clock.getZone();
        Instant original = base == null ? null : base.endedAt();
        String text = endedAt.get().strip();
        if (text.equals(TimeText.field(original, zone))) {
            return original;
        }
        LocalDate day = start != null ? start.atZone(zone).toLocalDate() : today;
        try {
            Instant end = TimeText.parse("endedAt", Messages.get("sidebars.field.endedAt"), text, zone, day);
            boolean bareTime = !text.contains("-");
            if (end != null && bareTime && start != null && end.isBefore(start)) {
                end = TimeText.parse("endedAt", Messages.get("sidebars.field.endedAt"), text, zone, day.plusDays(1));
            }
            if (end != null && start != null && end.isBefore(start)) {
                editor.errors().set("endedAt", Messages.format("sidebars.error.endBeforeStart", TimeText.shown(end, zone),
                        TimeText.shown(start, zone)));
                return null;
            }
            return end;
        } catch (ValidationException e) {
            editor.errors().set(e);
            return null;
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isBefore(b) ? b : a;
    }

    private List<String> chosenAttendees() {
        return Stream.concat(chosen(ourPeople).stream(), chosen(theirPeople).stream()).toList();
    }

    private static List<String> chosen(List<Pick> picks) {
        return picks.stream().filter(Pick::isChosen).map(Pick::id).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    // ---- derived state ----

    /** Recomputes what depends on the form: dirty, the checklist, the notes warning, the heading. */
    private void refresh() {
        if (filling.isQuiet()) {
            return;
        }
        Sidebar stored = editor.stored();
        boolean creating = editor.isCreating();
        NegotiationKind kind = snapshot == null ? NegotiationKind.UNION_CONTRACT : snapshot.negotiation().kind();
        List<SidebarCondition> unmet = SidebarChecklist.unmet(formFacts(), quietly(startedAt.get(), stored == null
                ? null : stored.startedAt()));
        checklist.set(new ChecklistState(unmet, kind));
        notesAgainstGroundRules.set(noNotesRule.get() == GroundRuleStatus.AGREED);
        boolean refused = Stream.of(noNotesRule, notRepeatedRule, notUsedInLitigationRule)
                .anyMatch(r -> r.get() == GroundRuleStatus.REFUSED);
        groundRulesAdvice.set(refused ? Messages.get("sidebars.groundRules.refused") : "");
        String name = purpose.get().isBlank() ? (creating ? Messages.get("sidebars.heading.new") : "")
                : org.tablebook.ui.common.Labels.sentence(purpose.get().strip());
        // The unsaved-edit dot leads the heading, as in every section's editor.
        heading.set(!editor.isEditing() ? "" : editor.isDirty() && !name.isEmpty()
                ? Messages.format("editor.title.dirty", name) : name);
        SidebarState s = stored == null || snapshot == null ? null : snapshot.stateOf(stored);
        state.set(s);
        stateText.set(s == null ? (creating ? Messages.get("sidebars.state.unsaved") : "") : Labels.of(s));
        started.set(stored != null && stored.startedAt() != null);
        running.set(stored != null && stored.isRunning());
        ended.set(stored != null && stored.endedAt() != null);
        List<SidebarCondition> missing = stored == null || snapshot == null ? List.of()
                : SidebarChecklist.missingAtStart(stored, snapshot);
        missingAtStart.setAll(missing.stream().map(c -> c.text(kind)).toList());
        missingAtStartText.set(missing.isEmpty() ? "" : Messages.format("sidebars.missing.text", missing.size(),
                SidebarCondition.values().length, missing.stream().map(SidebarCondition::shortText)
                        .collect(Collectors.joining(", "))));
    }

    private SidebarChecklist.Facts formFacts() {
        Sidebar stored = editor.stored();
        return new SidebarChecklist.Facts(quietly(teamInformedAt.get(), stored == null ? null : stored.teamInformedAt()),
                quietly(teamAuthorizedAt.get(), stored == null ? null : stored.teamAuthorizedAt()), repsChosenBy.get(),
                (int) ourPeople.stream().filter(Pick::isChosen).count(),
                !instructionsSay.get().isBlank() && !instructionsDoNotSay.get().isBlank(), noNotesRule.get(),
                notRepeatedRule.get(), notUsedInLitigationRule.get());
    }

    /** A typed time for the checklist: null when blank or not readable (the field says why on Save). */
    private Instant quietly(String text, Instant original) {
        ZoneId zone = clock.getZone();
        if (text.strip().equals(TimeText.field(original, zone))) {
            return original;
        }
        try {
            return TimeText.parse("", "", text, zone, clock.instant().atZone(zone).toLocalDate());
        } catch (ValidationException e) {
            return null;
        }
    }

    /**
     * Recomputes the running clock from the stored start and the clock now: the elapsed time, and
     * whether it has run past the negotiation's time limit. An ended sidebar shows its length.
     */
    public void tick() {
        Sidebar stored = editor.stored();
        sidebarClock.set(snapshot == null ? SidebarClock.NONE : SidebarClock.of(stored,
                snapshot.negotiation().ruleSettings().sidebarTimeLimitMinutes(), clock.instant(), clock.getZone()));
    }

    // ---- the stored sidebar, for the section ----

    /** The sidebar as stored; null while a new one is being written or nothing is shown. */
    public Sidebar stored() {
        return editor.isCreating() ? null : editor.stored();
    }

    /** The editor of the sidebar's record: dirty, busy, messages, the question on leaving, drafts. */
    public RecordEditor<Sidebar> editor() {
        return editor;
    }

    // ---- properties ----

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ObjectProperty<Side> requestedByProperty() {
        return requestedBy;
    }

    public StringProperty suggestedAtProperty() {
        return suggestedAt;
    }

    /** When the whole team was told when the sidebar will happen (reference 001). */
    public StringProperty timeAnnouncedAtProperty() {
        return timeAnnouncedAt;
    }

    public StringProperty teamInformedAtProperty() {
        return teamInformedAt;
    }

    public StringProperty teamAuthorizedAtProperty() {
        return teamAuthorizedAt;
    }

    public ObjectProperty<RepsChosenBy> repsChosenByProperty() {
        return repsChosenBy;
    }

    public ObservableList<Pick> ourPeople() {
        return ourPeople;
    }

    public ObservableList<Pick> theirPeople() {
        return theirPeople;
    }

    public StringProperty instructionsSayProperty() {
        return instructionsSay;
    }

    public StringProperty instructionsDoNotSayProperty() {
        return instructionsDoNotSay;
    }

    public ObjectProperty<GroundRuleStatus> noNotesRuleProperty() {
        return noNotesRule;
    }

    public ObjectProperty<GroundRuleStatus> notRepeatedRuleProperty() {
        return notRepeatedRule;
    }

    public ObjectProperty<GroundRuleStatus> notUsedInLitigationRuleProperty() {
        return notUsedInLitigationRule;
    }

    public ObservableList<Pick> agenda() {
        return agenda;
    }

    /** The search over the agenda's demands. */
    public PickFilter agendaFilter() {
        return agendaFilter;
    }

    /** The search over our people. */
    public PickFilter ourPeopleFilter() {
        return ourPeopleFilter;
    }

    /** The search over the other side's people. */
    public PickFilter theirPeopleFilter() {
        return theirPeopleFilter;
    }

    public StringProperty scheduledAtProperty() {
        return scheduledAt;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty startedAtProperty() {
        return startedAt;
    }

    public StringProperty endedAtProperty() {
        return endedAt;
    }

    public StringProperty confidentialNotesProperty() {
        return confidentialNotes;
    }

    /** Which of the checklist's conditions what the form holds now meets. */
    public ReadOnlyObjectProperty<ChecklistState> checklistProperty() {
        return checklist.getReadOnlyProperty();
    }

    /** True when the ground rules say no notes: the notes field then warns. */
    public ReadOnlyBooleanProperty notesAgainstGroundRulesProperty() {
        return notesAgainstGroundRules.getReadOnlyProperty();
    }

    /** Advice when a ground rule was refused; empty otherwise. */
    public ReadOnlyStringProperty groundRulesAdviceProperty() {
        return groundRulesAdvice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SidebarState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    /** What the clock shows: the elapsed time, the limit and when the sidebar ran; recomputed by {@link #tick()}. */
    public ReadOnlyObjectProperty<SidebarClock> sidebarClockProperty() {
        return sidebarClock.getReadOnlyProperty();
    }

    /** "Started without 3 of the 8 conditions: the team's authorization, …"; empty if none or not started. */
    public ReadOnlyStringProperty missingAtStartTextProperty() {
        return missingAtStartText.getReadOnlyProperty();
    }

    /** The conditions unmet when the sidebar started, in the texts' words; empty if none or not started. */
    public ObservableList<String> missingAtStart() {
        return missingAtStartView;
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
