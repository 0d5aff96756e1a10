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
 */
public final class NoDecisionMakerAtTableRule extends AbstractRule {
    public static final String ID = "NO_DECISION_MAKER_AT_TABLE";

    public NoDecisionMakerAtTableRule() {
        super(ID, Severity.WARNING, "No decision-maker at the table", new Principle(
                "Most states have laws requiring employers to negotiate for a specific period, but this does not mean "
                        + "they have to make agreements or have the ultimate decision-makers at the table.",
                Sources.FACE_TO_FACE));
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
        String ofSessions = sessions == 1 ? "the one table session" : "any of the " + sessions + " table sessions";
        String message;
        String fix;
        if (theirDecisionMakers.isEmpty()) {
            message = "Nobody on the other side is recorded as able to agree for them, so there is no sign that anyone "
                    + "at " + ofSessions + " could say yes.";
            fix = "Record their decision-maker";
        } else {
            message = "Nobody from the other side who can agree for them ("
                    + Texts.join(theirDecisionMakers.stream().map(Person::name).toList()) + ") has attended "
                    + ofSessions + ", so nothing said at the table binds the people who decide.";
            fix = "Review session attendance";
        }
        return List.of(finding(snapshot.negotiation(), "Sessions at the table", message, fix, null,
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
