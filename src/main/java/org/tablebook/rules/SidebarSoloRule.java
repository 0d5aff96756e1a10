package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * joined; they were not there from the start). "Our people" are attendees whose side is OURS; the
 * other side's attendees do not count. A sidebar not yet started is not flagged: the checklist before "Start
 * sidebar" is where two reps are gathered.
 */
public final class SidebarSoloRule extends AbstractRule {
    public static final String ID = "SIDEBAR_SOLO";

    public SidebarSoloRule() {
        super(ID, Severity.ERROR, "Rep alone in a sidebar", new Principle(
                "At least two people from the union take part so management cannot inaccurately describe what "
                        + "the union representatives said.", Sources.OFF_THE_RECORD_GUIDE));
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.startedAt() == null) {
                continue;
            }
            // The start is judged as it was kept at "Start sidebar": a rep ticked later joined, and was
            // not there from the start. A sidebar started before starts were kept is judged by its attendees.
            Optional<SidebarStart> start = snapshot.startOf(sidebar.id());
            List<Person> ours = snapshot.ofSide(start.map(SidebarStart::presentIds).orElse(sidebar.attendeeIds()),
                    Side.OURS);
            if (ours.size() >= 2) {
                continue;
            }
            String joined = start.map(s -> s.joined().stream()
                    .flatMap(j -> snapshot.person(j.personId()).filter(p -> p.side() == Side.OURS)
                            .map(p -> p.name() + " joined on " + now.dateTime(j.at())).stream())
                    .collect(Collectors.joining(", "))).orElse("");
            String message = ours.isEmpty()
                    ? "None of our people is recorded in this sidebar: at least two must take part so management "
                            + "cannot misstate what our side said."
                    : "Only " + ours.get(0).name() + " from our side " + (start.isPresent() ? "was in this sidebar "
                            + "when it started" : "is in this sidebar") + ": at least two must take part "
                            + "so management cannot misstate what our side said.";
            if (!joined.isEmpty()) {
                message += " " + joined + ", after the start.";
            }
            findings.add(finding(sidebar, Labels.sidebar(sidebar, now.zone()), message, "Add a second rep",
                    "attendeeIds", sidebar.startedAt(), ours.stream().map(Person::id).sorted().toList()));
        }
        return findings;
    }
}
