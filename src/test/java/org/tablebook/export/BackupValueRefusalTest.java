package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tablebook.domain.Check;

/**
 * An import refuses, and never alters, a value the app itself would never have written: half of a
 * character, a control character, a leap second, a year out of range, a text or list over the
 * app's caps. It takes every ISO-8601 time with an offset, and its syntax messages speak of the
 * file, not of the parser's settings.
 */
class BackupValueRefusalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String good = new BackupWriter().write(ReportFixture.snapshot());

    private String refused(String text) {
        return assertThrows(BackupFormatException.class, () -> new BackupReader().read(text)).getMessage();
    }

    private ObjectNode changed(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(good);
        change.accept(root);
        return root;
    }

    private String refusedAfter(Consumer<ObjectNode> change) throws Exception {
        return refused(JSON.writeValueAsString(changed(change)));
    }

    private Backup readAfter(Consumer<ObjectNode> change) throws Exception {
        return new BackupReader().read(JSON.writeValueAsString(changed(change)));
    }

    private static ObjectNode record(ObjectNode root, String list, int index) {
        return (ObjectNode) root.get(list).get(index);
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "expected \"" + part + "\" in: " + message);
        }
    }

    @Test
    void aLoneSurrogateIsRefusedNotTurnedIntoAQuestionMark() throws Exception {
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("title", "Wages \uD800 now")),
                "demands[0] (id d-wages), field title:", "half of a character (U+D800)");
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("description", "end \uDC00")),
                "demands[0] (id d-wages), field description:", "half of a character");
    }

    @Test
    void aWholeCharacterOutsideTheBasicPlaneIsKept() throws Exception {
        Backup back = readAfter(root -> record(root, "demands", 0).put("title", "Wages \uD83D\uDE00"));
        assertEquals("Wages \uD83D\uDE00", back.snapshot().demands().get(0).title());
    }

    @Test
    void controlCharactersAreRefusedButTabsAndLineBreaksKept() throws Exception {
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("title", "\u001B]0;owned\u0007 Wages")),
                "demands[0] (id d-wages), field title:", "control character (U+001B)");
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("description", "a\rb")),
                "field description:", "control character (U+000D)");
        Backup back = readAfter(root -> record(root, "demands", 0).put("description", "one\ttwo\nthree"));
        assertEquals("one\ttwo\nthree", back.snapshot().demands().get(0).description());
    }

    @Test
    void aLeapSecondIsRefusedNotMovedBack() throws Exception {
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("updatedAt", "2026-03-05T23:59:60Z")),
                "demands[0] (id d-wages), field updatedAt:", "leap second");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-03-01", "1899-12-31", "2201-01-01"})
    void datesOutsideTheNegotiationsYearsAreRefused(String date) throws Exception {
        assertContains(refusedAfter(root -> ((ObjectNode) root.get("negotiation")).put("startedOn", date)),
                "negotiation (id n-0001), field startedOn:", "between 1900 and 2200");
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("createdAt", date + "T10:00:00Z")),
                "demands[0] (id d-wages), field createdAt:", "between 1900 and 2200");
    }

    @Test
    void aHugeVagueWordIsRefusedLikeAnyOtherText() throws Exception {
        String huge = "x".repeat(Check.MAX_TEXT + 1);
        assertContains(refusedAfter(root -> ((ObjectNode) root.get("negotiation").get("ruleSettings"))
                        .putArray("vagueWords").add(huge)),
                "negotiation (id n-0001), field ruleSettings.vagueWords[0]:", "too long");
    }

    @Test
    void aListOverTheCapIsRefused() throws Exception {
        assertContains(refusedAfter(root -> {
            var words = ((ObjectNode) root.get("negotiation").get("ruleSettings")).putArray("vagueWords");
            for (int i = 0; i <= Check.MAX_LIST; i++) {
                words.add("w" + i);
            }
        }), "field ruleSettings.vagueWords:", "at most " + Check.MAX_LIST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-05T09:30:00Z", "2026-03-05T09:30Z", "2026-03-05T09:30:00+00:00",
            "2026-03-05T04:30:00-05:00", "2026-03-05T11:30+02:00", "2026-03-05T09:30:00.000Z"})
    void anyIsoInstantWithAnOffsetIsReadAsUtc(String text) throws Exception {
        Backup back = readAfter(root -> record(root, "demands", 0).put("updatedAt", text));
        assertEquals(Instant.parse("2026-03-05T09:30:00Z"), back.snapshot().demands().get(0).updatedAt());
    }

    @Test
    void aTimeThatIsNotOneSaysWhatIsWrong() throws Exception {
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("updatedAt", "2026-03-05T9:30Z")),
                "field updatedAt:", "hours:minutes", "Z for UTC", "-05:00");
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("updatedAt", "2026-03-05T24:00Z")),
                "hours go from 00 to 23");
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("updatedAt", "2026-03-05T10:00+19:00")),
                "offset");
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("updatedAt", "2026-03-05T10:00")),
                "expected a time like");
    }

    @Test
    void anUnknownValueOfAListOfChoicesNamesTheFieldAndTheChoices() throws Exception {
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("status", "MAYBE")),
                "demands[0] (id d-wages), field status:", "\"MAYBE\" is not one of DRAFT, ON_TABLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'format': 'tablebook-backup'}", "{\"format\": NaN}", "{\"a\": 1, /* note */ \"b\": 2}",
            "{\"format\": 01}", "{\"format\": \"a\u0001b\"}"})
    void theParsersOwnAdviceNeverReachesAPerson(String text) {
        String message = refused(text);
        assertContains(message, "line 1, column ", "not valid JSON");
        assertFalse(message.contains("`"), message);
        assertFalse(message.contains("Feature"), message);
        assertFalse(message.contains("enable"), message);
    }

    @Test
    void anythingAfterTheBackupIsRefused() {
        String message = refused(good + "{}\n");
        assertContains(message, "line ", "not valid JSON", "more follows");
        assertFalse(message.contains("`"), message);
    }

    @Test
    void nestingTooDeepNamesLineAndColumn() {
        String message = refused("{\"format\": \"tablebook-backup\",\n \"x\": " + "[".repeat(3000));
        assertContains(message, "line 2, column ", "nested too deeply");
        assertFalse(message.contains("StreamReadConstraints"), message);
    }

    @Test
    void aMissingFileSaysItDoesNotExist(@TempDir Path dir) {
        Path missing = dir.resolve("gone.json");
        String message = assertThrows(BackupFormatException.class, () -> new BackupReader().read(missing)).getMessage();
        assertContains(message, "there is no file " + missing);
    }

    @Test
    void everyBackupTheWriterWritesTheReaderWithTheSameLimitReads(@TempDir Path dir) throws Exception {
        int size = good.getBytes(StandardCharsets.UTF_8).length;
        Backup sample = new Backup(ReportFixture.snapshot(), java.util.List.of());
        String atTheLimit = new BackupWriter(size).write(sample);
        assertEquals(sample, new BackupReader(size).read(atTheLimit));
        IllegalArgumentException over = assertThrows(IllegalArgumentException.class,
                () -> new BackupWriter(size - 1).write(ReportFixture.snapshot()));
        assertContains(over.getMessage(), "more than the " + BackupReader.megabytes(size - 1), "Nothing was written");
        Path file = dir.resolve("backup.json");
        java.nio.file.Files.writeString(file, good);
        assertEquals(sample, new BackupReader(size).read(file));
        assertContains(assertThrows(BackupFormatException.class, () -> new BackupReader(size - 1).read(file))
                .getMessage(), "more than the " + BackupReader.megabytes(size - 1));
        assertEquals(BackupFormat.MAX_BYTES, BackupReader.DEFAULT_MAX_BYTES, "the app reads what it writes");
        assertTrue(BackupFormat.MAX_BYTES > 66_700_000L, "a backup of 66.7 MB, as a long negotiation writes, is read");
    }
}
