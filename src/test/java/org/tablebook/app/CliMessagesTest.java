package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Demand;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Side;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.testing.TestFiles;

/** The command line blames the right file and field, in words, for what is wrong in its input. */
class CliMessagesTest {
    private static final Clock CLOCK = SnapshotBuilder.clockAt(SnapshotBuilder.hours(3));

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK, new DataFolders(dir.resolve("data"))).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private StoreOptions options() {
        return StoreOptions.defaults(CLOCK, dir.resolve("backups"));
    }

    private Path file(String name) throws Exception {
        SnapshotBuilder b = SnapshotBuilder.union();
        b.ours("Dana Reyes");
        b.demand("U-1", "Wages").add();
        return TestFiles.write(dir.resolve(name), b.build(), options());
    }

    /** Changes the file behind Tablebook's back, as another program or a damaged disk might. */
    private static void tamper(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Test
    void withLangEsTheFileAndBackupRefusalsAreSpanishAndTheLanguageIsPutBackAfter() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        Path empty = java.nio.file.Files.createFile(dir.resolve("vacio.tablebook"));
        assertEquals(2, run("--lang", "es", "check", empty.toString()));
        assertTrue(err().contains("está vacío (0 bytes), así que no contiene ninguna negociación"), err());
        err.reset();
        Path broken = java.nio.file.Files.writeString(dir.resolve("rota.json"), "{\"format\": ");
        assertEquals(2, run("--lang", "es", "import", broken.toString(), dir.resolve("nueva.tablebook").toString()));
        assertTrue(err().contains("línea 1, columna 12: el archivo termina en medio del JSON"), err());
        assertEquals(before, java.util.Locale.getDefault());
    }

    @Test
    void aBadDateInTheInputIsBlamedOnTheInputAndItsField() throws Exception {
        Path file = file("neg.tablebook");
        tamper(file, "UPDATE negotiation SET started_on = '2027-02-30'");
        Path target = dir.resolve("out.html");
        assertEquals(2, run("export", "--format", "html", "--audience", "members", file.toString(), target.toString()));
        String message = err();
        assertTrue(message.contains("could not read neg.tablebook"), message);
        assertTrue(message.contains("started_on") && message.contains("\"2027-02-30\"")
                && message.contains("not a real date"), message);
        assertFalse(message.contains("could not write"), message);
        assertFalse(message.contains("FEBRUARY"), message);
        assertFalse(Files.exists(target));
    }

    @Test
    void anUnknownStatusNamesTheFieldAndTheAllowedValues() throws Exception {
        Path file = file("neg.tablebook");
        tamper(file, "UPDATE demand SET status = 'MAYBE'");
        assertEquals(2, run("export", "--format", "html", "--audience", "committee", file.toString(),
                dir.resolve("out.html").toString()));
        String message = err();
        assertTrue(message.contains("the field status of the demand row") || message.contains("The field status of the demand row"),
                message);
        assertTrue(message.contains("\"MAYBE\", which is not one of DRAFT, ON_TABLE"), message);
        assertFalse(message.contains("No enum constant"), message);
        assertFalse(message.contains("org.tablebook"), message);
    }

    @Test
    void aMissingBackupSaysItDoesNotExist() {
        Path missing = dir.resolve("gone.json");
        assertEquals(2, run("import", missing.toString(), dir.resolve("new.tablebook").toString()));
        assertTrue(err().contains("there is no file " + missing), err());
        assertFalse(err().contains(missing + ": " + missing), err());
    }

    @Test
    void exportThenImportKeepsWhoRecordedWhat() throws Exception {
        Path file = file("neg.tablebook");
        try (TablebookStore store = TablebookStore.open(file, options())) {
            store.write("Sam Ortiz", "Add a demand", w -> {
                w.insert(Demand.create("U-2", "Parking", Side.OURS, CLOCK.instant()));
                return null;
            });
        }
        Path json = dir.resolve("neg.json");
        assertEquals(0, run("export", "--format", "json", "--audience", "committee", file.toString(), json.toString()),
                err());
        Path restored = dir.resolve("restored.tablebook");
        assertEquals(0, run("import", json.toString(), restored.toString()), err());
        try (TablebookStore a = TablebookStore.openForReading(file, options());
                TablebookStore b = TablebookStore.openForReading(restored, options())) {
            NegotiationSnapshot snapshot = a.loadSnapshot();
            assertEquals(snapshot, b.loadSnapshot());
            assertEquals(a.audit().list(), b.audit().list());
            Set<String> actors = b.audit().list().stream().map(AuditEntry::actor).collect(Collectors.toSet());
            assertTrue(actors.contains("Sam Ortiz"), actors.toString());
        }
    }
}
