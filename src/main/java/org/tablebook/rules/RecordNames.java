package org.tablebook.rules;

import java.time.Instant;
import java.time.ZoneId;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.Demand;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;
import org.tablebook.domain.TentativeAgreement;

/**
 * How a person names each kind of record in the panel. Names never fail: a reference the
 * snapshot cannot resolve is named generically rather than thrown on.
 */
final class RecordNames {
    private static final String MISSING_DEMAND = "a demand not in this file";

    private RecordNames() {
    }

    /** "Demand U-12 Staffing ratios". */
    static String demand(Demand demand) {
        return "Demand " + demandName(demand);
    }

    /** "U-12 Staffing ratios", for use inside a sentence. */
    static String demandName(Demand demand) {
        return demand.code() + " " + Texts.shorten(demand.title());
    }

    static String demandName(NegotiationSnapshot snapshot, String demandId) {
        return snapshot.demand(demandId).map(RecordNames::demandName).orElse(MISSING_DEMAND);
    }

    /** "U-12", or the generic name when the demand is missing. */
    static String demandCode(NegotiationSnapshot snapshot, String demandId) {
        return snapshot.demand(demandId).map(Demand::code).orElse(MISSING_DEMAND);
    }

    /** "Sidebar on wages (Mar 3)", dated by when it started, else was scheduled, else was suggested. */
    static String sidebar(Sidebar sidebar, ZoneId zone) {
        return "Sidebar on " + Texts.shorten(sidebar.purpose()) + " (" + Texts.date(sidebarDate(sidebar).atZone(zone).toLocalDate()) + ")";
    }

    static String sidebar(NegotiationSnapshot snapshot, String sidebarId, ZoneId zone) {
        return snapshot.sidebar(sidebarId).map(s -> sidebar(s, zone)).orElse("A sidebar not in this file");
    }

    private static Instant sidebarDate(Sidebar sidebar) {
        if (sidebar.startedAt() != null) {
            return sidebar.startedAt();
        }
        if (sidebar.scheduledAt() != null) {
            return sidebar.scheduledAt();
        }
        return sidebar.suggestedAt() != null ? sidebar.suggestedAt() : sidebar.createdAt();
    }

    /** "Topic U-12 in sidebar on wages (Mar 3)". */
    static String topic(NegotiationSnapshot snapshot, SidebarTopic topic, ZoneId zone) {
        return "Topic " + demandCode(snapshot, topic.demandId()) + " in "
                + Texts.lowerFirst(sidebar(snapshot, topic.sidebarId(), zone));
    }

    /** "Report-back on wages (Mar 4)", dated by when it was given. */
    static String reportBack(NegotiationSnapshot snapshot, ReportBack reportBack, ZoneId zone) {
        String about = snapshot.sidebar(reportBack.sidebarId()).map(s -> Texts.shorten(s.purpose())).orElse("a sidebar");
        return "Report-back on " + about + " (" + Texts.date(reportBack.reportedAt().atZone(zone).toLocalDate()) + ")";
    }

    /** "Our counterproposal on U-12 (Mar 3)". */
    static String proposal(NegotiationSnapshot snapshot, Proposal proposal) {
        String whose = proposal.side() == Side.OURS ? "Our" : "Their";
        String what = switch (proposal.kind()) {
            case INITIAL -> "proposal";
            case COUNTER -> "counterproposal";
            case PACKAGE -> "package proposal";
            case FINAL_OFFER -> "final offer";
        };
        return whose + " " + what + " on " + demandCode(snapshot, proposal.demandId())
                + " (" + Texts.date(proposal.passedOn()) + ")";
    }

    /** "TA on U-12 Staffing ratios (Mar 3)", dated by when it was reached. */
    static String agreement(NegotiationSnapshot snapshot, TentativeAgreement agreement) {
        return "TA on " + demandName(snapshot, agreement.demandId()) + " (" + Texts.date(agreement.reachedOn()) + ")";
    }

    /** "Information request: staffing data (asked Mar 3)". */
    static String informationRequest(InformationRequest request) {
        return "Information request: " + Texts.shorten(request.subject()) + " (asked " + Texts.date(request.askedOn()) + ")";
    }

    /** "Compliance: post schedules two weeks ahead". */
    static String complianceItem(ComplianceItem item) {
        return "Compliance: " + Texts.shorten(item.obligation());
    }
}
