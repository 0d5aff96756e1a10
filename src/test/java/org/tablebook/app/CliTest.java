package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.hours;
import static org.tablebook.testing.SnapshotBuilder.minutes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.RuleAcknowledgement;
import org.tablebook.rules.RulesEngine;
import org.tablebook.store.StoreOptions;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.testing.TestFiles;

class CliTest {
    private static final Clock CLOCK = SnapshotBuilder.clockAt(hours(3));

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK, new DataFolders(dir.resolve("data"))).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, NegotiationSnapshot snapshot) throws Exception {
        return TestFiles.write(dir.resolve(name), snapshot, StoreOptions.defaults(CLOCK, dir.resolve("backups")));
    }

    /** A sidebar that started with one of our people: SIDEBAR_SOLO, an ERROR. */
    private static NegotiationSnapshot soloSidebar() {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person dana = b.ours("Dana Reyes");
        Person pat = b.theirs("Pat Kim");
        var sidebar = b.sidebar("Wages").attendees(dana, pat).ran(minutes(10), minutes(40)).add();
        b.reportBack(sidebar).at(minutes(50)).add();
        return b.build();
    }

    private static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aCleanFileExitsZeroAndPrintsNothing() throws Exception {
        Path file = file("clean.tablebook", SnapshotBuilder.union().build());
        assertEquals(Cli.OK, run("check", file.toString()));
        assertEquals("", out());
    }

    @Test
    void anUnacknowledgedErrorExitsOneWithALinePerFinding() throws Exception {
        NegotiationSnapshot snapshot = soloSidebar();
        Path file = file("solo.tablebook", snapshot);
        String before = sha(file);
        assertEquals(Cli.FINDINGS, run("check", file.toString()));
        List<String> lines = out().lines().toList();
        assertEquals(RulesEngine.standard().evaluate(snapshot, CLOCK).size(), lines.size());
        String solo = lines.stream().filter(l -> l.contains("SIDEBAR_SOLO")).findFirst().orElseThrow();
        assertTrue(solo.startsWith("ERROR   SIDEBAR_SOLO"), solo);
        assertTrue(solo.contains("[sidebar " + snapshot.sidebars().get(0).id() + "]"), solo);
        assertTrue(solo.contains("Only Dana Reyes from our side is in this sidebar"), solo);
        assertEquals(before, sha(file), "check must not change the file");
    }

    @Test
    void anAcknowledgedErrorNoLongerFailsTheCheck() throws Exception {
        NegotiationSnapshot snapshot = soloSidebar();
        var finding = RulesEngine.standard().evaluate(snapshot, CLOCK).stream()
                .filter(f -> f.ruleId().equals("SIDEBAR_SOLO")).findFirst().orElseThrow();
        RuleAcknowledgement ack = new RuleAcknowledgement("ack-1", finding.ruleId(), finding.subject(),
                finding.factsFingerprint(), "Dana Reyes", "The other rep was on the phone the whole time",
                hours(2), hours(2), hours(2));
        Path file = file("acked.tablebook", SnapshotBuilder.withAcknowledgements(snapshot, List.of(ack)));
        int code = run("check", file.toString());
        String solo = out().lines().filter(l -> l.contains("SIDEBAR_SOLO")).findFirst().orElseThrow();
        assertTrue(solo.endsWith("(acknowledged by Dana Reyes: The other rep was on the phone the whole time)"), solo);
        assertFalse(out().lines().anyMatch(l -> l.startsWith("ERROR") && !l.contains("(acknowledged by")), out());
        assertEquals(Cli.OK, code);
    }

    @Test
    void jsonListsEveryFindingWithItsSubject() throws Exception {
        NegotiationSnapshot snapshot = soloSidebar();
        Path file = file("solo.tablebook", snapshot);
        assertEquals(Cli.FINDINGS, run("check", "--json", file.toString()));
        JsonNode json = new ObjectMapper().readTree(out());
        assertTrue(json.isArray());
        JsonNode solo = null;
        for (JsonNode n : json) {
            if (n.get("ruleId").asText().equals("SIDEBAR_SOLO")) {
                solo = n;
            }
        }
        assertEquals("ERROR", solo.get("severity").asText());
        assertEquals(EntityKind.SIDEBAR.name(), solo.get("subject").get("kind").asText());
        assertEquals(new EntityRef(EntityKind.SIDEBAR, snapshot.sidebars().get(0).id()).id(),
                solo.get("subject").get("id").asText());
        assertEquals("attendeeIds", solo.get("field").asText());
        assertFalse(solo.get("acknowledged").asBoolean());
    }

    @Test
    void aFileThatIsNotTablebookExitsTwoWithTheAppsMessageAndIsUntouched() throws Exception {
        Path notes = dir.resolve("notes.tablebook");
        Files.writeString(notes, "Shopping list: coffee, more coffee.");
        String before = sha(notes);
        assertEquals(Cli.BAD_INPUT, run("check", notes.toString()));
        assertTrue(err().startsWith("tablebook check: "), err());
        assertTrue(err().contains("not a Tablebook file") || err().contains("not a SQLite"), err());
        assertEquals(before, sha(notes));
        assertEquals("", out());
    }

    @Test
    void aMissingFileOrAWrongCommandLineExitsTwo() {
        assertEquals(Cli.BAD_INPUT, run("check", dir.resolve("nowhere.tablebook").toString()));
        assertTrue(err().contains("There is no file at"), err());
        assertEquals(Cli.BAD_INPUT, run("check"));
        assertEquals(Cli.BAD_INPUT, run("check", "--verbose", "x"));
        assertTrue(err().contains("unknown option --verbose"), err());
    }

    @Test
    void onlyCommandsAreTakenByTheCommandLine() {
        assertTrue(Cli.handles(new String[] {"check", "x"}));
        assertFalse(Cli.handles(new String[] {"/home/dana/negotiation.tablebook"}));
        assertFalse(Cli.handles(new String[0]));
    }

    @Test
    void exportsTheMembershipSummaryAndRefusesMarkdownForTheCommittee() throws Exception {
        Path file = file("solo.tablebook", soloSidebar());
        Path html = dir.resolve("summary.html");
        assertEquals(Cli.OK, run("export", "--format", "html", "--audience", "members", file.toString(), html.toString()));
        String text = Files.readString(html);
        assertTrue(text.contains("<html"), text);
        assertFalse(text.contains("Dana Reyes"), "people's names never reach the members");
        assertTrue(out().contains("Wrote " + html.toAbsolutePath()));

        Path md = dir.resolve("report.md");
        assertEquals(Cli.BAD_INPUT, run("export", "--format", "md", "--audience", "committee", file.toString(),
                md.toString()));
        assertTrue(err().contains("md is not made for committee; for committee choose one of [html, json, pdf]."),
                err());
        assertFalse(Files.exists(md));
    }

    @Test
    void exportsAJsonBackupAndAPdfSinceADate() throws Exception {
        Path file = file("solo.tablebook", soloSidebar());
        Path json = dir.resolve("backup.json");
        assertEquals(Cli.OK, run("export", "--format", "json", "--audience", "committee", file.toString(),
                json.toString()));
        JsonNode backup = new ObjectMapper().readTree(json.toFile());
        assertEquals("tablebook-backup", backup.get("format").asText());
        Path pdf = dir.resolve("since.pdf");
        assertEquals(Cli.OK, run("export", "--format", "pdf", "--audience", "since", "--since", "2026-03-01",
                file.toString(), pdf.toString()));
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void theNewContractIsExportedAsWordAndPdf() throws Exception {
        Path file = file("solo.tablebook", soloSidebar());
        for (String format : java.util.List.of("docx", "pdf")) {
            Path out = dir.resolve("contract." + format);
            assertEquals(0, run("export", "--format", format, "--audience", "contract", file.toString(),
                    out.toString()), err());
            assertTrue(Files.size(out) > 0);
        }
        assertEquals(Cli.BAD_INPUT, run("export", "--format", "md", "--audience", "contract", file.toString(),
                dir.resolve("c.md").toString()));
        assertTrue(err().contains("is not made for contract"), err());
    }

    @Test
    void aBadSinceDateOrAMissingSessionIsExplained() throws Exception {
        Path file = file("solo.tablebook", soloSidebar());
        Path out = dir.resolve("x.html");
        assertEquals(Cli.BAD_INPUT, run("export", "--format", "html", "--audience", "since", "--since", "2026-02-30",
                file.toString(), out.toString()));
        assertTrue(err().contains("is not a real date: February 2026 has 28 days"), err());
        assertEquals(Cli.BAD_INPUT, run("export", "--format", "html", "--audience", "since", file.toString(),
                out.toString()));
        assertTrue(err().contains("There is no table session yet to start from"), err());
        assertFalse(Files.exists(out));
        assertEquals(Cli.BAD_INPUT, run("export", "--format", "html", file.toString()));
        assertEquals(Cli.BAD_INPUT, run("export", "--format", "rtf", "--audience", "members", file.toString(),
                out.toString()));
        assertTrue(err().contains("unknown format or audience"), err());
    }

    @Test
    void aBackupImportsIntoANewFileThatReadsBackTheSame() throws Exception {
        NegotiationSnapshot snapshot = soloSidebar();
        Path file = file("solo.tablebook", snapshot);
        Path json = dir.resolve("backup.json");
        assertEquals(Cli.OK, run("export", "--format", "json", "--audience", "committee", file.toString(),
                json.toString()));
        Path imported = dir.resolve("imported.tablebook");
        assertEquals(Cli.OK, run("import", json.toString(), imported.toString()));
        assertTrue(out().contains("Imported " + json), out());
        try (var store = org.tablebook.store.TablebookStore.openForReading(imported,
                StoreOptions.defaults(CLOCK, dir.resolve("backups")))) {
            assertEquals(snapshot, store.loadSnapshot());
        }
    }

    @Test
    void aBrokenBackupIsRefusedWithItsPlaceAndNoFileIsWritten() throws Exception {
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "{\n  \"format\": \"tablebook-backup\",\n  \"formatVersion\": 1,\n  \"negotiation\": {");
        Path target = dir.resolve("never.tablebook");
        assertEquals(Cli.BAD_INPUT, run("import", json.toString(), target.toString()));
        assertTrue(err().contains("cannot be imported"), err());
        assertTrue(err().contains("line"), err());
        assertFalse(Files.exists(target));
    }

    @Test
    void importNeverOverwritesAFile() throws Exception {
        Path existing = dir.resolve("existing.tablebook");
        Files.writeString(existing, "keep");
        assertEquals(Cli.BAD_INPUT, run("import", dir.resolve("x.json").toString(), existing.toString()));
        assertTrue(err().contains("already exists"), err());
        assertEquals("keep", Files.readString(existing));
    }
}
