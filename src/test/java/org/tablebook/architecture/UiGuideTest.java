package org.tablebook.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/ui-guide.md teaches the code a new screen really writes: its example screen, which compiles. */
class UiGuideTest {
    private static final Path EXAMPLE = Path.of("src/test/java/org/tablebook/ui/observers");

    @Test
    void everyCodeBlockOfTheGuideIsQuotedFromTheExampleScreen() throws Exception {
        String guide = Files.readString(Path.of("docs/ui-guide.md"));
        String example = unindented(Files.readString(EXAMPLE.resolve("ObserversViewModel.java"))
                + Files.readString(EXAMPLE.resolve("ObserversView.java")));
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```java\\n(.*?)\\n\\s*```", Pattern.DOTALL).matcher(guide);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertFalse(blocks.isEmpty(), "the guide shows code");
        for (String block : blocks) {
            String quoted = unindented(block);
            assertTrue(example.contains(quoted), "not in the example screen:\n" + quoted);
        }
    }

    /** The text with each line's indent taken off: a list item in Markdown indents its code. */
    private static String unindented(String text) {
        return String.join("\n", text.lines().map(String::strip).toList());
    }
}
