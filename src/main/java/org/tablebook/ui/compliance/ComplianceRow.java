package org.tablebook.ui.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.ui.common.DateLabels;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;

/**
 * One obligation as the compliance table shows it.
 *
 * @param tiedTo the clause, the agreement, or both: "Art. 7.2 · TA on U-3 Wages"
 * @param lastDay the last day to file a grievance on a breach, with how far off: "20 Mar 2026 (in 6 days)"
 * @param urgent a breach with no grievance filed whose window closes within the warning days, or has closed
 */
public record ComplianceRow(ComplianceItem item, String tiedTo, String dueOn, String statusLabel, String lastDay,
        boolean urgent) {

    /** Breaches first (the most urgent window first), then open items by due date, then the met ones. */
    static final Comparator<ComplianceRow> ORDER = Comparator
            .comparing((ComplianceRow r) -> rank(r.item().status()))
            .thenComparing(r -> r.item().lastDayToFile().orElse(LocalDate.MAX))
            .thenComparing(r -> Optional.ofNullable(r.item().dueOn()).orElse(LocalDate.MAX))
            .thenComparing(r -> r.item().createdAt());

    public String id() {
        return item.id();
    }

    boolean grievanceFiled() {
        return item.grievanceFiledOn() != null;
    }

    /** "Art. 7.2 · Employer · due 3 Dec 2026". */
    public String details() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!tiedTo.isBlank()) {
            parts.add(tiedTo);
        }
        if (!item.responsibleParty().isBlank()) {
            parts.add(item.responsibleParty());
        }
        if (item.dueOn() != null) {
            parts.add(Messages.format("compliance.row.due", dueOn));
        }
        return String.join(" \u00b7 ", parts);
    }

    String searchText() {
        return (item.obligation() + " " + item.clause() + " " + tiedTo + " " + item.responsibleParty() + " " + statusLabel)
                .toLowerCase(Locale.ROOT);
    }

    static ComplianceRow of(NegotiationSnapshot snapshot, ComplianceItem c, LocalDate today, int warningDays) {
        String agreement = c.agreementId() == null ? ""
                : snapshot.agreement(c.agreementId()).map(a -> agreementLabel(snapshot, a)).orElse("");
        String tiedTo = c.clause().isBlank() ? agreement
                : agreement.isEmpty() ? c.clause() : c.clause() + " \u00b7 " + agreement;
        String lastDay = "";
        boolean urgent = false;
        // Counted as the contract counts: calendar or working days (the negotiation's setting).
        Optional<LocalDate> lastToFile = c.lastDayToFile(snapshot.negotiation().ruleSettings());
        if (c.status() == ComplianceStatus.BREACHED && lastToFile.isPresent()) {
            LocalDate last = lastToFile.get();
            if (c.grievanceFiledOn() != null) {
                lastDay = Messages.format("compliance.row.filed", DateLabels.day(c.grievanceFiledOn()));
            } else {
                lastDay = Messages.format("compliance.row.lastDay", DateLabels.day(last), DateLabels.relative(last, today));
                urgent = ChronoUnit.DAYS.between(today, last) <= warningDays;
            }
        }
        return new ComplianceRow(c, tiedTo, DateLabels.date(c.dueOn()), Labels.of(c.status()), lastDay, urgent);
    }

    /** "TA on U-3 Wages". */
    static String agreementLabel(NegotiationSnapshot snapshot, TentativeAgreement a) {
        return Messages.format("compliance.agreement.label",
                snapshot.demand(a.demandId()).map(d -> d.code() + " " + d.title()).orElse("?"));
    }

    private static int rank(ComplianceStatus s) {
        return switch (s) {
            case BREACHED -> 0;
            case OPEN -> 1;
            case MET -> 2;
        };
    }
}
