package org.tablebook.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Severity;

/**
 * What a rule found, about one record. Its words are kept as bundle keys and values, and written
 * out in a language only when the finding is shown or exported; the facts' fingerprint is hashed
 * only when an acknowledgement is compared or given. The accessors without a locale write English.
 *
 * <ul>
 *   <li>subject: the record the panel jumps to;</li>
 *   <li>subject label: how a person names it, "Sidebar on wages (Mar 3)";</li>
 *   <li>message: one sentence, what is wrong and why it matters;</li>
 *   <li>fix: the fix as a button label, "Record report-back";</li>
 *   <li>field: the record component a form should focus, or null;</li>
 *   <li>facts fingerprint: a stable hash of the facts behind the finding; an acknowledgement holds
 *       only while it is unchanged.</li>
 * </ul>
 */
public final class Finding {
    private final String ruleId;
    private final Severity severity;
    private final EntityRef subject;
    private final Text label;
    private final Text message;
    private final Text fix;
    private final String field;
    private final Object[] facts;
    private volatile String fingerprint;
    private final Place place;

    /**
     * Where, inside a record's text, the finding's words stand: the record holding the text (a
     * pass, or the section language a pass proposes) and the offsets of the first word, end
     * exclusive. The redline view marks it.
     */
    public record Place(EntityRef in, String field, int start, int end) {
    }

    /** A finding whose words are already written (tests, and findings from outside the catalogue). */
    public Finding(String ruleId, Severity severity, EntityRef subject, String subjectLabel, String message,
            String fixAction, String field, String factsFingerprint) {
        this(ruleId, severity, subject, Text.literal(Objects.requireNonNull(subjectLabel, "subjectLabel")),
                Text.literal(Objects.requireNonNull(message, "message")),
                Text.literal(Objects.requireNonNull(fixAction, "fixAction")), field, null,
                Objects.requireNonNull(factsFingerprint, "factsFingerprint"));
        if (message.isBlank() || fixAction.isBlank() || factsFingerprint.isBlank()) {
            throw new IllegalArgumentException("A finding needs a message, a fix and a fingerprint (rule " + ruleId + ").");
        }
    }

    Finding(String ruleId, Severity severity, EntityRef subject, Text label, Text message, Text fix, String field,
            Object[] facts, String fingerprint) {
        this(ruleId, severity, subject, label, message, fix, field, facts, fingerprint, null);
    }

    private Finding(String ruleId, Severity severity, EntityRef subject, Text label, Text message, Text fix,
            String field, Object[] facts, String fingerprint, Place place) {
        this.place = place;
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.label = Objects.requireNonNull(label, "label");
        this.message = Objects.requireNonNull(message, "message");
        this.fix = Objects.requireNonNull(fix, "fix");
        this.field = field;
        this.facts = facts;
        this.fingerprint = fingerprint;
    }

    /** The same finding, pointing at a word inside a text. */
    Finding at(Place where) {
        return new Finding(ruleId, severity, subject, label, message, fix, field, facts, fingerprint, where);
    }

    /** Where in a text the finding's word stands, when it is about words. */
    public java.util.Optional<Place> place() {
        return java.util.Optional.ofNullable(place);
    }

    public String ruleId() {
        return ruleId;
    }

    public Severity severity() {
        return severity;
    }

    public EntityRef subject() {
        return subject;
    }

    public String field() {
        return field;
    }

    public Text subjectLabelText() {
        return label;
    }

    public Text messageText() {
        return message;
    }

    public Text fixText() {
        return fix;
    }

    public String subjectLabel() {
        return subjectLabel(RuleTexts.DEFAULT_LOCALE);
    }

    public String subjectLabel(Locale locale) {
        return RuleTexts.of(locale).render(label);
    }

    public String message() {
        return message(RuleTexts.DEFAULT_LOCALE);
    }

    public String message(Locale locale) {
        return RuleTexts.of(locale).render(message);
    }

    public String fixAction() {
        return fixAction(RuleTexts.DEFAULT_LOCALE);
    }

    public String fixAction(Locale locale) {
        return RuleTexts.of(locale).render(fix);
    }

    /** The facts' hash, worked out the first time it is asked for. */
    public String factsFingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = Fingerprint.of(facts);
            fingerprint = f;
        }
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding other && ruleId.equals(other.ruleId) && severity == other.severity
                && subject.equals(other.subject) && label.equals(other.label) && message.equals(other.message)
                && fix.equals(other.fix) && Objects.equals(field, other.field)
                && (facts != null && other.facts != null ? Arrays.deepEquals(facts, other.facts)
                        : factsFingerprint().equals(other.factsFingerprint()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, subject, label, message, fix, field);
    }

    @Override
    public String toString() {
        return "Finding[" + ruleId + ", " + severity + ", " + subject + ", " + subjectLabel() + ": " + message() + "]";
    }
}
