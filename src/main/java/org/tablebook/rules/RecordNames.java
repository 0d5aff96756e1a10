package org.tablebook.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.tablebook.domain.ComplianceItem;
import org.tablebook.domain.Demand;
import org.tablebook.domain.InformationRequest;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.ProposalKind;
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
    /** The label keys of passes, by side and kind: "label.proposal.OURS.COUNTER". */
    private static final Map<Side, Map<ProposalKind, String>> PROPOSAL_LABELS = new EnumMap<>(Side.class);

    static {
        for (Side side : Side.values()) {
            Map<ProposalKind, String> keys = new EnumMap<>(ProposalKind.class);
            for (ProposalKind kind : ProposalKind.values()) {
                keys.put(kind, "label.proposal." + side + "." + kind);
            }
            PROPOSAL_LABELS.put(side, keys);
        }
    }

    private RecordNames() {
    }

    /** "Demand U-12 Staffing ratios". */
    static Text demand(Demand demand) {
        return Text.of("label.demand", demandName(demand));
    }

    /** "U-12 Staffing ratios", for use inside a sentence. */
    static Text demandName(Demand demand) {
        return Text.of("label.demandName", demand.code(), Texts.shorten(demand.title()));
    }

    static Text demandName(NegotiationSnapshot snapshot, String demandId) {
        return snapshot.demand(demandId).map(RecordNames::demandName).orElse(Text.of("label.missingDemand"));
    }

    /** "U-12", or the generic name when the demand is missing. */
    static Text demandCode(NegotiationSnapshot snapshot, String demandId) {
        return snapshot.demand(demandId).map(d -> Text.literal(d.code())).orElse(Text.of("label.missingDemand"));
    }

    /** "Sidebar on wages (Mar 3)", dated by when it started, else was scheduled, else was suggested. */
    static Text sidebar(Sidebar sidebar, ZoneId zone) {
        return Text.of("label.sidebar", Texts.shorten(sidebar.purpose()), sidebarDate(sidebar).atZone(zone).toLocalDate());
    }

    static Text sidebar(NegotiationSnapshot snapshot, String sidebarId, ZoneId zone) {
        return snapshot.sidebar(sidebarId).map(s -> sidebar(s, zone)).orElse(Text.of("label.missingSidebar"));
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

    /** "Topic U-12 in the sidebar on wages (Mar 3)". */
    static Text topic(NegotiationSnapshot snapshot, SidebarTopic topic, ZoneId zone) {
        return snapshot.sidebar(topic.sidebarId())
                .map(s -> Text.of("label.topic", demandCode(snapshot, topic.demandId()), Texts.shorten(s.purpose()),
                        sidebarDate(s).atZone(zone).toLocalDate()))
                .orElse(Text.of("label.topicMissingSidebar", demandCode(snapshot, topic.demandId())));
    }

    /** "Report-back on wages (Mar 4)", dated by when it was given. */
    static Text reportBack(NegotiationSnapshot snapshot, ReportBack reportBack, ZoneId zone) {
        Object about = snapshot.sidebar(reportBack.sidebarId()).<Object>map(s -> Texts.shorten(s.purpose()))
                .orElse(Text.of("label.aSidebar"));
        return Text.of("label.reportBack", about, reportBack.reportedAt().atZone(zone).toLocalDate());
    }

    /** "Our counterproposal on U-12 (Mar 3)". */
    static Text proposal(NegotiationSnapshot snapshot, Proposal proposal) {
        return Text.of(PROPOSAL_LABELS.get(proposal.side()).get(proposal.kind()),
                demandCode(snapshot, proposal.demandId()), proposal.passedOn());
    }

    /** "TA on U-12 Staffing ratios (Mar 3)", dated by when it was reached. */
    static Text agreement(NegotiationSnapshot snapshot, TentativeAgreement agreement) {
        return Text.of("label.agreement", demandName(snapshot, agreement.demandId()), agreement.reachedOn());
    }

    /** "Information request: staffing data (asked Mar 3)". */
    static Text informationRequest(InformationRequest request) {
        return Text.of("label.informationRequest", Texts.shorten(request.subject()), request.askedOn());
    }

    /** "Compliance: post schedules two weeks ahead". */
    static Text complianceItem(ComplianceItem item) {
        return Text.of("label.complianceItem", Texts.shorten(item.obligation()));
    }
}
