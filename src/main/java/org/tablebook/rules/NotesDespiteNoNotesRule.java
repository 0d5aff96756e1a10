package org.tablebook.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;
import org.tablebook.domain.Sidebar;

/**
 * NOTES_DESPITE_NO_NOTES_RULE (WARNING): a sidebar whose no-notes ground rule is AGREED and whose
 * confidential notes are not blank. The fingerprint holds a hash of the notes, so editing them
 * lapses an acknowledgement.
 *
 * <p>Time: No clock: it reads the ground rule and the notes.
 */
public final class NotesDespiteNoNotesRule extends AbstractRule {
    public static final String ID = "NOTES_DESPITE_NO_NOTES_RULE";

    public NotesDespiteNoNotesRule() {
        super(ID, Severity.WARNING, Sources.OFF_THE_RECORD_GUIDE);
    }

    @Override
    public List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings) {
        Now now = Now.of(clock, snapshot);
        List<Finding> findings = new ArrayList<>();
        for (Sidebar sidebar : snapshot.sidebars()) {
            if (sidebar.noNotesRule() != GroundRuleStatus.AGREED || sidebar.confidentialNotes().isBlank()) {
                continue;
            }
            findings.add(finding(sidebar, RecordNames.sidebar(sidebar, now.zone()),
                    Text.of("NOTES_DESPITE_NO_NOTES_RULE.message"), "fix.removeNotes", "confidentialNotes", Fingerprint.later(sidebar.confidentialNotes())));
        }
        return findings;
    }

    @Override
    public Set<EntityKind> reads() {
        return Set.of(EntityKind.SIDEBAR);
    }

    @Override
    public boolean timeBased() {
        return false;
    }
}
