/**
 * What leaves the laptop: the membership summary, the committee reports and the JSON backup.
 *
 * <p>Pure library code on the domain's {@link org.tablebook.domain.NegotiationSnapshot}: no JavaFX,
 * no SQL, time from an injected {@link java.time.Clock}. The app and the command line call:
 * <ul>
 * <li>{@link org.tablebook.export.Exporter}: {@code export(ExportRequest, OutputStream|Path, ProgressListener)},
 *     {@code previewHtml(ExportRequest)}, {@code suggestedFileName(ExportRequest)} and
 *     {@code formatsFor(Audience)} for a chooser;</li>
 * <li>{@link org.tablebook.export.ExportRequest}: {@code members(...)}, {@code committee(...)},
 *     {@code since(...)}, {@code backup(...)};</li>
 * <li>{@link org.tablebook.export.BackupWriter} and {@link org.tablebook.export.BackupReader} for the
 *     JSON backup; the reader checks a file fully and throws {@link org.tablebook.export.BackupFormatException}
 *     naming the place of the first problem.</li>
 * </ul>
 *
 * <p>Confidentiality: the membership summary is rendered only from
 * {@link org.tablebook.export.MembershipSummary}, which picks the public fields; the renderers never
 * see the snapshot. Every document is one XHTML template (a resource of this package) used for both
 * the HTML file and the PDF; its engine always escapes, so user text never becomes markup.
 */
package org.tablebook.export;
