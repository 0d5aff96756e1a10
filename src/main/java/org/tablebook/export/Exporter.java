package org.tablebook.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CancellationException;
import org.tablebook.domain.Language;

/**
 * The one entry point the app and the command line call to export a negotiation. Every document
 * is made whole in memory first, so nothing is written when an export fails or is cancelled, and
 * a file on disk is only replaced once the new one is complete.
 *
 * <p>What each audience may have: members a PDF, HTML or Markdown summary; the committee a PDF or
 * HTML report, or the JSON backup; the since report PDF or HTML.
 */
public final class Exporter {
    private final Clock clock;
    private final FallbackFonts fonts;
    private final BackupWriter backupWriter = new BackupWriter();

    /** @param clock gives the report's date and time, and the time zone its times are shown in */
    public Exporter(Clock clock) {
        this(clock, FallbackFonts.system());
    }

    /** With these fonts to fall back on in PDFs, instead of the system's. */
    Exporter(Clock clock, FallbackFonts fonts) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.fonts = java.util.Objects.requireNonNull(fonts, "fonts");
    }

    /** The formats an audience can be exported in, for a chooser to offer. */
    public static Set<ExportFormat> formatsFor(Audience audience) {
        return switch (audience) {
            case MEMBERS -> EnumSet.of(ExportFormat.PDF, ExportFormat.HTML, ExportFormat.MARKDOWN);
            case COMMITTEE -> EnumSet.of(ExportFormat.PDF, ExportFormat.HTML, ExportFormat.JSON);
            case SINCE -> EnumSet.of(ExportFormat.PDF, ExportFormat.HTML);
            case CONTRACT -> EnumSet.of(ExportFormat.PDF, ExportFormat.DOCX);
        };
    }

    public static boolean supports(Audience audience, ExportFormat format) {
        return formatsFor(audience).contains(format);
    }

    /** Refuses a combination no export exists for, saying which formats there are. */
    static void checkSupported(ExportRequest request) {
        if (supports(request.audience(), request.format())) {
            return;
        }
        String message = switch (request.format()) {
            case MARKDOWN -> "Markdown is made for the membership summary, to paste into a newsletter or an email. "
                    + (request.audience() == Audience.COMMITTEE ? "Export the committee report" : "Export the report of "
                    + "changes since the last session") + " as PDF or HTML instead.";
            case JSON -> request.audience() == Audience.MEMBERS
                    ? "A JSON backup holds the whole negotiation, confidential parts included, so it is never made for "
                    + "members. Choose PDF, HTML or Markdown for the membership summary, or the committee for a backup."
                    : "A JSON backup always holds the whole negotiation: choose the committee as its audience. The "
                    + "report of changes since the last session is made as PDF or HTML.";
            default -> "There is no " + request.format() + " export for " + request.audience() + ".";
        };
        throw new IllegalArgumentException(message);
    }

    /** Writes the export to a stream; nothing is written if it fails or is cancelled before the end. */
    public void export(ExportRequest request, OutputStream out, ProgressListener progress) throws IOException {
        Progress p = new Progress(progress);
        byte[] bytes = render(request, p);
        p.checkCancelled();
        out.write(bytes);
        out.flush();
        p.report(1.0, "Done");
    }

    /**
     * Writes the export to a file through a temporary file beside it, moved into place once
     * complete: a failed or cancelled export leaves no partial file and an existing file unchanged.
     */
    public void export(ExportRequest request, Path file, ProgressListener progress) throws IOException {
        Progress p = new Progress(progress);
        byte[] bytes = render(request, p);
        p.checkCancelled();
        p.report(0.97, "Saving the file");
        AtomicFiles.write(file, out -> out.write(bytes));
        p.report(1.0, "Done");
    }

    /** The export's bytes. */
    public byte[] render(ExportRequest request, ProgressListener progress) {
        return render(request, new Progress(progress));
    }

    private byte[] render(ExportRequest request, Progress p) {
        checkSupported(request);
        p.report(0.0, "Gathering the negotiation");
        if (request.format() == ExportFormat.JSON) {
            String json = backupWriter.write(new Backup(request.snapshot(), request.audit()), p::isCancelled,
                    f -> p.report(0.05 + 0.85 * f, "Writing the backup"));
            return json.getBytes(StandardCharsets.UTF_8);
        }
        if (request.format() == ExportFormat.DOCX) {
            p.report(0.3, "Writing the Word document");
            return ContractDocx.write(request.snapshot(), request.languages().get(0));
        }
        if (request.format() == ExportFormat.MARKDOWN) {
            String md = MembershipRenderer.markdown(MembershipSummary.of(request.snapshot(), clock, request.withMoney()), request.languages());
            p.report(0.9, "Writing the summary");
            return md.getBytes(StandardCharsets.UTF_8);
        }
        String html = html(request);
        p.report(0.25, "Writing the page");
        p.checkCancelled();
        if (request.format() == ExportFormat.HTML) {
            return html.getBytes(StandardCharsets.UTF_8);
        }
        p.report(0.3, "Laying out the pages");
        return PdfRenderer.render(html, fonts, p::isCancelled,
                f -> p.report(0.3 + 0.65 * f, f < 1 ? "Writing the PDF" : "PDF written"));
    }

    /**
     * The page the app shows before exporting. For PDF and HTML it is the document itself; for
     * Markdown the text that will be sent, shown as written; for a backup, what it will hold.
     */
    public String previewHtml(ExportRequest request) {
        checkSupported(request);
        return switch (request.format()) {
            case PDF, HTML, DOCX -> html(request);
            case MARKDOWN -> textPreview(Words.of(request.languages().get(0)).get("membership.markdownPreview"),
                    MembershipRenderer.markdown(MembershipSummary.of(request.snapshot(), clock, request.withMoney()), request.languages()));
            case JSON -> backupPreview(request);
        };
    }

    /** A file name for the export: the negotiation's title, the kind of document, today's date. */
    public String suggestedFileName(ExportRequest request) {
        String kind = switch (request.audience()) {
            case MEMBERS -> "membership-summary" + (request.languages().equals(List.of(Language.ENGLISH)) ? ""
                    : "-" + request.languages().stream().map(Language::code).collect(Collectors.joining("-")));
            case COMMITTEE -> request.format() == ExportFormat.JSON ? "backup" : "committee-report-CONFIDENTIAL";
            case SINCE -> "changes-since-CONFIDENTIAL";
            case CONTRACT -> "new-contract";
        };
        return slug(request.snapshot().negotiation().title()) + "-" + kind + "-" + LocalDate.now(clock) + "."
                + request.format().extension();
    }

    private String html(ExportRequest request) {
        return switch (request.audience()) {
            case MEMBERS -> MembershipRenderer.html(MembershipSummary.of(request.snapshot(), clock, request.withMoney()), request.pageSize(),
                    request.languages());
            case COMMITTEE -> CommitteeReportRenderer.html(request.snapshot(), request.findings(), clock,
                    request.pageSize(), request.languages().get(0));
            case SINCE -> SinceReportRenderer.html(SinceReport.of(request.snapshot(), request.audit(),
                    request.findings(), request.since(), clock, request.languages().get(0)), clock.getZone(),
                    request.pageSize(), request.languages().get(0));
            case CONTRACT -> ContractRenderer.html(request.snapshot(), clock, request.pageSize(), request.languages().get(0));
        };
    }

    private static String textPreview(String heading, String text) {
        return Template.load("preview.html").render(ReportText.model("heading", heading, "text", text,
                "hasRows", false, "rows", List.of()));
    }

    private static String backupPreview(ExportRequest request) {
        var s = request.snapshot();
        List<Object> rows = BackupFormat.SECTIONS.stream()
                .map(section -> (Object) ReportText.model("label", section.key(),
                        "value", String.valueOf(section.list().apply(s).size())))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        rows.add(ReportText.model("label", BackupFormat.AUDIT_KEY, "value", String.valueOf(request.audit().size())));
        return Template.load("preview.html").render(ReportText.model("heading",
                "CONFIDENTIAL backup of \"" + s.negotiation().title() + "\": the whole negotiation, for the team's "
                        + "own computers", "text", "", "hasRows", true, "rows", rows));
    }

    static String slug(String title) {
        // Letters that do not decompose into a base letter and an accent are spelled out.
        String spelled = title.replace("Æ", "AE").replace("æ", "ae").replace("Ø", "O").replace("ø", "o")
                .replace("Œ", "OE").replace("œ", "oe").replace("ß", "ss").replace("Þ", "Th").replace("þ", "th")
                .replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l");
        String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "negotiation" : slug;
    }

    /** Keeps the reported fraction from going backwards and asks about cancellation. */
    private static final class Progress {
        private final ProgressListener listener;
        private double last;

        Progress(ProgressListener listener) {
            this.listener = listener == null ? ProgressListener.NONE : listener;
        }

        void report(double fraction, String step) {
            checkCancelled();
            last = Math.max(last, Math.min(1.0, fraction));
            listener.progress(last, step);
        }

        boolean isCancelled() {
            return listener.isCancelled();
        }

        void checkCancelled() {
            if (listener.isCancelled()) {
                throw new CancellationException("The export was cancelled; nothing was written.");
            }
        }
    }
}
