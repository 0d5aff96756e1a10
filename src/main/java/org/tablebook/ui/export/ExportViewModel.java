package org.tablebook.ui.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.DateTexts;
import org.tablebook.domain.Dates;
import org.tablebook.domain.Language;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.ValidationException;
import org.tablebook.export.Audience;
import org.tablebook.export.ExportFormat;
import org.tablebook.export.ExportLanguages;
import org.tablebook.export.ExportRequest;
import org.tablebook.export.Exporter;
import org.tablebook.export.PreviewPages;
import org.tablebook.export.ProgressListener;
import org.tablebook.rules.RulesEngine;
import org.tablebook.document.BackgroundTask;
import org.tablebook.ui.common.DialogService;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.TaskRunner;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.SystemFiles;

/**
 * File > Export: choose who it is for and the format, look at a preview of exactly what will be
 * written, then write it. Rendering runs on the export thread with progress and a cancel; the
 * folder chosen last time is offered again.
 */
public final class ExportViewModel {
    /** How many pages the preview shows: enough to judge the document, quick to render. */
    static final int PREVIEW_PAGES = 4;

    /** A starting point for "since last session": a session's end, or the start of a day. */
    public record SinceChoice(String label, LocalDate day, TableSession session) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final NegotiationDocument document;
    private final Exporter exporter;
    private final RulesEngine engine;
    private final Clock clock;
    private final TaskRunner exportTasks;
    private final DialogService dialogs;
    private final PreferencesStore preferences;

    private final ObjectProperty<Audience> audience = new SimpleObjectProperty<>(Audience.MEMBERS);
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.PDF);
    private final ObjectProperty<ExportLanguages> languages =
            new SimpleObjectProperty<>(ExportLanguages.of(Language.current()));
    private final ObservableList<ExportLanguages> languageChoices = FXCollections.observableArrayList();
    /** Whether the membership summary shows the settled cost; off until the committee ticks it. */
    private final BooleanProperty withMoney = new SimpleBooleanProperty(false);
    private final ObservableList<ExportFormat> formats = FXCollections.observableArrayList();
    private final ObservableList<SinceChoice> sinceChoices = FXCollections.observableArrayList();
    private final ObjectProperty<SinceChoice> sinceChoice = new SimpleObjectProperty<>();
    private final StringProperty sinceDate = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sinceError = new ReadOnlyStringWrapper();

    private final ObservableList<byte[]> previewPages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lastWritten = new ReadOnlyStringWrapper();
    private volatile Job current;
    private final SystemFiles files;
    private final java.util.function.Supplier<Path> documents;
    /** The folder the save dialog offers, worked out on the export thread when the dialog opens. */
    private Path offered;

    /** A dialog that cannot hand the file to the system, offering the home folder first. */
    public ExportViewModel(NegotiationDocument document, Exporter exporter, RulesEngine engine, Clock clock,
            TaskRunner exportTasks, DialogService dialogs, PreferencesStore preferences) {
        this(document, exporter, engine, clock, exportTasks, dialogs, preferences, SystemFiles.none(),
                () -> Path.of(System.getProperty("user.home")));
    }

    /**
     * @param files opens a written export, or shows it in its folder
     * @param documents the folder offered the first time, before any export has gone anywhere;
     *     looked up on the export thread (it may read the desktop's settings)
     */
    public ExportViewModel(NegotiationDocument document, Exporter exporter, RulesEngine engine, Clock clock,
            TaskRunner exportTasks, DialogService dialogs, PreferencesStore preferences, SystemFiles files,
            java.util.function.Supplier<Path> documents) {
        this.files = files;
        this.documents = documents;
        this.document = document;
        this.exporter = exporter;
        this.engine = engine;
        this.clock = clock;
        this.exportTasks = exportTasks;
        this.dialogs = dialogs;
        this.preferences = preferences;
        audience.addListener((obs, was, is) -> {
            formats.setAll(Exporter.formatsFor(is).stream().sorted().toList());
            if (!formats.contains(format.get())) {
                format.set(formats.get(0));
            }
        });
        formats.setAll(Exporter.formatsFor(audience.get()).stream().sorted().toList());
        languageChoices.setAll(ExportLanguages.offeredFor(audience.get()));
        audience.addListener((obs, was, is) -> {
            languageChoices.setAll(ExportLanguages.offeredFor(is));
            ExportLanguages preferred = ExportLanguages.of(Language.current());
            if (languageChoices.contains(preferred)) {
                languages.set(preferred);
            } else if (!languageChoices.contains(languages.get())) {
                languages.set(languageChoices.get(0));
            }
        });
        sinceChoice.addListener((obs, was, is) -> {
            if (is != null) {
                sinceDate.set(is.day().toString());
            }
        });
        sinceDate.addListener((obs, was, is) -> sinceError.set(null));
    }

    /** Prepares the dialog for the open negotiation: the sessions to count from, the last one chosen. */
    public void open() {
        NegotiationSnapshot s = document.snapshot();
        LocalDate today = LocalDate.now(clock);
        List<SinceChoice> choices = s.sessions().stream().filter(x -> !x.date().isAfter(today))
                .sorted(Comparator.comparing(TableSession::date).thenComparing(TableSession::createdAt).reversed())
                .map(x -> new SinceChoice(Messages.format("export.since.session", DateTexts.current().shortWeekdayDate(x.date())), x.date(), x)).toList();
        sinceChoices.setAll(choices);
        if (!choices.isEmpty()) {
            sinceChoice.set(choices.get(0));
        } else {
            sinceChoice.set(null);
            sinceDate.set(today.minusDays(7).toString());
        }
        lastWritten.set(null);
        status.set("");
        progress.set(0);
        String last = preferences.get().exportFolder();
        BackgroundTask.of(() -> Optional.ofNullable(last).map(Path::of).filter(Files::isDirectory)
                .orElseGet(documents))
                .onSuccess(folder -> offered = folder)
                .onFailure(e -> offered = null)
                .runWith(exportTasks);
    }

    /**
     * The request for the current choices, with {@code audit} (the trail since the chosen day, read
     * through the document) for a report since a day, or the whole trail for a backup; refuses a
     * since date that is not a date.
     */
    ExportRequest request(List<AuditEntry> audit) {
        return requestInOneLanguage(audit).inLanguages(languages.get().languages());
    }

    private ExportRequest requestInOneLanguage(List<AuditEntry> audit) {
        NegotiationSnapshot s = document.snapshot();
        return switch (audience.get()) {
            case MEMBERS -> ExportRequest.members(s, format.get()).withMoney(withMoney.get());
            case COMMITTEE -> format.get() == ExportFormat.JSON
                    ? ExportRequest.backup(s, audit)
                    : ExportRequest.committee(s, format.get(), engine.evaluate(s, clock));
            case SINCE -> {
                Instant from = sinceInstant();
                yield ExportRequest.since(s, format.get(), from, audit, engine.evaluate(s, clock));
            }
            case CONTRACT -> ExportRequest.contract(s, format.get());
        };
    }

    private Instant sinceInstant() {
        SinceChoice choice = sinceChoice.get();
        LocalDate day = Dates.parseDate("since", Messages.get("export.since.dateLabel"), sinceDate.get());
        if (day == null) {
            throw new ValidationException("since", Messages.get("export.since.missing"));
        }
        if (choice != null && choice.day().equals(day)) {
            return ExportRequest.endOf(choice.session(), clock.getZone());
        }
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /**
     * Hands {@code then} the audit trail a report since a day or a backup needs (none for the other reports),
     * read through the document on the file's own thread, so that the export thread never touches
     * the file. A since date that is not a date, or a trail that cannot be read, ends the job.
     */
    private void withAudit(Job job, String statusWhenRefused, Consumer<List<AuditEntry>> then) {
        if (audience.get() == Audience.COMMITTEE && format.get() == ExportFormat.JSON) {
            // A backup carries the whole trail, so that a restored file says who recorded what.
            document.auditTrail(then, e -> {
                status.set(statusWhenRefused.isEmpty() ? Messages.get("export.trail.unreadable.status") : statusWhenRefused);
                dialogs.showError(Messages.get("export.trail.unreadable.title"),
                        e.getMessage() == null ? e.toString() : e.getMessage());
                finish(job);
            });
            return;
        }
        if (audience.get() != Audience.SINCE) {
            then.accept(List.of());
            return;
        }
        Instant from;
        try {
            from = sinceInstant();
        } catch (ValidationException e) {
            sinceError.set(e.getMessage());
            status.set(statusWhenRefused);
            finish(job);
            return;
        }
        document.auditSince(from, then, e -> {
            status.set(statusWhenRefused.isEmpty() ? Messages.get("export.sinceTrail.unreadable.status")
                    : statusWhenRefused);
            dialogs.showError(Messages.get("export.sinceTrail.unreadable.title"),
                    e.getMessage() == null ? e.toString() : e.getMessage());
            finish(job);
        });
    }

    /**
     * Renders the preview on the export thread: the first pages of the PDF (the same template makes
     * the HTML), or the text itself for Markdown and JSON. A newer preview replaces an older one.
     */
    public void refreshPreview() {
        if (document.snapshot() == null) {
            return;
        }
        ExportFormat chosen = format.get();
        Job job = start(Messages.get("export.preview.preparing"));
        withAudit(job, "", audit -> BackgroundTask.of(() -> {
            ExportRequest request = request(audit);
            if (chosen == ExportFormat.MARKDOWN || chosen == ExportFormat.JSON) {
                return new Preview(List.of(), new String(exporter.render(request, job), StandardCharsets.UTF_8), 0);
            }
            ExportRequest asPdf = new ExportRequest(request.snapshot(), request.audience(), ExportFormat.PDF,
                    request.findings(), request.audit(), request.since(), request.pageSize(), request.languages(),
                    request.withMoney());
            byte[] pdf = exporter.render(asPdf, job.part(0, 0.6));
            List<byte[]> pages = PreviewPages.render(pdf, PREVIEW_PAGES, 80f, job.part(0.6, 1));
            return new Preview(pages, "", PreviewPages.pageCount(pdf));
        }).onSuccess(p -> {
            if (job != current) {
                return;
            }
            previewPages.setAll(p.pages());
            previewText.set(p.text());
            previewNote.set(p.pageCount() > p.pages().size()
                    ? Messages.format("export.preview.firstPages", p.pages().size(), p.pageCount())
                    : p.pageCount() > 0 ? Messages.format("export.preview.pages", p.pageCount()) : "");
            status.set(chosen == ExportFormat.HTML ? Messages.get("export.preview.html") : "");
        }).onFailure(ValidationException.class, e -> {
            if (job == current) {
                sinceError.set(e.getMessage());
                status.set("");
            }
        // A preview replaced by a newer one ends quietly: the newer one's status stays.
        }).onFailure(CancellationException.class, e -> statusOf(job, Messages.get("export.preview.cancelled")))
                .onFailure(e -> statusOf(job, Messages.format("export.preview.failed", e.getMessage())))
                .onFinally(() -> finish(job))
                .runWith(exportTasks));
    }

    /** The name offered in the save dialog. */
    public String suggestedFileName() {
        try {
            return exporter.suggestedFileName(request(List.of()));
        } catch (RuntimeException e) {
            return "tablebook-export";
        }
    }

    /**
     * The folder offered in the save dialog: where the last export went, while it is there; else
     * the person's documents folder (home when it has none).
     */
    public Path initialFolder() {
        if (offered != null) {
            return offered;
        }
        return Optional.ofNullable(preferences.get().exportFolder()).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home")));
    }

    /** Opens the export just written in the program the system uses for it, off the JavaFX thread. */
    public void openWritten() {
        handToSystem(files::open, "export.open.failed");
    }

    /** Shows the export just written in its folder, off the JavaFX thread. */
    public void showWrittenInFolder() {
        handToSystem(files::showInFolder, "export.showInFolder.failed");
    }

    private interface SystemAction {
        void apply(Path file) throws java.io.IOException;
    }

    private void handToSystem(SystemAction action, String failedKey) {
        String written = lastWritten.get();
        if (written == null || written.isEmpty()) {
            return;
        }
        Path file = Path.of(written);
        BackgroundTask.of(() -> {
            action.apply(file);
            return file;
        })
                .onFailure(e -> dialogs.showError(Messages.get("export.open.failed.title"),
                        Messages.format(failedKey, file, e.getMessage() == null ? e.toString() : e.getMessage())))
                .runWith(exportTasks);
    }

    /** Whether an export has just been written, to open or show in its folder. */
    public javafx.beans.binding.BooleanBinding canOpenWrittenProperty() {
        return lastWritten.isNotEmpty().and(busy.not());
    }

    /** Writes the export to {@code target} on the export thread; nothing is left behind if cancelled. */
    public void exportTo(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            preferences.update(p -> p.withExportFolder(parent.toString()));
        }
        lastWritten.set(null);
        Job job = start(Messages.format("export.writing", target.getFileName()));
        withAudit(job, Messages.get("export.nothingWritten"), audit -> BackgroundTask.of(() -> {
            // Never over the open negotiation (by any of its names), another negotiation, a device or a pipe.
            Path real = document.exportTarget(target);
            exporter.export(request(audit), real, job);
            return real;
        })
                .onSuccess(real -> {
                    offered = real.getParent();
                    lastWritten.set(real.toString());
                    status.set(Messages.format("export.wrote", real));
                })
                .onFailure(ValidationException.class, e -> {
                    sinceError.set(e.getMessage());
                    status.set(Messages.get("export.nothingWritten"));
                })
                .onFailure(CancellationException.class, e -> status.set(Messages.get("export.cancelled")))
                .onFailure(e -> {
                    status.set(Messages.get("export.nothingWritten"));
                    dialogs.showError(Messages.get("export.failed.title"), e.getMessage() == null ? e.toString()
                            : e.getMessage());
                })
                .onFinally(() -> finish(job))
                .runWith(exportTasks));
    }

    /** Stops the preview or export under way; what was half-made is thrown away. */
    public void cancel() {
        Job job = current;
        if (job != null) {
            job.cancelled = true;
        }
    }

    /** Says {@code text} in the status line if {@code job} is still the work under way. */
    private void statusOf(Job job, String text) {
        if (job == current) {
            status.set(text);
        }
    }

    private Job start(String what) {
        Job previous = current;
        if (previous != null) {
            previous.cancelled = true;
        }
        Job job = new Job();
        current = job;
        busy.set(true);
        progress.set(0);
        status.set(what);
        return job;
    }

    private void finish(Job job) {
        if (job == current) {
            current = null;
            busy.set(false);
        }
    }

    /** Progress of one piece of work, reported to the JavaFX thread; cancelled by a flag. */
    private final class Job implements ProgressListener {
        volatile boolean cancelled;

        @Override
        public void progress(double fraction, String step) {
            exportTasks.onUiThread(() -> {
                if (this == current) {
                    progress.set(fraction);
                }
            });
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        /** This job's progress mapped into [from, to]: for work in two steps. */
        ProgressListener part(double from, double to) {
            return new ProgressListener() {
                @Override
                public void progress(double fraction, String step) {
                    Job.this.progress(from + (to - from) * fraction, step);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            };
        }
    }

    private record Preview(List<byte[]> pages, String text, int pageCount) {
    }

    public ObjectProperty<Audience> audienceProperty() {
        return audience;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** English, Spanish, or (for the membership summary) both side by side. */
    public ObjectProperty<ExportLanguages> languagesProperty() {
        return languages;
    }

    /** The membership summary's money tick: the settled total and the average per person, nothing else. */
    public BooleanProperty withMoneyProperty() {
        return withMoney;
    }

    public ObservableList<ExportLanguages> languageChoices() {
        return languageChoices;
    }

    public ObservableList<ExportFormat> formats() {
        return formats;
    }

    public ObservableList<SinceChoice> sinceChoices() {
        return sinceChoices;
    }

    public ObjectProperty<SinceChoice> sinceChoiceProperty() {
        return sinceChoice;
    }

    public StringProperty sinceDateProperty() {
        return sinceDate;
    }

    public ReadOnlyStringProperty sinceErrorProperty() {
        return sinceError.getReadOnlyProperty();
    }

    public ObservableList<byte[]> previewPages() {
        return previewPages;
    }

    public ReadOnlyStringProperty previewTextProperty() {
        return previewText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewNoteProperty() {
        return previewNote.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastWrittenProperty() {
        return lastWritten.getReadOnlyProperty();
    }

    /** The clock this screen's dates count from: its calendars mark today by it. */
    public Clock clock() {
        return clock;
    }
}
