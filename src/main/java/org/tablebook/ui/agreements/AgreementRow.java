package org.tablebook.ui.agreements;

import org.tablebook.domain.DemandCodes;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import org.tablebook.domain.Demand;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.ui.common.DateLabels;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;

/**
 * One line of the agreements table, as a person reads it.
 *
 * @param demand "U-3  Wages"
 * @param source "Table", or "Sidebar: wages (3 Mar 2026)"
 * @param initials "Both sides", "Us only", "Them only", "Not initialed"
 * @param confirmation the confirming session's date, or "Not yet"
 */
public record AgreementRow(
        TentativeAgreement agreement,
        String demandCode,
        String demand,
        String source,
        String reachedOn,
        String initials,
        String confirmation,
        TaStatus status,
        String statusLabel) {

    /** Open work first (tentative, confirmed, in the memorandum), then ratified, then reopened; by demand code. */
    static final Comparator<AgreementRow> ORDER = Comparator.comparing((AgreementRow r) -> rank(r.status()))
            .thenComparing(r -> r.demandCode(), DemandCodes.ORDER)
            .thenComparing(r -> r.agreement().reachedOn())
            .thenComparing(r -> r.agreement().createdAt());

    public String id() {
        return agreement.id();
    }

    /** "Reached 27 Oct 2026 at the table". */
    public String reachedLine() {
        return Messages.format("agreements.row.reached", reachedOn,
                agreement.source() == TaSource.TABLE ? Messages.get("agreements.row.atTable")
                        : Messages.get("agreements.row.inSidebar"));
    }

    /** "Initialed: both sides · Confirmed: 2 Nov 2026". */
    public String stepsLine() {
        return Messages.format("agreements.row.steps", initials, confirmation);
    }

    String searchText() {
        return (demand + " " + agreement.text() + " " + agreement.publicText() + " " + statusLabel)
                .toLowerCase(Locale.ROOT);
    }

    static AgreementRow of(NegotiationSnapshot snapshot, TentativeAgreement a, ZoneId zone) {
        Demand d = snapshot.demand(a.demandId()).orElse(null);
        String code = d == null ? "?" : d.code();
        String demand = d == null ? Messages.get("agreements.row.missingDemand") : AgreementsViewModel.demandLabel(d);
        String source = a.source() == TaSource.TABLE ? Messages.get("agreements.source.table")
                : Messages.format("agreements.row.sidebar", snapshot.sidebar(a.sidebarId())
                        .map(s -> AgreementsViewModel.sidebarLabel(s, zone)).orElse("?"));
        String initials = Messages.get(a.initialedByBoth() ? "agreements.initials.both"
                : a.initialedByUsOn() != null ? "agreements.initials.us"
                : a.initialedByThemOn() != null ? "agreements.initials.them" : "agreements.initials.none");
        String notYet = Messages.get("agreements.confirmation.none");
        String confirmation = a.confirmedSessionId() == null ? notYet
                : snapshot.session(a.confirmedSessionId()).map(s -> DateLabels.date(s.date())).orElse(notYet);
        return new AgreementRow(a, code, demand, source, DateLabels.date(a.reachedOn()), initials, confirmation,
                a.status(), Labels.of(a.status()));
    }

    private static int rank(TaStatus s) {
        return switch (s) {
            case TENTATIVE -> 0;
            case CONFIRMED -> 1;
            case IN_MOA -> 2;
            case RATIFIED -> 3;
            case REOPENED -> 4;
        };
    }
}
