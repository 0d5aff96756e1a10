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

    /** A sidebar that ended at 10:00 (New York) on Mar 2 and was never reported back. */
    private static NegotiationSnapshot unreportedInNewYork() {
        SnapshotBuilder b = SnapshotBuilder.union().zone("America/New_York");
        Person dana = b.ours("Dana Reyes");
        Person ana = b.ours("Ana Ruiz");
        b.sidebar("Wages").attendees(dana, ana).ran(java.time.Instant.parse("2026-03-02T14:30:00Z"),
                java.time.Instant.parse("2026-03-02T15:00:00Z")).add();
        return b.build();
    }

    @Test
    void atChecksAsOfAMomentInTheNegotiationsZoneOrWithAnOffset() throws Exception {
        Path file = file("ahead.tablebook", unreportedInNewYork());
        // 11:59 New York: under two hours since the end; 12:01: a warning; the next day 10:01: an error.
        assertEquals(Cli.OK, run("check", file.toString(), "--at", "2026-03-02T11:59"));
        assertEquals("", out());
        assertEquals(Cli.OK, run("check", file.toString(), "--at", "2026-03-02 12:01"));
        assertTrue(out().startsWith("WARNING REPORT_BACK_OVERDUE"), out());
        out.reset();
        assertEquals(Cli.FINDINGS, run("check", file.toString(), "--at", "2026-03-03T15:01Z"));
        assertTrue(out().startsWith("ERROR   REPORT_BACK_OVERDUE"), out());
        out.reset();
        assertEquals(Cli.OK, run("check", file.toString(), "--at", "2026-03-03T10:00-05:00"));
        assertTrue(out().startsWith("WARNING REPORT_BACK_OVERDUE"), out());
    }

    @Test
    void zoneOverridesTheNegotiationsZone() throws Exception {
        Path file = file("zone.tablebook", unreportedInNewYork());
        // 12:01 in Tokyo is the night before in New York: the sidebar has not even ended yet.
        assertEquals(Cli.OK, run("check", file.toString(), "--at", "2026-03-03T00:01", "--zone", "Asia/Tokyo"));
        assertEquals("", out());
        assertEquals(Cli.OK, run("check", file.toString(), "--at", "2026-03-03T02:01", "--zone", "Asia/Tokyo"));
        assertTrue(out().contains("REPORT_BACK_OVERDUE"), out());
    }

    @Test
    void aBadMomentOrZoneIsExplained() throws Exception {
        Path file = file("bad.tablebook", unreportedInNewYork());
        assertEquals(Cli.BAD_INPUT, run("check", file.toString(), "--at", "next friday"));
        assertTrue(err().contains("is not a date"), err());
        assertEquals(Cli.BAD_INPUT, run("check", file.toString(), "--zone", "Mars/Olympus"));
        assertTrue(err().contains("\"Mars/Olympus\" is not a time zone"), err());
        assertEquals(Cli.BAD_INPUT, run("check", file.toString(), "--at"));
        assertTrue(err().contains("--at needs a value"), err());
    }

    @Test
    void aLapsedAcknowledgementIsPrintedBesideItsFinding() throws Exception {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person dana = b.ours("Dana Reyes");
        Person pat = b.theirs("Pat Kim");
        var sidebar = b.sidebar("Wages").attendees(dana, pat).ran(minutes(10), minutes(40)).add();
        b.reportBack(sidebar).at(minutes(50)).add();
        b.acknowledgement("SIDEBAR_SOLO", org.tablebook.domain.EntityRef.of(sidebar), "facts-that-changed")
                .at(minutes(60)).add();
        Path file = file("lapsed.tablebook", b.build());

        assertEquals(Cli.FINDINGS, run("check", file.toString()));
        assertTrue(out().contains("SIDEBAR_SOLO") && out().contains("acknowledged on Mar 2 by ")
                && out().contains("for different facts"), out());
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
        assertTrue(out().contains(": 0 demands, 0 passes, 1 sidebar, 0 tentative agreements."), out());
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

    @Test
    void langSpeaksSpanishAndWritesTheSummaryInBothLanguages() throws Exception {
        Path f = file("n.tablebook", soloSidebar());
        Path md = dir.resolve("summary.md");
        assertEquals(Cli.OK, run("export", "--format", "md", "--audience", "members", "--lang", "both",
                f.toString(), md.toString()));
        String text = Files.readString(md);
        assertTrue(text.contains("## At a glance") && text.contains("## De un vistazo"), text);
        assertTrue(text.indexOf("## At a glance") < text.indexOf("## De un vistazo"), text);

        assertEquals(Cli.BAD_INPUT, run("--lang", "es", "check"));
        assertTrue(err().contains("indique exactamente un archivo de negociación"), err());
    }

    @Test
    void bothLanguagesAreOnlyForTheMembershipSummaryAndAnUnknownLanguageIsRefused() throws Exception {
        Path f = file("n.tablebook", soloSidebar());
        assertEquals(Cli.BAD_INPUT, run("export", "--format", "html", "--audience", "committee", "--lang", "both",
                f.toString(), dir.resolve("c.html").toString()));
        assertTrue(err().contains("only the membership summary is written in both languages"), err());
        assertFalse(Files.exists(dir.resolve("c.html")));
        assertEquals(Cli.BAD_INPUT, run("--lang", "fr", "check", f.toString()));
        assertTrue(err().contains("--lang takes en or es"), err());
    }

    // ---- tablebook cost ----

    private Path sampleFile() throws Exception {
        return file("sample.tablebook", org.tablebook.domain.sample.SampleNegotiation.build(
                java.time.Clock.fixed(java.time.Instant.parse("2026-05-12T14:30:00Z"), java.time.ZoneId.of("America/Chicago"))));
    }

    @Test
    void costPrintsThePackageTableOfTheSample() throws Exception {
        assertEquals(Cli.OK, run("cost", sampleFile().toString()), err());
        String text = out();
        assertTrue(text.contains("The cost of 1%: "), text);
        assertTrue(text.matches("(?s).*\\n\\s+Ours\\s+Theirs\\s+Gap\\s+Settled so far\\n.*"), text);
        assertTrue(text.contains("Year 1 "), text);
        assertTrue(text.contains("Year 3 "), text);
        assertTrue(text.contains("Total over the term"), text);
        assertTrue(text.contains("Ours: U-1 4.5% / 4% / 4% with step placement up to 8 years"), text);
        assertTrue(text.contains("Settled: U-9 $200 a year, paid in January"), text);
        // The settled uniform allowance: 200 x 1,850 people x 1.1265 (roll-up and pension) = 416,805.00 a year.
        assertTrue(text.lines().filter(l -> l.startsWith("Year 1 ")).findFirst().orElseThrow().endsWith("$416,805.00"),
                text);
    }

    @Test
    void costAsJsonAndAsOfADay() throws Exception {
        Path file = sampleFile();
        assertEquals(Cli.OK, run("cost", "--json", file.toString()), err());
        JsonNode all = new ObjectMapper().readTree(out());
        assertEquals("USD", all.get("currency").asText());
        assertEquals(3, all.get("contractYears").asInt());
        assertEquals("1250415.00", all.get("lines").get(3).get("settled").asText(), "the total settled, to the cent");
        String firstDay = all.get("movement").get(0).get("on").asText();
        out.reset();
        assertEquals(Cli.OK, run("cost", "--json", "--at", firstDay, file.toString()), err());
        JsonNode early = new ObjectMapper().readTree(out());
        assertEquals("0.00", early.get("lines").get(3).get("theirs").asText(), "they had priced nothing yet");
        assertEquals(1, early.get("movement").size());
    }

    @Test
    void withMoneyAddsTheSettledCostToTheMembershipSummaryAndOnlyThere() throws Exception {
        Path file = sampleFile();
        Path plain = dir.resolve("plain.md");
        Path money = dir.resolve("money.md");
        assertEquals(Cli.OK, run("export", "--format", "md", "--audience", "members", file.toString(),
                plain.toString()), err());
        assertEquals(Cli.OK, run("export", "--format", "md", "--audience", "members", "--with-money", "--lang", "both",
                file.toString(), money.toString()), err());
        assertFalse(Files.readString(plain).contains("The cost of what is settled"), Files.readString(plain));
        String text = Files.readString(money);
        assertTrue(text.contains("## The cost of what is settled") && text.contains("## El costo de lo acordado"), text);
        assertTrue(text.contains("- **Settled so far, over the whole contract:** $"), text);
        assertTrue(text.contains("- **Average per person per year:** $"), text);

        assertEquals(Cli.BAD_INPUT, run("export", "--format", "html", "--audience", "committee", "--with-money",
                file.toString(), dir.resolve("c.html").toString()));
        assertTrue(err().contains("--with-money is for the membership summary only"), err());
        assertFalse(Files.exists(dir.resolve("c.html")));
        out.reset();
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().contains("--with-money"), out());
    }

    @Test
    void costRefusesAFileWithoutABaselineAndABadDate() throws Exception {
        Path file = file("plain.tablebook", soloSidebar());
        assertEquals(Cli.BAD_INPUT, run("cost", file.toString()));
        assertTrue(err().contains("has no costing baseline yet"), err());
        assertEquals(Cli.BAD_INPUT, run("cost", "--at", "yesterday", file.toString()));
    }

    @Test
    void sampleWritesTheSampleNegotiationThatTheOtherCommandsRead() throws Exception {
        Path sample = dir.resolve("try.tablebook");
        assertEquals(Cli.OK, run("sample", sample.toString()));
        assertTrue(out().contains(sample.getFileName().toString()), out());
        // The sample has something for every rule to say, errors included.
        assertEquals(Cli.FINDINGS, run("check", sample.toString()));
        assertTrue(out().contains("SIDEBAR_SOLO"), out());
    }

    @Test
    void sampleRefusesToWriteOverAnythingThatIsThere() throws Exception {
        Path negotiation = file("ours.tablebook", soloSidebar());
        String before = sha(negotiation);
        assertEquals(Cli.BAD_INPUT, run("sample", negotiation.toString()));
        assertEquals(before, sha(negotiation));
        Path notes = Files.writeString(dir.resolve("notes.txt"), "minutes of the caucus");
        assertEquals(Cli.BAD_INPUT, run("sample", notes.toString()));
        assertEquals("minutes of the caucus", Files.readString(notes));
        assertEquals(Cli.BAD_INPUT, run("sample", "/dev/null"));
        assertEquals(Cli.BAD_INPUT, run("sample"));
        assertTrue(err().contains("tablebook sample"), err());
    }

    @Test
    void theHelpNamesTheSampleCommand() {
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().contains("tablebook sample FILE"), out());
        assertTrue(Cli.handles(new String[] {"sample", "x.tablebook"}));
    }
}
