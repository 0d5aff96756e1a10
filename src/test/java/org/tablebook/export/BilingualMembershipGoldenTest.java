package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Language;

/**
 * The bilingual membership summary of the fixed sample, word for word: English and Spanish side by
 * side in HTML, one after the other in Markdown. After a deliberate change of wording, rewrite the
 * golden files with {@code -Dtablebook.golden.update=true} and read the difference before committing.
 */
class BilingualMembershipGoldenTest {
    private static final List<Language> BOTH = List.of(Language.ENGLISH, Language.SPANISH);
    private final MembershipSummary summary = MembershipSummary.of(ReportFixture.snapshot(), ReportFixture.CLOCK);

    @Test
    void htmlMatchesTheGoldenFile() throws IOException {
        assertGolden("membership-en-es.html", MembershipRenderer.html(summary, PageSize.LETTER, BOTH));
    }

    @Test
    void markdownMatchesTheGoldenFile() throws IOException {
        assertGolden("membership-en-es.md", MembershipRenderer.markdown(summary, BOTH));
    }

    @Test
    void htmlPutsEachPartInTwoColumnsEnglishFirst() {
        Xhtml page = Xhtml.parse(MembershipRenderer.html(summary, PageSize.LETTER, BOTH));
        assertEquals(List.of("en", "es"), page.texts("//div[@class='pair'][1]/div/@lang"));
        assertEquals(List.of("At a glance", "De un vistazo"), page.texts("//div[@class='pair'][2]//h2"));
        assertEquals("Riverside General 2026 contract", page.text("//div[@lang='es']//h1"));
    }

    @Test
    void markdownGivesEnglishThenSpanish() {
        String md = MembershipRenderer.markdown(summary, BOTH);
        int english = md.indexOf("## At a glance");
        int spanish = md.indexOf("## De un vistazo");
        assertTrue(english >= 0 && spanish > english, md);
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path source = Path.of("src/test/resources/org/tablebook/export/golden", name);
        if (Boolean.getBoolean("tablebook.golden.update")) {
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = BilingualMembershipGoldenTest.class.getResourceAsStream("golden/" + name)) {
            String expected = in == null ? Files.readString(source, StandardCharsets.UTF_8)
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(expected, actual, "differs from " + source);
        }
    }
}
