package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.SidebarStart;

/**
 * SIDEBAR_SOLO (ERROR): a sidebar that has started (its start is recorded) with fewer than two of
 * our people among its attendees at the start, as kept when it started (people ticked later
 * joined; they were not there from the start, unless the time they joined is at or before the start
 * kept, as when the start was corrected to a later time). "Our people" are attendees whose side is OURS; the
 * other side's attendees do not count. A sidebar not yet started is not flagged: the checklist before "Start
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
            // The start is judged as it was kept at "Start sidebar": a rep ticked later joined, and was
            // not there from the start. A sidebar started before starts were kept is judged by its attendees.
            Optional<SidebarStart> start = snapshot.startOf(sidebar.id());
            List<Person> ours = snapshot.ofSide(start.map(SidebarSoloRule::thereAtStart).orElse(sidebar.attendeeIds()),
                    Side.OURS);
            if (ours.size() >= 2) {
                continue;
            }
            Text message = ours.isEmpty() ? Text.of("SIDEBAR_SOLO.none")
                    : start.isPresent() ? Text.of("SIDEBAR_SOLO.oneAtStart", ours.get(0).name())
                    : Text.of("SIDEBAR_SOLO.one", ours.get(0).name());
            List<Text> joined = start.map(s -> s.joined().stream()
                    .filter(j -> j.at().isAfter(s.startedAt()))
                    .flatMap(j -> snapshot.person(j.personId()).filter(p -> p.side() == Side.OURS)
                            .map(p -> Text.of("SIDEBAR_SOLO.joined", p.name(), now.dateTimeAgainst(j.at(), s.startedAt()))).stream())
                    .toList()).orElse(List.of());
            if (!joined.isEmpty()) {
                message = Text.of("SIDEBAR_SOLO.joinedAfter", message, joined);
            }
            findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()), message, "fix.addSecondRep",
                    "attendeeIds", sidebar.startedAt(), ours.stream().map(Person::id).sorted().toList()));
        }
        return findings;
    }

    /** Who was in the room at the start: those kept as present, and any who joined at or before it. */
    private static List<String> thereAtStart(SidebarStart start) {
        List<String> ids = new ArrayList<>(start.presentIds());
        start.joined().stream().filter(j -> !j.at().isAfter(start.startedAt())).map(SidebarStart.Join::personId)
                .forEach(ids::add);
        return ids;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR, EntityKind.SIDEBAR_START, EntityKind.PERSON);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
