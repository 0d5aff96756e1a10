package org.tablebook.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Words a person reads come from the bundles: a source scan that fails on a string literal handed
 * straight to a control's text, a dialog, or a finding. A literal counts when it holds a word (two
 * letters in a row); symbols such as "\u2013" or "\u2022" and style or id names are not handed to
 * these calls.
 */
class NoLiteralTextTest {
    private static final Path UI = Path.of("src/main/java/org/tablebook/ui");
    private static final Path RULES = Path.of("src/main/java/org/tablebook/rules");
    private static final String WORDY = "\"[^\"\\n]*\\p{L}\\p{L}[^\"\\n]*\"";

    /** Controls built with their text, and the setters of what a control or window shows. */
    static final Pattern CONTROL_TEXT = Pattern.compile("(new (Label|Button|CheckBox|RadioButton|ToggleButton|Tab|MenuItem"
            + "|Menu|CheckMenuItem|RadioMenuItem|TitledPane|Tooltip|Hyperlink|Text)\\(\\s*" + WORDY + ")"
            + "|(\\.set(Text|PromptText|Title|HeaderText|ContentText)\\(\\s*" + WORDY + ")"
            + "|(\\.otherwise\\(\\s*" + WORDY + ")");

    /** The dialog service's questions and messages. */
    static final Pattern DIALOG = Pattern.compile("dialogs\\.(showError|showInformation|confirm|askText|choose\\w*)"
            + "\\(\\s*" + WORDY);

    /** A finding's title, message or fix written in a rule. */
    static final Pattern FINDING = Pattern.compile("(finding\\(|new Finding\\(|super\\(ID,\\s*Severity\\.\\w+,)[^;]*?"
            + WORDY);

    @Test
    void noControlOrDialogIsGivenALiteral() throws IOException {
        List<String> found = new ArrayList<>();
        scan(UI, CONTROL_TEXT, found);
        scan(UI, DIALOG, found);
        assertTrue(found.isEmpty(), "texts to move into messages.properties (and messages_es.properties):\n"
                + String.join("\n", found));
    }

    /** Applies once the rules speak from their own bundle (rules.properties). */
    @Test
    void noFindingIsGivenALiteral() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("src/main/resources/org/tablebook/rules/rules.properties")),
                "the rules' texts are not in a bundle yet");
        List<String> found = new ArrayList<>();
        scan(RULES, FINDING, found);
        assertTrue(found.isEmpty(), "finding texts to move into rules.properties:\n" + String.join("\n", found));
    }

    @Test
    void theScanRecognisesWhatItLooksFor() {
        assertTrue(CONTROL_TEXT.matcher("new Button(\"Save\")").find());
        assertTrue(CONTROL_TEXT.matcher("field.setPromptText(\"yyyy-mm-dd\")").find());
        assertTrue(CONTROL_TEXT.matcher("new Label(\"\\u2013\")").find() == false);
        assertTrue(CONTROL_TEXT.matcher("new Button(Messages.get(\"common.save\"))").find() == false);
        assertTrue(DIALOG.matcher("dialogs.showError(\"Could not save\", e.getMessage())").find());
        assertTrue(FINDING.matcher("findings.add(finding(s, label, \"Only one rep\", \"Add a rep\"));").find());
        assertEquals(false, FINDING.matcher("findings.add(finding(s, label, texts.message(k), fix));").find());
    }

    private static void scan(Path root, Pattern pattern, List<String> found) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                    int line = source.substring(0, m.start()).split("\n", -1).length;
                    found.add(root.relativize(file) + ":" + line + ": " + m.group().replaceAll("\\s+", " "));
                }
            }
        }
    }

    /** Comments may quote what a screen says. */
    static String withoutComments(String source) {
        String noBlocks = Pattern.compile("(?s)/\\*.*?\\*/").matcher(source)
                .replaceAll(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
        return noBlocks.replaceAll("(?m)^\\s*//.*$", "");
    }
}
