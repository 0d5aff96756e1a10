package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Check;

/** Every way a backup can be wrong is refused with a message that names the place and the problem. */
class BackupImportRefusalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String good = new BackupWriter().write(ReportFixture.snapshot());

    private String refused(String text) {
        BackupFormatException e = assertThrows(BackupFormatException.class, () -> new BackupReader().read(text));
        return e.getMessage();
    }

    /** The message for the sample backup changed by {@code change}. */
    private String refusedAfter(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(good);
        change.accept(root);
        return refused(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
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
    void truncatedJson() {
        String message = refused(good.substring(0, good.length() / 2));
        assertContains(message, "line ", "column ", "ends in the middle of the JSON");
    }

    @Test
    void notJson() {
        assertContains(refused("Dear committee,\nplease find the minutes attached."), "line 1, column ",
                "not valid JSON");
        assertContains(refused("{\"format\": \"tablebook-backup\", \"formatVersion\": 1,,}"), "line 1, column ",
                "not valid JSON");
    }

    @Test
    void jsonThatIsNotAnObject() {
        assertContains(refused("[1, 2, 3]"), "not a Tablebook backup", "a list");
    }

    @Test
    void emptyFile() {
        assertContains(refused(""), "The file is empty");
        assertContains(refused("  \n\t "), "The file is empty");
    }

    @Test
    void wrongFormatName() throws Exception {
        assertContains(refusedAfter(root -> root.put("format", "spreadsheet-export")),
                "not a Tablebook backup", "\"spreadsheet-export\"");
        assertContains(refusedAfter(root -> root.remove("format")), "not a Tablebook backup");
    }

    @Test
    void inSpanishTheFileAsAWholeIsRefusedInSpanish() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(org.tablebook.domain.Language.SPANISH.locale());
            assertContains(refused(""), "El archivo está vacío");
            assertContains(refused("{\"format\": "), "línea 1, columna", "el archivo termina en medio del JSON");
            assertContains(refusedAfter(root -> root.put("formatVersion", 3)), "una versión más nueva de Tablebook",
                    "formato de copia 3", "Actualice Tablebook");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void newerVersion() throws Exception {
        String message = refusedAfter(root -> root.put("formatVersion", 3));
        assertContains(message, "newer version of Tablebook", "format 3", "Update Tablebook");
    }

    @Test
    void missingRequiredField() throws Exception {
        assertContains(refusedAfter(root -> record(root, "demands", 0).remove("title")),
                "demands[0] (id d-wages), field title: the field is missing");
        assertContains(refusedAfter(root -> record(root, "demands", 0).putNull("title")),
                "demands[0] (id d-wages), field title: The demand's title is required.");
        assertContains(refusedAfter(root -> root.remove("sidebars")), "sidebars: the list is missing");
    }

    @Test
    void unknownField() throws Exception {
        assertContains(refusedAfter(root -> record(root, "demands", 1).put("confidental", true)),
                "demands[1] (id d-staffing), field confidental: there is no field \"confidental\"", "check its spelling");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() throws Exception {
        assertEquals("demands[3] (id d-strike), field status: \"MAYBE\" is not one of DRAFT, ON_TABLE, "
                        + "TENTATIVELY_AGREED, WITHDRAWN, REJECTED.",
                refusedAfter(root -> record(root, "demands", 3).put("status", "MAYBE")));
    }

    @Test
    void numberWhereTextBelongs() throws Exception {
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("title", 42)),
                "demands[0] (id d-wages), field title: expected text in double quotes, found the number 42.");
    }

    @Test
    void textWhereANumberBelongs() throws Exception {
        assertContains(refusedAfter(root -> record(root, "complianceItems", 0).put("grievanceWindowDays", "14")),
                "complianceItems[0] (id ci-1), field grievanceWindowDays: expected a whole number, found the text \"14\".");
    }

    @Test
    void textWhereTrueOrFalseBelongs() throws Exception {
        assertContains(refusedAfter(root -> record(root, "demands", 3).put("confidential", "yes")),
                "demands[3] (id d-strike), field confidential: expected true or false");
    }

    @Test
    void impossibleDate() throws Exception {
        assertContains(refusedAfter(root -> record(root, "sessions", 0).put("date", "2026-02-30")),
                "sessions[0] (id s-0203), field date:", "\"2026-02-30\" is not a real date: February 2026 has 28 days.");
        assertContains(refusedAfter(root -> record(root, "sidebars", 0).put("startedAt", "2026-02-30T20:00:00Z")),
                "sidebars[0] (id sb-0305), field startedAt:", "February 2026 has 28 days");
        assertContains(refusedAfter(root -> record(root, "sessions", 0).put("date", "03/02/2026")),
                "field date: expected a date like \"2026-03-14\"");
    }

    @Test
    void danglingReference() throws Exception {
        assertContains(refusedAfter(root -> record(root, "proposals", 0).put("demandId", "d-nowhere")),
                "proposals[0] (id pr-w1), field demandId:", "points at d-nowhere, which is not in this negotiation");
    }

    @Test
    void duplicateId() throws Exception {
        assertContains(refusedAfter(root -> record(root, "people", 1).put("id", "p-zoe")),
                "people[1] (id p-zoe), field id: this id is already used by people[0]");
        assertContains(refusedAfter(root -> record(root, "demands", 1).put("id", "p-zoe")),
                "demands[1] (id p-zoe), field id: this id is already used by people[0]");
    }

    @Test
    void sidebarEndingBeforeItStarts() throws Exception {
        assertContains(refusedAfter(root -> record(root, "sidebars", 0).put("endedAt", "2026-03-05T19:00:00Z")),
                "sidebars[0] (id sb-0305), field endedAt: The end (2026-03-05T19:00:00Z) cannot come before the start");
    }

    @Test
    void moreVotesThanVoters() throws Exception {
        assertContains(refusedAfter(root -> vote(record(root, "ratifications", 0), 840, 500, 400)),
                "ratifications[0] (id r-1), field no: Yes (500) and no (400) add up to 900, more than the 840 eligible voters.");
    }

    @Test
    void negativeVoteCount() throws Exception {
        assertContains(refusedAfter(root -> vote(record(root, "ratifications", 0), 840, -3, 10)),
                "ratifications[0] (id r-1), field yes: The yes votes cannot be negative (it is -3).");
    }

    private static void vote(ObjectNode ratification, int eligible, int yes, int no) {
        ratification.put("voteOn", "2026-03-28").put("eligibleVoters", eligible).put("yes", yes).put("no", no);
    }

    @Test
    void hugeString() throws Exception {
        assertContains(refusedAfter(root -> record(root, "demands", 0).put("description", "x".repeat(Check.MAX_TEXT + 1))),
                "demands[0] (id d-wages), field description: the text is too long (100001 characters)");
    }

    @Test
    void reportBackOfASidebarNotEnded() throws Exception {
        assertContains(refusedAfter(root -> record(root, "sidebars", 0).putNull("endedAt")),
                "reportBacks[0] (id rb-0305), field sidebarId:", "reported back only after it has ended");
    }

    @Test
    void ratifiedWithoutAVote() throws Exception {
        assertContains(refusedAfter(root -> record(root, "agreements", 1).put("status", "RATIFIED")),
                "agreements[1] (id ta-premiums), field status:", "no ratification vote that ratified it");
    }

    @Test
    void nestedRecordsNameTheirPath() throws Exception {
        assertContains(refusedAfter(root -> ((ObjectNode) record(root, "acknowledgements", 0).get("subject")).putNull("kind")),
                "acknowledgements[0] (id ack-1), field subject.kind: the value is required.");
        assertContains(refusedAfter(root -> ((ArrayNode) root.get("negotiation").get("ruleSettings").get("vagueWords")).add(7)),
                "negotiation (id n-0001), field ruleSettings.vagueWords[3]: expected text in double quotes, found the number 7.");
        assertContains(refusedAfter(root -> ((ObjectNode) root.get("negotiation").get("ruleSettings"))
                        .put("reportBackErrorHours", 1)),
                "negotiation (id n-0001), field ruleSettings.reportBackErrorHours: The report-back overdue time (1 h)");
    }

    @Test
    void duplicateKeyInOneObject() {
        String json = good.replaceFirst("\"title\": \"Riverside General 2026 contract\",",
                "\"title\": \"Riverside General 2026 contract\",\n    \"title\": \"Another\",");
        assertContains(refused(json), "line 7, column ", "the same field twice", "'title'");
    }

    @Test
    void fileOverTheSizeLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        Files.writeString(file, good);
        BackupReader small = new BackupReader(1000);
        BackupFormatException e = assertThrows(BackupFormatException.class, () -> small.read(file));
        assertContains(e.getMessage(), "The file is ", "more than the 1000 bytes a Tablebook backup may have");
        assertThrows(BackupFormatException.class, () -> small.read(new java.io.StringReader(good)));
    }

    @Test
    void bytesThatAreNotUtf8() {
        byte[] bytes = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        BackupFormatException e = assertThrows(BackupFormatException.class,
                () -> new BackupReader().read(new ByteArrayInputStream(bytes)));
        assertContains(e.getMessage(), "not UTF-8 text");
    }

    @Test
    void theExceptionSeparatesPlaceAndProblem() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(good);
        ((ArrayNode) root.get("demands")).add(JSON.readTree("\"not a record\""));
        BackupFormatException e = assertThrows(BackupFormatException.class,
                () -> new BackupReader().read(JSON.writeValueAsString(root)));
        assertEquals("demands[6]", e.location());
        assertTrue(e.problem().startsWith("expected an object"), e.problem());
        JsonNode unchanged = JSON.readTree(good);
        assertEquals(6, unchanged.get("demands").size());
    }
}
