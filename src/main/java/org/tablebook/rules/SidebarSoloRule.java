package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;

/**
 * SIDEBAR_SOLO (ERROR): a sidebar that has started (its start is recorded) with fewer than two of
 * our people among its attendees. "Our people" are attendees whose side is OURS; the other side's
 * attendees do not count. A sidebar not yet started is not flagged: the checklist before "Start
 * sidebar" is where two reps are gathered.
 *
 * <p>Time: No clock: it reads who was in the room once the sidebar started.
 */
public final class SidebarSoloRule extends AbstractRule {
    public static final String ID = "SIDEBAR_SOLO";

    public SidebarSoloRule() {
        super(ID, Severity.ERROR, Sources.OFF_THE_RECORD_GUIDE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.startedAt() == null) {
                continue;
            }
            List<Person> ours = snapshot.ofSide(sidebar.attendeeIds(), Side.OURS);
            if (ours.size() >= 2) {
                continue;
            }
            Text message = ours.isEmpty() ? Text.of("SIDEBAR_SOLO.none")
                    : Text.of("SIDEBAR_SOLO.one", ours.get(0).name());
            findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()), message, "fix.addSecondRep",
                    "attendeeIds", sidebar.startedAt(), ours.stream().map(Person::id).sorted().toList()));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR, EntityKind.PERSON);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
