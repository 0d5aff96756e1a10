package org.tablebook.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Language;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.TableSession;
import org.tablebook.rules.Finding;

/**
 * What to export: the negotiation, for whom, in which format, and what each audience needs besides
 * the snapshot (the committee reports take the current rule findings, the since report the audit
 * trail and the moment to start from). The exporter never computes findings itself.
 *
 * @param findings the rules engine's current findings; ignored for members
 * @param audit the audit trail, or the part of it after {@code since}; used by the since report, and
 *     by the JSON backup, which carries the whole trail
 * @param since the moment the since report starts from; required for {@link Audience#SINCE}
 * @param pageSize the paper for PDFs
 * @param languages the language of the export; two for the bilingual membership summary (the
 *     committee and since reports are written in the first)
 * @param withMoney whether the membership summary shows money: the committee's choice, and then
 *     only the settled total and the average per person per year; ignored by the other exports
 */
public record ExportRequest(
        NegotiationSnapshot snapshot,
        Audience audience,
        ExportFormat format,
        List<Finding> findings,
        List<AuditEntry> audit,
        Instant since,
        PageSize pageSize,
        List<Language> languages,
        boolean withMoney) {

    public ExportRequest {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(format, "format");
        findings = findings == null ? List.of() : List.copyOf(findings);
        audit = audit == null ? List.of() : List.copyOf(audit);
        pageSize = pageSize == null ? PageSize.LETTER : pageSize;
        languages = languages == null || languages.isEmpty() ? List.of(Language.ENGLISH) : List.copyOf(languages);
        if (audience == Audience.SINCE && since == null) {
            throw new IllegalArgumentException("Choose the moment the report starts from: a date and time, or the "
                    + "end of a table session.");
        }
    }

    /** The membership summary. */
    public static ExportRequest members(NegotiationSnapshot snapshot, ExportFormat format) {
        return new ExportRequest(snapshot, Audience.MEMBERS, format, List.of(), List.of(), null, null);
    }

    /** The committee report (PDF, HTML) or the JSON backup. */
    public static ExportRequest committee(NegotiationSnapshot snapshot, ExportFormat format, List<Finding> findings) {
        return new ExportRequest(snapshot, Audience.COMMITTEE, format, findings, List.of(), null, null);
    }

    /** The whole negotiation as a JSON backup, without its audit trail. */
    public static ExportRequest backup(NegotiationSnapshot snapshot) {
        return backup(snapshot, List.of());
    }

    /** The whole negotiation and its whole audit trail (oldest row first) as a JSON backup. */
    public static ExportRequest backup(NegotiationSnapshot snapshot, List<AuditEntry> auditTrail) {
        return new ExportRequest(snapshot, Audience.COMMITTEE, ExportFormat.JSON, List.of(), auditTrail, null, null);
    }

    /** What changed since {@code since}. */
    public static ExportRequest since(NegotiationSnapshot snapshot, ExportFormat format, Instant since,
            List<AuditEntry> audit, List<Finding> findings) {
        return new ExportRequest(snapshot, Audience.SINCE, format, findings, audit, since, null);
    }

    /** The new contract assembled from the TAs (PDF or Word). */
    public static ExportRequest contract(NegotiationSnapshot snapshot, ExportFormat format) {
        return new ExportRequest(snapshot, Audience.CONTRACT, format, List.of(), List.of(), null, null);
    }

    public ExportRequest(NegotiationSnapshot snapshot, Audience audience, ExportFormat format, List<Finding> findings,
            List<AuditEntry> audit, Instant since, PageSize pageSize) {
        this(snapshot, audience, format, findings, audit, since, pageSize, null);
    }

    public ExportRequest(NegotiationSnapshot snapshot, Audience audience, ExportFormat format, List<Finding> findings,
            List<AuditEntry> audit, Instant since, PageSize pageSize, List<Language> languages) {
        this(snapshot, audience, format, findings, audit, since, pageSize, languages, false);
    }

    public ExportRequest withPageSize(PageSize size) {
        return new ExportRequest(snapshot, audience, format, findings, audit, since, size, languages, withMoney);
    }

    /** The same export in these languages, in this order. */
    public ExportRequest inLanguages(List<Language> in) {
        return new ExportRequest(snapshot, audience, format, findings, audit, since, pageSize, in, withMoney);
    }

    /** The same export; a membership summary with the settled total and the average per person, or without. */
    public ExportRequest withMoney(boolean shown) {
        return new ExportRequest(snapshot, audience, format, findings, audit, since, pageSize, languages, shown);
    }

    /** The moment a table session ended (its end time, else the end of its day), for "since last session". */
    public static Instant endOf(TableSession session, ZoneId zone) {
        LocalTime end = session.end() != null ? session.end() : LocalTime.MAX;
        return LocalDateTime.of(session.date(), end).atZone(zone).toInstant();
    }
}
