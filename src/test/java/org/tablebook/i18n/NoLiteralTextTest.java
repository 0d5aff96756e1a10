package org.tablebook.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
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

    /**
     * Texts built by concatenation escape the calls above: a change's label for the history and Edit >
     * Undo ({@code document.change("Delete " + name, ...)}), a field's message, a choice's label. So no
     * screen code holds a literal that reads as words: one with a space between words, or a capitalised
     * word ("Today"). Identifier-like literals (ids, style classes, keys, field names), resource paths,
     * date patterns, and the messages of exceptions and logs are not text a person reads.
     */
    @Test
    void noScreenCodeSpellsOutWords() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
                for (int[] at : readableLiterals(source)) {
                    int line = source.substring(0, at[0]).split("\n", -1).length;
                    found.add(UI.relativize(file) + ":" + line + ": " + source.substring(at[0], at[1]));
                }
            }
        }
        assertTrue(found.isEmpty(), "texts to move into messages.properties (and messages_es.properties):\n"
                + String.join("\n", found));
    }

    /** A string literal, escapes included. */
    static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    /** Words as a person reads them: two words with a space between, or a word with a space before or after. */
    static final Pattern PHRASE = Pattern.compile("\\p{L}[,;:.!?)\"]?\\s+[(\"]?\\p{L}|^\\s*\\p{L}{2,}\\s+$|^\\s+\\p{L}{2,}\\s*$");

    /** One capitalised word ("Today"); after a {@code +} it is the end of an id ({@code prefix + "Table"}). */
    static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

    /** Statements whose literals are for the program, a log or a developer, not for the window. */
    static final Pattern NOT_SHOWN = Pattern.compile("Exception\\(|\\bLOG\\.|\\blog\\(|Logger|ofPattern\\("
            + "|Pattern\\.compile\\(|getResource");

    /** Where in the source the literals a person would read are (start and end of each). */
    static List<int[]> readableLiterals(String source) {
        List<int[]> at = new ArrayList<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String value = literal.group(1);
            boolean idEnd = source.substring(0, literal.start()).stripTrailing().endsWith("+");
            boolean words = PHRASE.matcher(value).find() || !idEnd && WORD.matcher(value).matches();
            if (value.startsWith("/") || !words) {
                continue;
            }
            int from = Math.max(source.lastIndexOf(';', literal.start()), Math.max(source.lastIndexOf('{',
                    literal.start()), source.lastIndexOf('}', literal.start())));
            if (!NOT_SHOWN.matcher(source.substring(from + 1, literal.start())).find()) {
                at.add(new int[] {literal.start(), literal.end()});
            }
        }
        return at;
    }

    /**
     * Applies once the rules speak from their own bundle (rules.properties). A finding then names its
     * texts by key: a literal passed to it is allowed only as a key of rules.properties (or the start
     * of keys completed in code) or as a field's name; any other words are text to move.
     */
    @Test
    void noFindingIsGivenALiteral() throws IOException {
        Path bundle = Path.of("src/main/resources/org/tablebook/rules/rules.properties");
        Assumptions.assumeTrue(Files.exists(bundle), "the rules' texts are not in a bundle yet");
        Properties texts = new Properties();
        try (var in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        Set<String> keys = texts.stringPropertyNames();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
                Matcher call = FINDING_CALL.matcher(source);
                while (call.find()) {
                    for (String literal : literalTexts(call.group(), keys)) {
                        int line = source.substring(0, call.start()).split("\n", -1).length;
                        found.add(RULES.relativize(file) + ":" + line + ": " + literal);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "finding texts to move into rules.properties:\n" + String.join("\n", found));
    }

    /** The wordy literals of a finding's call that are neither a key (or the start of keys) nor a field's name. */
    static List<String> literalTexts(String call, Set<String> keys) {
        List<String> texts = new ArrayList<>();
        Matcher literal = Pattern.compile(WORDY).matcher(call);
        while (literal.find()) {
            String value = literal.group().substring(1, literal.group().length() - 1);
            boolean key = keys.contains(value) || value.endsWith(".") && keys.stream().anyMatch(k -> k.startsWith(value));
            boolean fieldName = FIELD_NAME.matcher(value).matches();
            if (!key && !fieldName) {
                texts.add(literal.group());
            }
        }
        return texts;
    }

    /** A finding's call, to the end of its statement. */
    static final Pattern FINDING_CALL = Pattern.compile("(finding\\(|new Finding\\(|super\\(ID,\\s*Severity\\.\\w+,)[^;]*");

    /** A record field's name as findings point at it ("teamApprovedAt"): one lower-case identifier. */
    static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    @Test
    void theScanRecognisesWhatItLooksFor() {
        assertTrue(CONTROL_TEXT.matcher("new Button(\"Save\")").find());
        assertTrue(CONTROL_TEXT.matcher("field.setPromptText(\"yyyy-mm-dd\")").find());
        assertTrue(CONTROL_TEXT.matcher("new Label(\"\\u2013\")").find() == false);
        assertTrue(CONTROL_TEXT.matcher("new Button(Messages.get(\"common.save\"))").find() == false);
        assertTrue(DIALOG.matcher("dialogs.showError(\"Could not save\", e.getMessage())").find());
        assertTrue(FINDING.matcher("findings.add(finding(s, label, \"Only one rep\", \"Add a rep\"));").find());
        assertEquals(false, FINDING.matcher("findings.add(finding(s, label, texts.message(k), fix));").find());
        Set<String> keys = Set.of("SIDEBAR_SOLO.message", "fix.addSecondRep", "SIDEBAR_NOT_INSTRUCTED.say");
        assertEquals(List.of("\"Only one rep\"", "\"Add a rep\""),
                literalTexts("finding(s, label, \"Only one rep\", \"Add a rep\", \"attendeeIds\")", keys));
        assertEquals(List.of("\"fix.addAnotherRep\""),
                literalTexts("finding(s, label, Text.of(\"SIDEBAR_SOLO.message\"), \"fix.addAnotherRep\")", keys));
        assertEquals(List.of(), literalTexts("finding(s, label, Text.of(\"SIDEBAR_SOLO.message\"), "
                + "\"fix.addSecondRep\", \"attendeeIds\")", keys));
        assertEquals(List.of(), literalTexts("finding(s, label, Text.of(\"SIDEBAR_NOT_INSTRUCTED.\" + what))", keys));
        for (String text : List.of("document.change(\"Deactivate \" + p.name(), w -> {",
                "editor.save(p -> (editor.isCreating() ? \"Add \" : \"Edit \") + p.name(), build);",
                "? \"Today\" + (rest.isEmpty() ? \"\" : \", \" + rest)",
                "p.add(\"end\", \"The end (\" + to + \") cannot come before the start.\");",
                "count.set(\"Showing \" + shown + \" of \" + all + \" demands\");")) {
            assertEquals(1, readableLiterals(text).size() > 0 ? 1 : 0, text);
        }
        for (String program : List.of("table.setId(idPrefix + \"Table\");", "getStyleClass().add(\"running-over\");",
                "Messages.format(\"agreements.\" + step + \".question\", d.code())", "p.add(\"sessionId\", text);",
                "throw new IllegalArgumentException(\"No help page at \" + resource);",
                "DateTimeFormatter.ofPattern(\"yyyy-MM-dd HH:mm\", Locale.ENGLISH);",
                "load(\"/org/tablebook/ui/help/glossary.txt\");", "new FontIcon(\"mdi2c-check-circle\")",
                "parts.add(\"\\u2022 \" + name);", "name.endsWith(\".tablebook\")")) {
            assertEquals(List.of(), readableLiterals(program).stream().map(a -> program.substring(a[0], a[1])).toList());
        }
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
