package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static String render(String source, Object... model) {
        return Template.parse("test", source).render(ReportText.model(model));
    }

    @Test
    void valuesAreAlwaysEscaped() {
        assertEquals("<p>&lt;b&gt;Tom &amp; Jerry&#39;s &quot;deal&quot;&lt;/b&gt;</p>",
                render("<p>{{name}}</p>", "name", "<b>Tom & Jerry's \"deal\"</b>"));
    }

    @Test
    void aValueThatLooksLikeATagIsWrittenAsText() {
        assertEquals("{{secret}} {{#list}}", render("{{v}}", "v", "{{secret}} {{#list}}", "secret", "leak"));
    }

    @Test
    void sectionsRepeatEnterAndTest() {
        String source = "{{#items}}[{{name}}{{#last}}!{{/last}}]{{/items}}{{^items}}none{{/items}}";
        assertEquals("[a][b!]", render(source, "items", List.of(Map.of("name", "a", "last", false),
                Map.of("name", "b", "last", true))));
        assertEquals("none", render(source, "items", List.of()));
        assertEquals("x: 1, 2, ", render("x: {{#n}}{{.}}, {{/n}}", "n", List.of(1, 2)));
        assertEquals("in", render("{{#m}}{{k}}{{/m}}", "m", Map.of("k", "in")));
        assertEquals("yes", render("{{#t}}yes{{/t}}{{^t}}no{{/t}}", "t", "some text"));
        assertEquals("no", render("{{#t}}yes{{/t}}{{^t}}no{{/t}}", "t", ""));
        assertEquals("no", render("{{#t}}yes{{/t}}{{^t}}no{{/t}}", "t", null));
    }

    @Test
    void innerNamesFallBackToOuterOnes() {
        assertEquals("A:x A:y ", render("{{#rows}}{{outer}}:{{v}} {{/rows}}",
                "outer", "A", "rows", List.of(Map.of("v", "x"), Map.of("v", "y"))));
    }

    @Test
    void aMissingNameIsAnErrorNotAnEmptyString() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> render("{{titel}}", "title", "x"));
        assertTrue(e.getMessage().contains("titel"));
    }

    @Test
    void unbalancedSectionsAreRefused() {
        assertThrows(IllegalStateException.class, () -> Template.parse("t", "{{#a}}open"));
        assertThrows(IllegalStateException.class, () -> Template.parse("t", "{{/a}}"));
        assertThrows(IllegalStateException.class, () -> Template.parse("t", "{{#a}}{{/b}}"));
        assertThrows(IllegalStateException.class, () -> Template.parse("t", "{{a"));
    }

    @Test
    void commentsVanish() {
        assertEquals("ab", render("a{{! a note }}b"));
    }

    @Test
    void textThatXmlCannotHoldIsDropped() {
        assertEquals("bell, ok \uD83D\uDE00, lone ", Html.escape("bell\u0007, ok \uD83D\uDE00, lone \uD800"));
        assertEquals("tab\tline\n", Html.escape("tab\tline\n\u0000"));
    }
}
