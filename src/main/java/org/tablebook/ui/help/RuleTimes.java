package org.tablebook.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tablebook.rules.Rule;
import org.tablebook.rules.RuleTexts;
import org.tablebook.rules.RulesEngine;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.help.HelpText.Block;
import org.tablebook.ui.help.HelpText.Kind;

/**
 * The help section that says, rule by rule, which time the rule reads: written from the rules
 * bundle, where each rule's sentence lives once, so Help and "Why?" never disagree.
 */
final class RuleTimes {
    private RuleTimes() {
    }

    static List<Block> blocks(RulesEngine engine, Locale locale) {
        RuleTexts texts = RuleTexts.of(locale);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(Kind.HEADING, Messages.get("help.ruleTimes.heading")));
        blocks.add(new Block(Kind.PARAGRAPH, Messages.get("help.ruleTimes.intro")));
        for (Rule rule : engine.rules()) {
            blocks.add(new Block(Kind.BULLET, "**" + rule.title(locale) + ".** " + texts.timeSemantics(rule.id())));
        }
        return blocks;
    }
}
