package org.tablebook.ui.sidebars;

import org.tablebook.ui.common.TimeText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
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
import javafx.collections.transformation.FilteredList;
import org.tablebook.domain.Agreements;
import org.tablebook.domain.Demand;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.ValidationException;
import org.tablebook.domain.Durations;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarState;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TableSession;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.QuietChanges;
import org.tablebook.ui.common.RecordEditor;
import org.tablebook.document.BackgroundTask;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.store.Changes;

/**
 * The Sidebars section: every sidebar with its derived state, and the one selected lived through
 * its steps: the checklist before it ({@link SidebarEditorViewModel}), its clock, the outcome topic
 * by topic ({@link TopicViewModel}), the report-back ({@link ReportBackViewModel}) and the series
 * it belongs to.
 */
public final class SidebarsViewModel {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObservableList<SidebarRow> rows = FXCollections.observableArrayList();
    private final FilteredList<SidebarRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SidebarRow> selected = new SimpleObjectProperty<>();
    private final SidebarEditorViewModel editor;
    private final ReportBackViewModel reportBack;
    private final ObservableList<TopicViewModel> topics = FXCollections.observableArrayList();
    private final ObservableList<TopicViewModel> topicsView = FXCollections.unmodifiableObservableList(topics);
    private final ObservableList<RecordEditor<SidebarTopic>> topicEditors = FXCollections.observableArrayList();
    private final ObservableList<RecordEditor<SidebarTopic>> topicEditorsView =
            FXCollections.unmodifiableObservableList(topicEditors);
    private final ObservableList<Demand> topicChoices = FXCollections.observableArrayList();
    private final ObservableList<Demand> topicChoicesView = FXCollections.unmodifiableObservableList(topicChoices);
    private final ObjectProperty<Demand> topicToAdd = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canAddTopics = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper topicsHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper seriesSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<SeriesEntry> seriesEntries = FXCollections.observableArrayList();
    private final ObservableList<SeriesEntry> seriesEntriesView = FXCollections.unmodifiableObservableList(seriesEntries);
    private final ReadOnlyObjectWrapper<SidebarStep> step = new ReadOnlyObjectWrapper<>(SidebarStep.BEFORE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper reportPageDirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper reportPageSaveText = new ReadOnlyStringWrapper(Messages.get("sidebars.save"));
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeUndoable = new ReadOnlyBooleanWrapper();
    /** The change the notice's Undo takes back, and the sidebar the notice is about. */
    private String noticeChange;
    private String noticeSidebarId;

    private NegotiationSnapshot snapshot;
    /** The snapshot the list's rows were worked out from. */
    private NegotiationSnapshot rowsFrom;
    /** A sidebar to select once the rows being worked out are listed: one just saved, or revealed. */
    private String selectWhenListed;
    /** Whether that sidebar was revealed: a search hiding it is cleared. */
    private boolean revealWhenListed;
    private String negotiationId;
    private String stepKey = "";
    private final QuietChanges loading = new QuietChanges();

    public SidebarsViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        this.editor = new SidebarEditorViewModel(document, dialogs, clock, this::select);
        this.reportBack = new ReportBackViewModel(document, dialogs, clock);
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String needle = search.get().strip().toLowerCase(Locale.ROOT);
            return (SidebarRow r) -> needle.isEmpty() || (r.purpose() + " " + r.stateText() + " " + r.ours() + " "
                    + r.theirs()).toLowerCase(Locale.ROOT).contains(needle);
        }, search));
        selected.addListener((obs, was, is) -> {
            if (!loading.isQuiet()) {
                choose(was, is);
            }
        });
        editor.editor().onReveal(id -> reveal(new EntityRef(org.tablebook.domain.EntityKind.SIDEBAR, id)));
        reportBack.editor().onReveal(id -> reveal(new EntityRef(org.tablebook.domain.EntityKind.REPORT_BACK, id)));
        editor.editor().dirtyProperty().addListener(o -> refreshReportPage());
        reportBack.dirtyProperty().addListener(o -> refreshReportPage());
        reportBack.existsProperty().addListener(o -> refreshReportPage());
        reportBack.summaryProperty().addListener(o -> refreshReportPage());
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        load(document.snapshot());
    }

    private void load(NegotiationSnapshot fresh) {
        snapshot = fresh;
        if (fresh == null) {
            rowsFrom = null;
            selectWhenListed = null;
            revealWhenListed = false;
            loading.run(() -> {
                rows.clear();
                selected.set(null);
                negotiationId = null;
            });
            showSelected();
            return;
        }
        // The sidebar shown follows the new snapshot at once; the list's rows (a thousand sidebars
        // on a large file) are worked out on the file's thread and replace the old ones in one step.
        showSelected();
        BackgroundTask.of(() -> rowsOf(fresh)).onSuccess(list -> {
            if (snapshot == fresh) {
                showRows(fresh, list);
            }
        }).runWith(document.tasks());
    }

    /** Puts the rows of {@code fresh} in the list and selects the same sidebar again, or the one asked for meanwhile. */
    private void showRows(NegotiationSnapshot fresh, List<SidebarRow> fresher) {
        String before = selected.get() == null ? null : selected.get().id();
        String asked = selectWhenListed;
        boolean reveal = revealWhenListed;
        selectWhenListed = null;
        revealWhenListed = false;
        loading.run(() -> {
            boolean otherFile = !fresh.negotiation().id().equals(negotiationId);
            negotiationId = fresh.negotiation().id();
            rows.setAll(fresher);
            rowsFrom = fresh;
            if (reveal && visibleRows.stream().noneMatch(r -> r.id().equals(asked))) {
                search.set("");
            }
            String keep = asked != null ? asked : otherFile || selected.get() == null ? null : selected.get().id();
            if (keep == null && otherFile) {
                keep = fresh.runningSidebars().stream().reduce((a, b) -> b).map(Sidebar::id).orElse(null);
            }
            String id = keep;
            selected.set(rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null));
        });
        SidebarRow now = selected.get();
        if (asked != null || !java.util.Objects.equals(before, now == null ? null : now.id())) {
            showSelected();
        }
    }

    /** True while the list's rows are being worked out for the latest snapshot. */
    private boolean listing() {
        return snapshot != null && rowsFrom != snapshot;
    }

    /**
     * Another sidebar chosen in the list: with an unsaved edit the person is asked first, and on
     * Cancel the list goes back to the sidebar still being edited.
     */
    private void choose(SidebarRow was, SidebarRow is) {
        RecordEditor<Sidebar> e = editor.editor();
        Sidebar current = e.stored();
        boolean same = is != null && current != null && !e.isCreating() && is.id().equals(current.id());
        if (same || pageEditors().stream().noneMatch(RecordEditor::isDirty)) {
            showSelected();
            return;
        }
        boolean[] went = {false};
        leavePage(() -> {
            went[0] = true;
            if (selected.get() != is) {
                selected.set(is);
            } else {
                showSelected();
            }
        });
        if (!went[0] && pageEditors().stream().noneMatch(x -> x.busyProperty().get())) {
            loading.run(() -> selected.set(was));
        }
    }

    /** The editors of the sidebar shown: its own record, its report-back, each of its topics. */
    private List<RecordEditor<?>> pageEditors() {
        List<RecordEditor<?>> all = new ArrayList<>(List.of(editor.editor(), reportBack.editor()));
        all.addAll(topicEditors);
        return all;
    }

    /** Runs {@code then} once every unsaved edit of the sidebar shown is saved or discarded (asking which); not on Cancel. */
    private void leavePage(Runnable then) {
        leaveEach(pageEditors().iterator(), then);
    }

    private static void leaveEach(java.util.Iterator<RecordEditor<?>> editors, Runnable then) {
        if (editors.hasNext()) {
            editors.next().leave(() -> leaveEach(editors, then));
        } else {
            then.run();
        }
    }

    /** Shows the selected sidebar in every step; a new sidebar being written stays in the form. */
    private void showSelected() {
        if (snapshot == null) {
            return;
        }
        SidebarRow row = selected.get();
        // As the latest snapshot holds it: the row may be of the one before while the list is worked out.
        Sidebar sidebar = row == null ? null : rowsFrom == snapshot ? row.sidebar()
                : snapshot.sidebar(row.id()).orElse(null);
        // The step first: the page a sidebar opens on is chosen before the sidebar is shown, so the
        // page chosen before (the first, when none was shown) is not put on screen for nothing.
        String key = sidebar == null ? (editor.editor().creatingProperty().get() ? "new" : "")
                : sidebar.id() + "/" + snapshot.stateOf(sidebar);
        if (!key.equals(stepKey)) {
            stepKey = key;
            step.set(SidebarStep.forState(sidebar == null ? null : snapshot.stateOf(sidebar)));
        }
        if (sidebar != null) {
            editor.show(snapshot, sidebar);
        } else if (!editor.editor().creatingProperty().get()) {
            editor.clear(snapshot);
        }
        if (sidebar == null || !sidebar.id().equals(noticeSidebarId)) {
            showNotice("", null);
        }
        reportBack.show(snapshot, sidebar);
        syncTopics(sidebar);
        refreshReportPage();
        showSeries(sidebar);
    }

    private void select(Sidebar saved) {
        if (listing()) {
            // Selected when the list has it (a sidebar just made is not in the rows before).
            selectWhenListed = saved.id();
            revealWhenListed = false;
            return;
        }
        selected.set(rows.stream().filter(r -> r.id().equals(saved.id())).findFirst().orElse(null));
        showSelected();
    }

    // ---- the list ----

    private List<SidebarRow> rowsOf(NegotiationSnapshot s) {
        ZoneId zone = clock.getZone();
        // Each sidebar's place in its series ("2 of 3"), worked out series by series: looked up
        // sidebar by sidebar, it was a third of building the rows of a thousand sidebars.
        Map<String, String> places = new HashMap<>();
        for (SidebarSeries x : SidebarSeries.of(s, clock.instant(), zone)) {
            for (int i = 0; i < x.sidebars().size(); i++) {
                places.putIfAbsent(x.sidebars().get(i).id(),
                        Messages.format("sidebars.row.series", i + 1, x.sidebars().size()));
            }
        }
        return s.sidebars().stream()
                .sorted(Comparator.comparing(SidebarsViewModel::when).reversed())
                .map(sb -> {
                    SidebarState state = s.stateOf(sb);
                    String ours = names(s.ofSide(sb.attendeeIds(), Side.OURS));
                    String theirs = names(s.ofSide(sb.attendeeIds(), Side.THEIRS));
                    String duration;
                    if (sb.endedAt() != null) {
                        duration = Durations.human(Duration.between(sb.startedAt(), sb.endedAt()));
                    } else if (sb.startedAt() != null) {
                        duration = Messages.format("sidebars.row.running", TimeText.time(sb.startedAt(), zone));
                    } else if (sb.scheduledAt() != null) {
                        duration = Messages.format("sidebars.row.scheduled", TimeText.shown(sb.scheduledAt(), zone));
                    } else {
                        duration = "";
                    }
                    String reported = s.reportBackOf(sb.id()).map(r -> TimeText.shown(r.reportedAt(), zone))
                            .orElse(sb.endedAt() != null ? Messages.get("sidebars.row.notReported") : "");
                    String place = places.getOrDefault(sb.id(), "");
                    return new SidebarRow(sb, state, Labels.of(state), ours, theirs, duration, reported, place);
                }).toList();
    }

    /** Newest first: by start, else schedule, else suggestion. */
    private static Instant when(Sidebar s) {
        return s.startedAt() != null ? s.startedAt() : s.scheduledAt() != null ? s.scheduledAt()
                : s.suggestedAt() != null ? s.suggestedAt() : s.createdAt();
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::name).collect(Collectors.joining(", "));
    }

    // ---- commands ----

    /** Starts a new sidebar in the form (Ctrl+N). */
    public void newSidebar() {
        if (snapshot == null) {
            return;
        }
        leavePage(this::startNew);
    }

    private void startNew() {
        loading.run(() -> selected.set(null));
        editor.create(snapshot);
        showSelected();
    }

    /**
     * Deletes the selected sidebar, only while it has not started: one that took place stays in
     * the record.
     */
    public void deleteSelected() {
        Sidebar s = editor.stored();
        if (s == null || busy.get()) {
            return;
        }
        if (s.startedAt() != null) {
            dialogs.showError(Messages.get("sidebars.error.deleteTitle"), Messages.get("sidebars.error.deleteStarted"));
            return;
        }
        if (!dialogs.confirm(Messages.get("sidebars.confirm.delete.title"),
                Messages.format("sidebars.confirm.delete.text", s.purpose()), Messages.get("sidebars.confirm.delete.button"))) {
            return;
        }
        write(Messages.get("sidebars.change.delete") + " \"" + s.purpose() + "\"", w -> {
            w.delete(EntityRef.of(s));
            return s;
        }, done -> { }, Messages.get("sidebars.error.deleteTitle"));
    }

    /** Adds the chosen demand as a topic of the selected sidebar. */
    public void addTopic() {
        Demand demand = topicToAdd.get();
        if (demand == null) {
            return;
        }
        addTopics(List.of(demand.id()), Messages.format("sidebars.change.addTopic", demand.code()));
    }

    /** Adds every demand on the agenda that is not yet a topic, as one change. */
    public void addAgendaTopics() {
        Sidebar s = editor.stored();
        if (s == null) {
            return;
        }
        List<String> missing = agendaNotYetTopics(snapshot, s);
        if (missing.isEmpty()) {
            dialogs.showInformation(Messages.get("sidebars.topics.agendaDoneTitle"), Messages.get("sidebars.topics.agendaDone"));
            return;
        }
        addTopics(missing, Messages.get("sidebars.change.addAgendaTopics"));
    }

    private void addTopics(List<String> demandIds, String label) {
        Sidebar s = editor.stored();
        if (s == null || busy.get()) {
            return;
        }
        if (s.startedAt() == null) {
            dialogs.showError(Messages.get("sidebars.error.topicTitle"), Messages.get("sidebars.error.topicBeforeStart"));
            return;
        }
        List<SidebarTopic> fresh = newTopics(s, demandIds, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        write(label + " \u2014 \"" + s.purpose() + "\"", w -> {
            fresh.forEach(w::insert);
            return fresh;
        }, done -> topicToAdd.set(null), Messages.get("sidebars.error.notSaved"));
    }

    /** Writes one change with the page busy meanwhile; a refusal is said in a dialog titled {@code errorTitle}. */
    private <T> void write(String label, Function<Changes, T> work, Consumer<? super T> onDone, String errorTitle) {
        busy.set(true);
        document.change(label, work, result -> {
            busy.set(false);
            onDone.accept(result);
        }, e -> {
            busy.set(false);
            dialogs.showError(errorTitle, e.getMessage());
        });
    }

    // ---- the report-back page: outcome, report-back and decisions, one Save ----

    /**
     * Whether the page's Save records the report-back: once the sidebar has ended and a committee
     * decision is chosen or the report's summary written (or a recorded report-back is corrected).
     * Until then Save keeps the outcome only, and the report-back is not yet on record.
     */
    private boolean recordsReport() {
        Sidebar s = editor.stored();
        if (s == null || s.endedAt() == null) {
            return false;
        }
        if (reportBack.existsProperty().get()) {
            return reportBack.isEdited();
        }
        return topics.stream().anyMatch(t -> t.decisionProperty().get() != null)
                || !reportBack.summaryProperty().get().isBlank();
    }

    private void refreshReportPage() {
        boolean records = recordsReport();
        reportPageDirty.set(editor.editor().dirtyProperty().get() || records || topics.stream().anyMatch(TopicViewModel::isDirty));
        reportPageSaveText.set(records && !reportBack.existsProperty().get() ? Messages.get("sidebars.report.record")
                : Messages.get("sidebars.save"));
    }

    /**
     * The page's one Save: each topic's positions, tentative conclusion and committee decision, and
     * the report-back, in one change; then every topic accepted now becomes a tentative agreement
     * (through {@link org.tablebook.domain.Agreements#reach}), said in the notice with an Undo. The
     * sidebar's own fields (its confidential notes) are saved with it when changed.
     */
    public void saveReportPage() {
        Sidebar s = editor.stored();
        if (s == null || busy.get() || pageEditors().stream().anyMatch(e -> e.busyProperty().get())) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        boolean recording = recordsReport();
        List<SidebarTopic> changed = new ArrayList<>();
        List<RecordEditor<?>> writing = new ArrayList<>();
        List<TopicViewModel> accepted = new ArrayList<>();
        boolean wrong = false;
        for (TopicViewModel t : topics) {
            SidebarTopic edited = t.edited(now);
            if (edited == null) {
                wrong = true;
            } else if (edited != t.stored()) {
                changed.add(edited);
                writing.add(t.editor());
                if (t.acceptsNow()) {
                    accepted.add(t);
                }
            }
        }
        ReportBack report = recording ? reportBack.build(now) : null;
        if (wrong || (recording && report == null)) {
            return;
        }
        boolean newReport = report != null && reportBack.editor().stored() == null;
        if (editor.editor().dirtyProperty().get()) {
            editor.save();
        }
        if (changed.isEmpty() && report == null) {
            return;
        }
        String label = report != null ? reportBack.changeLabel()
                : Messages.format("sidebars.change.outcome", s.purpose());
        if (report != null) {
            writing.add(reportBack.editor());
        }
        // One change for the topics and the report-back, each editor busy meanwhile: one undo takes it all back.
        writing.get(0).changeWith(writing, label, w -> {
            if (report != null) {
                if (newReport) {
                    w.insert(report);
                } else {
                    w.update(report);
                }
            }
            changed.forEach(w::update);
            return changed.size();
        }, done -> {
            for (SidebarTopic t : changed) {
                topics.stream().filter(vm -> vm.id().equals(t.id())).findFirst().ifPresent(vm -> vm.editor().show(t));
            }
            if (report != null) {
                reportBack.editor().show(report);
            }
            if (!accepted.isEmpty()) {
                makeAgreements(accepted);
            }
        });
    }

    /** Puts the whole page back to what is stored (Escape, Cancel). */
    public void cancelReportPage() {
        topics.forEach(TopicViewModel::cancel);
        reportBack.cancel();
        editor.cancel();
    }

    /**
     * Makes a tentative agreement of each accepted topic, in one change of its own (so that Undo
     * takes back the agreements and keeps the decisions); a topic that cannot make one (its demand
     * no longer on the table) says why in the notice.
     */
    void makeAgreements(List<TopicViewModel> accepted) {
        Sidebar s = editor.stored();
        if (s == null || accepted.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<String> refused = new ArrayList<>();
        List<TentativeAgreement> drafts = new ArrayList<>();
        List<String> made = new ArrayList<>();
        for (TopicViewModel t : accepted) {
            Optional<String> why = t.whyNoAgreement();
            if (why.isPresent()) {
                refused.add(why.get());
            } else {
                drafts.add(t.draftAgreement(now));
                made.add(t.demandLabel());
            }
        }
        if (drafts.isEmpty()) {
            showNotice(Messages.format("sidebars.notice.noAgreement", String.join(" ", refused)), null);
            return;
        }
        String codes = drafts.stream().map(a -> snapshot.demand(a.demandId()).map(Demand::code).orElse(""))
                .collect(Collectors.joining(", "));
        String label = Messages.format("sidebars.change.agreement", codes);
        String sidebarId = s.id();
        write(label, w -> {
            for (TentativeAgreement a : drafts) {
                Demand fresh = (Demand) w.find(new EntityRef(EntityKind.DEMAND, a.demandId())).orElseThrow(
                        () -> new ValidationException("demandId", Messages.get("sidebars.error.demandGone")));
                // The domain moves the demand with its agreement, as for an agreement made at the table.
                Agreements.Change change = Agreements.reach(a, fresh, fresh.updatedAt().isAfter(now) ? fresh.updatedAt() : now);
                w.insert(change.agreement());
                if (change.demandChanged()) {
                    w.update(change.demand());
                }
            }
            return drafts.size();
        }, n -> {
            noticeSidebarId = sidebarId;
            String text = Messages.format("sidebars.notice.agreement", String.join(", ", made));
            showNotice(refused.isEmpty() ? text : text + " " + String.join(" ", refused), label);
        }, Messages.get("sidebars.error.agreementTitle"));
    }

    private void showNotice(String text, String undoableChange) {
        notice.set(text);
        noticeChange = undoableChange;
        noticeUndoable.set(undoableChange != null);
        if (text.isEmpty()) {
            noticeSidebarId = null;
        } else if (noticeSidebarId == null && editor.stored() != null) {
            noticeSidebarId = editor.stored().id();
        }
    }

    /** The notice's Undo: takes back the agreements it announced, if nothing was changed since. */
    public void undoNotice() {
        String label = noticeChange;
        if (label == null) {
            return;
        }
        document.undoStacks(stacks -> {
            if (!stacks.nextUndo().map(label::equals).orElse(false)) {
                showNotice(Messages.format("sidebars.notice.changedSince", label), null);
                return;
            }
            document.undo(done -> showNotice(Messages.format("sidebars.notice.undone", label), null),
                    e -> dialogs.showError(Messages.get("sidebars.error.notSaved"), e.getMessage()));
        });
    }

    /** Closes the notice. */
    public void dismissNotice() {
        showNotice("", null);
    }

    /** What was just done on the page and can be taken back ("Tentative agreement made on U-12 …"); empty when none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noticeUndoableProperty() {
        return noticeUndoable.getReadOnlyProperty();
    }

    /** True when the report-back page holds something its Save would write. */
    public ReadOnlyBooleanProperty reportPageDirtyProperty() {
        return reportPageDirty.getReadOnlyProperty();
    }

    /** "Record report-back" while the Save records it, otherwise "Save". */
    public ReadOnlyStringProperty reportPageSaveTextProperty() {
        return reportPageSaveText.getReadOnlyProperty();
    }

    /** The demands on the sidebar's agenda that are not yet among its topics, in the agenda's order. */
    static List<String> agendaNotYetTopics(NegotiationSnapshot s, Sidebar sidebar) {
        Set<String> present = s.topicsOf(sidebar.id()).stream().map(SidebarTopic::demandId).collect(Collectors.toSet());
        return sidebar.agendaDemandIds().stream().filter(d -> !present.contains(d)).toList();
    }

    /** New, empty topics of the sidebar on these demands. */
    static List<SidebarTopic> newTopics(Sidebar sidebar, List<String> demandIds, Instant now) {
        List<SidebarTopic> fresh = new ArrayList<>();
        for (String demandId : demandIds) {
            fresh.add(new SidebarTopic(Ids.newId(), sidebar.id(), demandId, "", "", "", null, "", null, now, now));
        }
        return fresh;
    }

    /** Called once a second by the view: the clocks and the "report immediately" reminder. */
    public void tick() {
        editor.tick();
        reportBack.tick();
    }

    // ---- topics ----

    private void syncTopics(Sidebar sidebar) {
        if (sidebar == null) {
            topics.clear();
            topicEditors.clear();
            topicChoices.clear();
            canAddTopics.set(false);
            topicsHint.set("");
            return;
        }
        Map<String, TopicViewModel> existing = new HashMap<>();
        topics.forEach(t -> existing.put(t.id(), t));
        List<TopicViewModel> fresh = new ArrayList<>();
        for (SidebarTopic t : snapshot.topicsOf(sidebar.id())) {
            TopicViewModel vm = existing.getOrDefault(t.id(), null);
            if (vm == null || !vm.belongsTo(sidebar)) {
                vm = new TopicViewModel(document, dialogs, clock, this::saveReportPage);
                vm.onEdit(this::refreshReportPage);
                vm.onAgree(this::makeAgreements);
            }
            vm.ended(sidebar.endedAt() != null);
            vm.show(snapshot, t);
            fresh.add(vm);
        }
        if (!fresh.equals(topics)) {
            topics.setAll(fresh);
            topicEditors.setAll(fresh.stream().map(TopicViewModel::editor).toList());
        }
        Set<String> present = fresh.stream().map(TopicViewModel::demandId).collect(Collectors.toSet());
        Set<String> order = new LinkedHashSet<>(sidebar.agendaDemandIds());
        snapshot.demands().stream().sorted(Comparator.comparing(Demand::code, org.tablebook.domain.DemandCodes.ORDER))
                .forEach(d -> order.add(d.id()));
        List<Demand> choices = order.stream().filter(id -> !present.contains(id)).map(snapshot::demand)
                .flatMap(Optional::stream).toList();
        if (!choices.equals(topicChoices)) {
            Demand keep = topicToAdd.get();
            topicChoices.setAll(choices);
            topicToAdd.set(keep != null && choices.contains(keep) ? keep : null);
        }
        canAddTopics.set(sidebar.startedAt() != null);
        topicsHint.set(sidebar.startedAt() == null ? Messages.get("sidebars.topics.beforeStart")
                : fresh.isEmpty() ? Messages.get("sidebars.topics.none") : "");
    }

    // ---- series ----

    /** One line of a series' timeline: a sidebar or a table session between them. */
    public record SeriesEntry(boolean session, boolean current, String text) {
    }

    private void showSeries(Sidebar sidebar) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Optional<SidebarSeries> found = sidebar == null ? Optional.empty()
                : SidebarSeries.containing(SidebarSeries.of(snapshot, now, zone), sidebar.id());
        if (found.isEmpty()) {
            seriesSummary.set(sidebar == null ? "" : Messages.get("sidebars.series.none"));
            seriesEntries.clear();
            return;
        }
        SidebarSeries series = found.get();
        String demands = series.demandIds().stream().map(snapshot::demand).flatMap(Optional::stream)
                .map(d -> d.code() + " " + d.title()).collect(Collectors.joining(", "));
        String until = series.running() ? Messages.get("sidebars.series.now") : TimeText.shown(series.to(), zone);
        int sessions = series.sessionsBetween().size();
        seriesSummary.set(Messages.format("sidebars.series.summary", series.sidebars().size(), demands,
                TimeText.shown(series.from(), zone), until, Durations.human(series.span(now)),
                sessions == 0 ? Messages.get("sidebars.series.noSessions")
                        : Messages.format("sidebars.series.sessions", sessions)));
        record Timed(Instant at, SeriesEntry entry) {
        }
        List<Timed> timeline = new ArrayList<>();
        for (Sidebar s : series.sidebars()) {
            String ran = s.endedAt() == null ? Messages.format("sidebars.series.entry.running",
                    TimeText.shown(s.startedAt(), zone))
                    : Messages.format("sidebars.series.entry.ran", TimeText.shown(s.startedAt(), zone),
                            Durations.human(Duration.between(s.startedAt(), s.endedAt())));
            timeline.add(new Timed(s.startedAt(), new SeriesEntry(false, s.id().equals(sidebar.id()),
                    Messages.format("sidebars.series.entry.sidebar", s.purpose(), ran))));
        }
        for (TableSession t : series.sessionsBetween()) {
            Instant at = t.date().atTime(t.start() == null ? LocalTime.NOON : t.start()).atZone(zone).toInstant();
            String when = TimeText.date(t.date()) + (t.start() == null ? "" : ", " + t.start());
            timeline.add(new Timed(at, new SeriesEntry(true, false, Messages.format("sidebars.series.entry.session", when,
                    t.location().isBlank() ? "" : " \u2014 " + t.location()))));
        }
        timeline.sort(Comparator.comparing(Timed::at));
        seriesEntries.setAll(timeline.stream().map(Timed::entry).toList());
    }

    // ---- properties ----

    public ObservableList<SidebarRow> rows() {
        return visibleRows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<SidebarRow> selectedProperty() {
        return selected;
    }

    public SidebarEditorViewModel editor() {
        return editor;
    }

    public ReportBackViewModel reportBack() {
        return reportBack;
    }

    public ObservableList<TopicViewModel> topics() {
        return topicsView;
    }

    /** Selects the sidebar a topic belongs to, so that the topic's editor is among {@link #topicEditors()}. */
    public void revealTopic(String topicId) {
        reveal(new EntityRef(EntityKind.SIDEBAR_TOPIC, topicId));
    }

    /** The editors of the topics shown, one per topic: they come and go with the sidebar selected. */
    public ObservableList<RecordEditor<SidebarTopic>> topicEditors() {
        return topicEditorsView;
    }

    /** Demands that can still be added as topics: the agenda's first. */
    public ObservableList<Demand> topicChoices() {
        return topicChoicesView;
    }

    public ObjectProperty<Demand> topicToAddProperty() {
        return topicToAdd;
    }

    public ReadOnlyBooleanProperty canAddTopicsProperty() {
        return canAddTopics.getReadOnlyProperty();
    }

    /** Why there are no topics yet, or empty. */
    public ReadOnlyStringProperty topicsHintProperty() {
        return topicsHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty seriesSummaryProperty() {
        return seriesSummary.getReadOnlyProperty();
    }

    public ObservableList<SeriesEntry> seriesEntries() {
        return seriesEntriesView;
    }

    /** The step the selected sidebar is at; changes when another sidebar is selected or its state moves. */
    public ReadOnlyObjectProperty<SidebarStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Selects the sidebar a record belongs to (the sidebar, one of its topics, or its report-back),
     * clearing a search that would hide it; false when there is no such record.
     */
    public boolean reveal(org.tablebook.domain.EntityRef ref) {
        NegotiationSnapshot s = document.snapshot();
        if (s == null) {
            return false;
        }
        String sidebarId = switch (ref.kind()) {
            case SIDEBAR -> ref.id();
            case SIDEBAR_TOPIC -> s.topics().stream().filter(t -> t.id().equals(ref.id())).findFirst()
                    .map(org.tablebook.domain.SidebarTopic::sidebarId).orElse(null);
            case REPORT_BACK -> s.reportBacks().stream().filter(r -> r.id().equals(ref.id())).findFirst()
                    .map(org.tablebook.domain.ReportBack::sidebarId).orElse(null);
            default -> null;
        };
        if (sidebarId == null) {
            return false;
        }
        if (listing()) {
            if (s.sidebar(sidebarId).isEmpty()) {
                return false;
            }
            selectWhenListed = sidebarId;
            revealWhenListed = true;
            return true;
        }
        if (visibleRows.stream().noneMatch(r -> r.id().equals(sidebarId))) {
            search.set("");
        }
        return visibleRows.stream().filter(r -> r.id().equals(sidebarId)).findFirst().map(r -> {
            selected.set(r);
            return true;
        }).orElse(false);
    }
}
