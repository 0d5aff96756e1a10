package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.ReportBack;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarTopic;

/**
 * REPORT_BACK_INCOMPLETE (WARNING): once a sidebar has a report-back, each demand on its agenda
 * with no topic is one finding about the report-back ("Add the topic"), and each of its topics with
 * our or their position blank is one finding about that topic, focusing the first blank position.
 */
public final class ReportBackIncompleteRule extends AbstractRule {
    public static final String ID = "REPORT_BACK_INCOMPLETE";

    public ReportBackIncompleteRule() {
        super(ID, Severity.WARNING, "Report-back incomplete", new Principle(
                "While the details of some of the discussions may be confidential, the tentative conclusions, i.e., "
                        + "the positions taken by each side on each issue, should be reported to the full committee.",
                Sources.OFF_THE_RECORD_RULES));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
        List<Finding> findings = new ArrayList<>();
        for (ReportBack reportBack : snapshot.reportBacks()) {
            Optional<Sidebar> sidebar = snapshot.sidebar(reportBack.sidebarId());
            if (sidebar.isEmpty()) {
                continue;
            }
            List<SidebarTopic> topics = snapshot.topicsOf(reportBack.sidebarId());
            Set<String> covered = topics.stream().map(SidebarTopic::demandId).collect(Collectors.toSet());
            for (String demandId : sidebar.get().agendaDemandIds()) {
                if (!covered.contains(demandId)) {
                    findings.add(finding(reportBack, RecordNames.reportBack(snapshot, reportBack, now.zone()),
                            "The report-back says nothing about " + RecordNames.demandName(snapshot, demandId)
                                    + ", which was on the sidebar's agenda: the full committee must hear each side's "
                                    + "position on every issue.",
                            "Add the topic", null, demandId));
                }
            }
            for (SidebarTopic topic : topics) {
                boolean noOurs = topic.ourPosition().isBlank();
                boolean noTheirs = topic.theirPosition().isBlank();
                if (!noOurs && !noTheirs) {
                    continue;
                }
                String whose = noOurs && noTheirs ? "both sides' positions" : noOurs ? "our position" : "the other side's position";
                findings.add(finding(topic, RecordNames.topic(snapshot, topic, now.zone()),
                        "The report-back leaves out " + whose + " on " + RecordNames.demandName(snapshot, topic.demandId())
                                + ": the full committee needs each side's position on each issue to accept, reject "
                                + "or counter it.",
                        "Record the positions", noOurs ? "ourPosition" : "theirPosition", noOurs, noTheirs));
            }
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.REPORT_BACK, EntityKind.SIDEBAR, EntityKind.SIDEBAR_TOPIC, EntityKind.DEMAND);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
