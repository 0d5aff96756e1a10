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
 *
 * <p>Time: No clock: it compares the report-back's topics with the sidebar's agenda.
 */
public final class ReportBackIncompleteRule extends AbstractRule {
    public static final String ID = "REPORT_BACK_INCOMPLETE";

    public ReportBackIncompleteRule() {
        super(ID, Severity.WARNING, Sources.OFF_THE_RECORD_RULES);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
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
                            Text.of("REPORT_BACK_INCOMPLETE.missingTopic", RecordNames.demandName(snapshot, demandId)),
                            "fix.addTopic", null, demandId));
                }
            }
            for (SidebarTopic topic : topics) {
                boolean noOurs = topic.ourPosition().isBlank();
                boolean noTheirs = topic.theirPosition().isBlank();
                if (!noOurs && !noTheirs) {
                    continue;
                }
                String whose = noOurs && noTheirs ? "both" : noOurs ? "ours" : "theirs";
                findings.add(finding(topic, RecordNames.topic(snapshot, topic, now.zone()),
                        Text.of("REPORT_BACK_INCOMPLETE.missingPosition." + whose,
                                RecordNames.demandName(snapshot, topic.demandId())),
                        "fix.recordPositions", noOurs ? "ourPosition" : "theirPosition", noOurs, noTheirs));
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
