package org.tablebook.ui.common;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.tablebook.domain.Severity;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.Finding;
import org.tablebook.rules.Principle;
import org.tablebook.rules.Rule;
import org.tablebook.rules.RuleTexts;
import org.tablebook.rules.RulesEngine;

/**
 * How a finding reads wherever it is shown (the rules panel, an editor's own findings): the
 * rule's title, and "Why?": what is wrong, the principle quoted from its source, which time the
 * rule means, the fix, and the team's acknowledgement or its lapse.
 */
public final class FindingTexts {
    private final RulesEngine engine;
    private final Locale locale;
    private final RuleTexts texts;

    public FindingTexts(RulesEngine engine, Locale locale) {
        this.engine = engine;
        this.locale = locale;
        this.texts = RuleTexts.of(locale);
    }

    /** The Ikonli icon of a severity, the same in the panel and in an editor. */
    public static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> "mdi2a-alert-octagon";
            case WARNING -> "mdi2a-alert";
            case INFO -> "mdi2i-information-outline";
        };
    }

    public Locale locale() {
        return locale;
    }

    /** The rule's title, or its id for a rule this engine does not know. */
    public String title(EvaluatedFinding item) {
        return engine.rule(item.finding().ruleId()).map(r -> r.title(locale)).orElse(item.finding().ruleId());
    }

    /** The text of "Why?"; {@code zone} is the negotiation's, for the dates of a lapsed acknowledgement. */
    public String explanation(EvaluatedFinding item, ZoneId zone) {
        Finding f = item.finding();
        Optional<Rule> rule = engine.rule(f.ruleId());
        StringBuilder b = new StringBuilder(f.message(locale));
        rule.ifPresent(r -> {
            Principle p = r.principle();
            b.append("\n\n").append(Messages.format("rules.why.principle", p.text(), texts.source(p.source())));
            // The quotation stays in the source's English; another language adds its rendering.
            texts.principle(r.id()).filter(rendering -> !rendering.equals(p.text()))
                    .ifPresent(rendering -> b.append("\n").append(Messages.format("rules.why.rendering", rendering)));
            b.append("\n\n").append(Messages.format("rules.why.time", texts.timeSemantics(r.id())));
        });
        b.append("\n\n").append(Messages.format("rules.why.fix", f.fixAction(locale)));
        item.acknowledgement().ifPresent(a -> b.append("\n\n").append(Messages.format("rules.why.acknowledged",
                a.by(), a.reason())));
        lapsedNote(item, zone).ifPresent(note -> b.append("\n\n").append(note));
        return b.toString();
    }

    /** "Acknowledged on Mar 3 by Ana for different facts ..." when the team's acknowledgement has lapsed. */
    public Optional<String> lapsedNote(EvaluatedFinding item, ZoneId zone) {
        return item.lapsed().map(a -> capitalize(texts.lapsed(a, zone)));
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
