package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void inlineMarkupIsEscaped() {
        assertEquals("\\*Wages\\* \\_now\\_ \\[link\\](x) \\`code\\` \\<b\\> a \\| b \\~x\\~ \\#5",
                Markdown.inline("*Wages* _now_ [link](x) `code` <b> a | b ~x~ #5"));
    }

    @Test
    void ordinaryPunctuationStaysReadable() {
        assertEquals("U-12: 3.5% (phased) & more!", Markdown.inline("U-12: 3.5% (phased) & more!"));
        // "&\#35;" is no longer an entity once its # is escaped.
        assertEquals("\\&amp; and &\\#35;", Markdown.inline("&amp; and &#35;"));
    }

    @Test
    void lineBreaksInOneLineTextBecomeSpaces() {
        assertEquals("one two", Markdown.inline("one\r\n  two"));
    }

    @Test
    void blocksCannotStartAListAQuoteOrAHeading() {
        assertEquals("\\- a  \n\\+ b  \n\\> c  \n\\= d  \n12\\. e  \n3\\) f  \n\\# g", Markdown.block("- a\n+ b\n> c\n= d\n12. e\n3) f\n# g"));
    }

    @Test
    void paragraphsAreKept() {
        assertEquals("first line  \nsecond\n\nnext paragraph", Markdown.block("first line\nsecond\n\n\nnext paragraph\n"));
    }

    @Test
    void controlCharactersAreDropped() {
        assertEquals("ab", Markdown.inline("a\u0007b"));
    }
}
