package org.tablebook.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.ui.help.HelpText.Block;
import org.tablebook.ui.help.HelpText.Kind;
import org.tablebook.ui.help.HelpText.Span;

class HelpTextTest {
    @Test
    void readsTitlesHeadingsParagraphsBulletsAndQuotations() {
        List<Block> blocks = HelpText.parse("""
                # The title
                A paragraph that runs
                over two lines.

                ## A heading
                - **First.** A bullet
                  that runs on.
                - Second bullet
                > A quotation
                -- its source
                Closing words.
                """);
        assertEquals(List.of(
                new Block(Kind.TITLE, "The title"),
                new Block(Kind.PARAGRAPH, "A paragraph that runs over two lines."),
                new Block(Kind.HEADING, "A heading"),
                new Block(Kind.BULLET, "**First.** A bullet that runs on."),
                new Block(Kind.BULLET, "Second bullet"),
                new Block(Kind.QUOTE, "A quotation"),
                new Block(Kind.SOURCE, "its source"),
                new Block(Kind.PARAGRAPH, "Closing words.")), blocks);
    }

    @Test
    void splitsBoldSpans() {
        assertEquals(List.of(new Span("Never secret.", true), new Span(" The whole team hears.", false)),
                HelpText.spans("**Never secret.** The whole team hears."));
        assertEquals(List.of(new Span("plain", false)), HelpText.spans("plain"));
    }

    @Test
    void theSpanishSidebarsPageHasTheSamePartsAndKeepsTheQuotationsInEnglish() {
        List<Block> en = HelpText.load("/org/tablebook/ui/help/sidebars.txt", org.tablebook.domain.Language.ENGLISH);
        List<Block> es = HelpText.load("/org/tablebook/ui/help/sidebars.txt", org.tablebook.domain.Language.SPANISH);
        assertEquals("Cómo entiende Tablebook las reuniones aparte", es.get(0).text());
        for (Kind kind : List.of(Kind.HEADING, Kind.BULLET, Kind.QUOTE, Kind.SOURCE)) {
            assertEquals(en.stream().filter(b -> b.kind() == kind).count(), es.stream().filter(b -> b.kind() == kind).count(),
                    kind + " blocks");
        }
        List<String> quotesEn = en.stream().filter(b -> b.kind() == Kind.QUOTE).map(Block::text).toList();
        List<String> quotesEs = es.stream().filter(b -> b.kind() == Kind.QUOTE).map(Block::text).toList();
        for (int i = 0; i < quotesEn.size(); i++) {
            assertTrue(quotesEs.get(i).startsWith(quotesEn.get(i)), "the source's own words first: " + quotesEs.get(i));
        }
    }

    @Test
    void theSidebarsPageCoversEachConditionOfTheSourceTexts() {
        List<Block> page = HelpText.load("/org/tablebook/ui/help/sidebars.txt", org.tablebook.domain.Language.ENGLISH);
        assertEquals(new Block(Kind.TITLE, "How Tablebook thinks about sidebars"), page.get(0));
        String text = String.join("\n", page.stream().map(Block::text).toList());
        for (String point : List.of("Never secret", "Authorized by the whole team", "Our reps, our choice",
                "At least two of ours", "Instructed", "Ground rules agreed", "Short", "Tentative",
                "Report back at once", "Each side's position on each issue", "The committee decides",
                "No authority to agree", "Back on the record")) {
            assertTrue(text.contains("**" + point), "The page should explain: " + point);
        }
        assertEquals(2, page.stream().filter(b -> b.kind() == Kind.QUOTE).count());
        assertEquals(2, page.stream().filter(b -> b.kind() == Kind.SOURCE).count());
    }

    @Test
    void plainMenuLabelsLoseTheirMnemonicsAndEllipses() {
        assertEquals("Open", KeyboardShortcuts.plain("_Open\u2026"));
        assertEquals("New negotiation", KeyboardShortcuts.plain("_New negotiation\u2026"));
        assertEquals("Snake_case", KeyboardShortcuts.plain("Snake__case"));
    }
}
