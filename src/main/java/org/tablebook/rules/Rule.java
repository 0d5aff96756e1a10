package org.tablebook.rules;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.RuleSettings;
import org.tablebook.domain.Severity;

/**
 * One rule of the catalogue: a pure check over a whole negotiation. A check is total: it returns
 * no findings when it cannot apply and never throws on a snapshot that passes
 * {@link NegotiationSnapshot#checkConsistency()}.
 */
public interface Rule {
    /** The stable id findings and acknowledgements carry, e.g. {@code SIDEBAR_SOLO}. */
    String id();

    /** The severity of the rule's findings unless the rule grades them (see each rule). */
    Severity defaultSeverity();

    /** A short name for the panel, in English: "Rep alone in a sidebar". */
    default String title() {
        return title(RuleTexts.DEFAULT_LOCALE);
    }

    /** The short name in the given language. */
    default String title(Locale locale) {
        return RuleTexts.of(locale).title(id());
    }

    /** What the rule guards, quoted in the source's English. */
    Principle principle();

    /** Whether the rule applies to this kind of negotiation at all. */
    boolean appliesTo(Negotiation negotiation);

    List<Finding> check(NegotiationSnapshot snapshot, Clock clock, RuleSettings settings);

    /**
     * The kinds of record the check reads, beyond the negotiation and its settings (always read):
     * its findings are worked out again only when records of these kinds changed. Every kind unless
     * the rule says less.
     */
    default Set<EntityKind> reads() {
        return EnumSet.allOf(EntityKind.class);
    }

    /**
     * Whether the findings can change with the clock alone (a deadline passing, a sidebar running
     * long); such rules are worked out again on every minute's tick. True unless the rule says not.
     */
    default boolean timeBased() {
        return true;
    }
}
