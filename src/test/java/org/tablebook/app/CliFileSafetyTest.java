package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.hours;
import static org.tablebook.testing.SnapshotBuilder.minutes;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.store.StoreOptions;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.testing.TestFiles;

/**
 * What a clumsy or hostile command line cannot do: write an export over the negotiation it reads
 * (by any of its names) or over another negotiation, hang on a named pipe, leave an import that
 * blocks its retry, or send the file's escape sequences to the terminal. On real files, links and
 * pipes in a temporary folder.
 */
class CliFileSafetyTest {
    private static final Clock CLOCK = SnapshotBuilder.clockAt(hours(3));

    @TempDir
    Path dir;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), CLOCK, new DataFolders(dir.resolve("data"))).run(args);
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

    private static NegotiationSnapshot negotiation(String sidebarPurpose) {
        SnapshotBuilder b = SnapshotBuilder.union();
        Person dana = b.ours("Dana Reyes");
        Person pat = b.theirs("Pat Kim");
        b.demand("U-1", "Safe staffing").add();
        var sidebar = b.sidebar(sidebarPurpose).attendees(dana, pat).ran(minutes(10), minutes(40)).add();
        b.reportBack(sidebar).at(minutes(50)).add();
        return b.build();
    }

    private static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static Path mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is available");
        return path;
    }

    @Test
    void anExportOntoItsOwnInputIsRefusedByEveryNameAndTheNegotiationStaysByteIdentical() throws Exception {
        Path file = file("neg.tablebook", negotiation("Wages"));
        String before = sha(file);
        Files.createDirectories(dir.resolve("sub"));
        Path symbolic = Files.createSymbolicLink(dir.resolve("sym.tablebook"), file);
        Path hard = Files.createLink(dir.resolve("hard.pdf"), file);
        List<String> targets = List.of(file.toString(), dir + "/./neg.tablebook", dir + "/sub/../neg.tablebook",
                symbolic.toString(), hard.toString());
        for (String[] kind : new String[][] {{"pdf", "members"}, {"html", "members"}, {"json", "committee"}}) {
            for (String target : targets) {
                String where = kind[0] + " onto " + target;
                assertEquals(Cli.BAD_INPUT, run("export", "--format", kind[0], "--audience", kind[1], file.toString(),
                        target), where);
                assertTrue(err().startsWith("tablebook export: " + target + " is the negotiation file itself"), err());
                assertTrue(err().contains("Nothing was written."), err());
                assertEquals("", out(), where);
                assertEquals(before, sha(file), where + ": the negotiation is byte for byte as it was");
            }
        }
        assertTrue(Files.isSymbolicLink(symbolic));
        // Read through its link, it still may not be written over its real name.
        assertEquals(Cli.BAD_INPUT, run("export", "--format", "html", "--audience", "members", symbolic.toString(),
                file.toString()));
        assertEquals(before, sha(file));
    }

    @Test
    void anExportOntoAnotherNegotiationIsRefused() throws Exception {
        Path file = file("neg.tablebook", negotiation("Wages"));
        Path other = file("other.tablebook", negotiation("Pensions"));
        String before = sha(other);
        assertEquals(Cli.BAD_INPUT, run("export", "--format", "pdf", "--audience", "members", file.toString(),
                other.toString()));
        assertEquals("tablebook export: " + other + " is a Tablebook negotiation file; Tablebook will not write an "
                + "export over a negotiation. Choose another name for the export. Nothing was written.\n", err());
        assertEquals(before, sha(other));
    }

    @Test
    void anExportThroughALinkReplacesTheFileBehindItAndKeepsTheLink() throws Exception {
        Path file = file("neg.tablebook", negotiation("Wages"));
        Path real = Files.writeString(dir.resolve("report.html"), "last week's report");
        Path link = Files.createSymbolicLink(dir.resolve("latest.html"), real);
        assertEquals(Cli.OK, run("export", "--format", "html", "--audience", "members", file.toString(),
                link.toString()), err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(real).contains("Safe staffing"));
        assertTrue(out().startsWith("Wrote " + real.toRealPath()), out());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against a hang, not a measurement
    void namedPipesAreRefusedAtOnceByEveryCommand() throws Exception {
        Path file = file("neg.tablebook", negotiation("Wages"));
        Path pipe = mkfifo(dir.resolve("pipe.tablebook"));
        assertEquals(Cli.BAD_INPUT, run("check", pipe.toString()));
        assertEquals("tablebook check: " + pipe + " is a named pipe, not a Tablebook file. Tablebook has left it "
                + "untouched; choose a .tablebook file.\n", err());
        assertEquals(Cli.BAD_INPUT, run("export", "--format", "html", "--audience", "members", pipe.toString(),
                dir.resolve("out.html").toString()));
        assertTrue(err().contains("is a named pipe, not a Tablebook file"), err());
        assertFalse(Files.exists(dir.resolve("out.html")));
        assertEquals(Cli.BAD_INPUT, run("export", "--format", "html", "--audience", "members", file.toString(),
                pipe.toString()));
        assertTrue(err().contains(pipe + " is a named pipe, not an ordinary file"), err());
        assertEquals(Cli.BAD_INPUT, run("import", pipe.toString(), dir.resolve("new.tablebook").toString()));
        assertTrue(err().contains(pipe + " is not an ordinary file"), err());
        assertFalse(Files.exists(dir.resolve("new.tablebook")));
        Path json = dir.resolve("backup.json");
        assertEquals(Cli.OK, run("export", "--format", "json", "--audience", "committee", file.toString(),
                json.toString()), err());
        assertEquals(Cli.BAD_INPUT, run("import", json.toString(), pipe.toString()));
        assertTrue(err().contains(pipe + " already exists"), err());
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still a pipe");
    }

    @Test
    void aKilledImportsDebrisDoesNotBlockTheRetry() throws Exception {
        Path file = file("neg.tablebook", negotiation("Wages"));
        Path json = dir.resolve("backup.json");
        assertEquals(Cli.OK, run("export", "--format", "json", "--audience", "committee", file.toString(),
                json.toString()), err());
        Path target = dir.resolve("restored.tablebook");
        // What an import killed half-way leaves: its hidden half-built file and log, and its lock file.
        Files.writeString(dir.resolve(".restored.tablebook-q8w1.creating"), "SQLite format 3\u0000 half");
        Files.writeString(dir.resolve(".restored.tablebook-q8w1.creating-wal"), "half a log");
        Files.writeString(dir.resolve("restored.tablebook.lock"), "Tablebook, process 999999\n");
        assertEquals(Cli.OK, run("import", json.toString(), target.toString()), err());
        assertTrue(out().startsWith("Imported " + json + " into " + target.toRealPath()), out());
        assertTrue(run("check", target.toString()) != Cli.BAD_INPUT, "the restored file opens: " + err());
        try (var names = Files.list(dir)) {
            assertTrue(names.noneMatch(p -> p.getFileName().toString().contains(".creating")
                    || p.getFileName().toString().endsWith(".lock")), "nothing of the killed import is left");
        }
    }

    @Test
    void checkPrintsEscapeSequencesFromTheFileAsTextNeverToTheTerminal() throws Exception {
        // The app refuses control characters, so the hostile text is written into the file behind its back.
        String hostile = "Wages\u001B]0;owned\u0007\u001B[2J\u009B31m\u202Etxt.exe";
        Path file = file("hostile.tablebook", negotiation("Wages"));
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var update = connection.prepareStatement("UPDATE sidebar SET purpose = ?")) {
            update.setString(1, hostile);
            assertEquals(1, update.executeUpdate());
        }
        for (List<String> command : List.of(List.of("check", file.toString()), List.of("check", "--json", file.toString()))) {
            // Such a file is refused as unreadable, naming the character; nothing of it reaches the terminal raw.
            assertEquals(2, run(command.toArray(String[]::new)));
            String printed = out() + err();
            assertTrue(printed.contains(file.getFileName().toString()) && printed.contains("U+001B"), printed);
            assertTrue(printed.chars().noneMatch(c -> c == 0x1B || c == 0x07 || c == 0x9B || c == 0x202E), printed);
        }
    }
}
