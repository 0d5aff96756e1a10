package org.tablebook.rules;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Side;
import org.tablebook.domain.TableSession;

/**
 * NO_DECISION_MAKER_AT_TABLE (WARNING): at least one table session is recorded, and no person of
 * the other side who can agree for them has attended any of them. One finding about the
 * negotiation. Its facts are who on the other side can agree, not the number of sessions: a team
 * that accepts the situation need not acknowledge it again after every session.
 *
 * <p>Time: No clock: it reads who attended the sessions.
 */
public final class NoDecisionMakerAtTableRule extends AbstractRule {
    public static final String ID = "NO_DECISION_MAKER_AT_TABLE";

    public NoDecisionMakerAtTableRule() {
        super(ID, Severity.WARNING, Sources.FACE_TO_FACE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        if (snapshot.sessions().isEmpty()) {
            return List.of();
        }
        Set<String> attended = new HashSet<>();
        for (TableSession session : snapshot.sessions()) {
            attended.addAll(session.attendeeIds());
        }
        List<Person> theirDecisionMakers = snapshot.people().stream()
                .filter(p -> p.side() == Side.THEIRS && p.canAgree()).toList();
        if (theirDecisionMakers.stream().anyMatch(p -> attended.contains(p.id()))) {
            return List.of();
        }
        int sessions = snapshot.sessions().size();
        Text message;
        String fix;
        if (theirDecisionMakers.isEmpty()) {
            message = Text.of("NO_DECISION_MAKER_AT_TABLE.nobody", sessions);
            fix = "fix.recordDecisionMaker";
        } else {
            message = Text.of("NO_DECISION_MAKER_AT_TABLE.absent",
                    theirDecisionMakers.stream().map(Person::name).toList(), sessions);
            fix = "fix.reviewAttendance";
        }
        return List.of(finding(snapshot.negotiation(), Text.of("label.sessions"), message, fix, null,
                theirDecisionMakers.stream().map(Person::id).sorted().toList()));
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.PERSON, EntityKind.TABLE_SESSION);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
