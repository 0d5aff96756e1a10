package org.tablebook.ui.sidebars;

import org.tablebook.ui.common.TimeText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.domain.Durations;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.RecordEditor;
import org.tablebook.document.NegotiationDocument;

/**
 * The reps' report to the rest of the team after a sidebar (reference 000: "report immediately";
 * reference 001: the positions of each side on each issue go to the full committee). One per
 * sidebar, recorded once it has ended; edited on a copy.
 */
public final class ReportBackViewModel {
    private final DialogService dialogs;
    private final Clock clock;
    private final RecordEditor<ReportBack> editor;

    private NegotiationSnapshot snapshot;
    private Sidebar sidebar;
    private String defaultReportedAt = "";

    private final StringProperty reportedAt = new SimpleStringProperty("");
    private final ObjectProperty<Person> reportedBy = new SimpleObjectProperty<>();
    private final BooleanProperty fullTeamPresent = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Person> reporters = FXCollections.observableArrayList();
    private final ObservableList<Person> reportersView = FXCollections.unmodifiableObservableList(reporters);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper exists = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    ReportBackViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.dialogs = dialogs;
        this.clock = clock;
        editor = new RecordEditor<>(document, dialogs, this::fill, this::blank,
                r -> Messages.format("sidebars.report.name", sidebar == null ? "" : sidebar.purpose()),
                Messages.get("sidebars.report.new"));
        editor.field("reportedAt", reportedAt);
        editor.field("reportedById", reportedBy);
        editor.field("fullTeamPresent", fullTeamPresent);
        editor.field("summary", summary);
        editor.onSave(this::save);
        editor.dirtyProperty().addListener(o -> refresh());
        editor.storedProperty().addListener(o -> refresh());
    }

    /** Shows the report-back of this sidebar, or a new one to record; keeps what is typed while it is unchanged. */
    void show(NegotiationSnapshot snapshot, Sidebar sidebar) {
        this.snapshot = snapshot;
        boolean sameSidebar = this.sidebar != null && sidebar != null && this.sidebar.id().equals(sidebar.id());
        this.sidebar = sidebar;
        ReportBack fresh = sidebar == null ? null : snapshot.reportBackOf(sidebar.id()).orElse(null);
        List<Person> people = reporterChoices(snapshot, sidebar, fresh);
        if (!people.equals(reporters)) {
            // A drop-down lets go of its choice when its list is replaced: the choice is put back.
            Person keep = reportedBy.get();
            editor.quietly(() -> {
                reporters.setAll(people);
                reportedBy.set(keep);
            });
        }
        if (sidebar == null) {
            editor.close();
        } else if (fresh != null) {
            if (sameSidebar) {
                editor.edit(fresh);
            } else {
                editor.show(fresh);
            }
        } else if (sameSidebar && editor.stored() != null) {
            // The report was taken back (an undo): a clean form offers a new one, an edit is kept.
            editor.refresh(null);
            if (!editor.isEditing()) {
                editor.offerNew();
            }
        } else if (!(sameSidebar && editor.isCreating())) {
            editor.offerNew();
        }
        refresh();
    }

    /** Our people, the sidebar's own reps first; anyone who already reported stays on the list. */
    private static List<Person> reporterChoices(NegotiationSnapshot snapshot, Sidebar sidebar, ReportBack report) {
        if (sidebar == null) {
            return List.of();
        }
        List<Person> ours = new ArrayList<>();
        snapshot.ofSide(sidebar.attendeeIds(), Side.OURS).forEach(ours::add);
        snapshot.people().stream().filter(p -> p.side() == Side.OURS && p.active() && !ours.contains(p))
                .sorted(Comparator.comparing(Person::role).thenComparing(p -> p.name().toLowerCase()))
                .forEach(ours::add);
        if (report != null && report.reportedById() != null) {
            snapshot.person(report.reportedById()).filter(p -> !ours.contains(p)).ifPresent(ours::add);
        }
        return ours;
    }

    private void fill(ReportBack stored) {
        reportedAt.set(TimeText.field(stored.reportedAt(), clock.getZone()));
        reportedBy.set(stored.reportedById() == null ? null : snapshot.person(stored.reportedById()).orElse(null));
        fullTeamPresent.set(stored.fullTeamPresent());
        summary.set(stored.summary());
    }

    private void blank() {
        defaultReportedAt = TimeText.field(now(), clock.getZone());
        reportedAt.set(defaultReportedAt);
        reportedBy.set(reporters.isEmpty() ? null : reporters.get(0));
        fullTeamPresent.set(true);
        summary.set("");
    }

    private void refresh() {
        boolean ended = sidebar != null && sidebar.endedAt() != null;
        ReportBack stored = editor.stored();
        available.set(ended);
        exists.set(stored != null);
        // A report that is due can be saved as it is offered; one recorded only once it is changed.
        dirty.set(editor.isDirty() || (ended && stored == null));
        status.set(statusText(ended));
    }

    private String statusText(boolean ended) {
        ReportBack stored = editor.stored();
        ZoneId zone = clock.getZone();
        if (sidebar == null) {
            return "";
        }
        if (!ended) {
            return Messages.get("sidebars.report.notEnded");
        }
        if (stored != null) {
            String by = stored.reportedById() == null ? "" : snapshot.person(stored.reportedById())
                    .map(p -> " " + Messages.format("sidebars.report.by", p.name())).orElse("");
            return Messages.format("sidebars.report.done", TimeText.shown(stored.reportedAt(), zone), by,
                    Durations.human(Duration.between(sidebar.endedAt(), stored.reportedAt())));
        }
        return Messages.format("sidebars.report.due", Durations.human(Duration.between(sidebar.endedAt(), clock.instant())));
    }

    /** Stamps the report-back's time with now (written on Save). */
    public void reportedNow() {
        reportedAt.set(TimeText.field(now(), clock.getZone()));
    }

    /** Records (or corrects) the report-back as one change. Only after the sidebar has ended. */
    public void save() {
        if (sidebar == null || editor.busyProperty().get()) {
            return;
        }
        ReportBack report = build(now());
        if (report != null) {
            boolean isNew = editor.stored() == null;
            editor.write(changeLabel(), report, isNew, null);
        }
    }

    /** "Report back on sidebar "…"" or, for one already recorded, "Correct the report-back …". */
    String changeLabel() {
        return (editor.stored() == null ? Messages.get("sidebars.change.report")
                : Messages.get("sidebars.change.editReport")) + " \"" + (sidebar == null ? "" : sidebar.purpose()) + "\"";
    }

    /**
     * The report-back the form describes, or null with a message on each field that is wrong (or a
     * dialog when the sidebar has not ended). A time left as offered is the moment of the save.
     */
    ReportBack build(Instant now) {
        if (sidebar == null) {
            return null;
        }
        ReportBack stored = editor.stored();
        FieldErrors errors = editor.errors();
        if (sidebar.endedAt() == null) {
            dialogs.showError(Messages.get("sidebars.error.reportTitle"), Messages.get("sidebars.error.reportBeforeEnd"));
            return null;
        }
        errors.clearAll();
        ZoneId zone = clock.getZone();
        Instant at;
        if (stored == null && reportedAt.get().strip().equals(defaultReportedAt)) {
            at = now;
        } else if (stored != null && reportedAt.get().strip().equals(TimeText.field(stored.reportedAt(), zone))) {
            at = stored.reportedAt();
        } else {
            try {
                at = TimeText.parse("reportedAt", Messages.get("sidebars.field.reportedAt"), reportedAt.get(), zone,
                        now.atZone(zone).toLocalDate());
            } catch (ValidationException e) {
                errors.set(e);
                return null;
            }
        }
        if (at == null) {
            errors.set("reportedAt", Messages.get("sidebars.error.reportedAtRequired"));
            return null;
        }
        if (at.isBefore(sidebar.endedAt())) {
            errors.set("reportedAt", Messages.format("sidebars.error.reportBeforeEndTime", TimeText.shown(at, zone),
                    TimeText.shown(sidebar.endedAt(), zone)));
            return null;
        }
        String by = reportedBy.get() == null ? null : reportedBy.get().id();
        try {
            return stored == null
                    ? new ReportBack(Ids.newId(), sidebar.id(), at, by, fullTeamPresent.get(), summary.get(), now, now)
                    : new ReportBack(stored.id(), sidebar.id(), at, by, fullTeamPresent.get(), summary.get(),
                            stored.createdAt(), now.isBefore(stored.updatedAt()) ? stored.updatedAt() : now);
        } catch (ValidationException e) {
            errors.set(e);
            return null;
        }
    }

    /** True when the form was changed from what is stored (a recorded report-back being corrected). */
    boolean isEdited() {
        return editor.stored() != null && editor.isDirty();
    }

    /** Puts the form back to what is stored (or to a fresh report). */
    public void cancel() {
        editor.cancel();
        if (sidebar != null && !editor.isEditing()) {
            editor.offerNew();
        }
        refresh();
    }

    /** The editor of the report-back: the question on leaving, and the draft kept of what is typed. */
    public RecordEditor<ReportBack> editor() {
        return editor;
    }

    /** Recomputes the "report immediately" reminder, which counts from the end. */
    void tick() {
        status.set(statusText(sidebar != null && sidebar.endedAt() != null));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public StringProperty reportedAtProperty() {
        return reportedAt;
    }

    public ObjectProperty<Person> reportedByProperty() {
        return reportedBy;
    }

    public BooleanProperty fullTeamPresentProperty() {
        return fullTeamPresent;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Who can report: our people, the sidebar's reps first. */
    public ObservableList<Person> reporters() {
        return reportersView;
    }

    /** True once the sidebar has ended: a report-back can be recorded. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** True when a report-back is recorded. */
    public ReadOnlyBooleanProperty existsProperty() {
        return exists.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** "Reported Mar 3, 16:00 by Dana Reyes, 50 min after the end." or the reminder to report. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
