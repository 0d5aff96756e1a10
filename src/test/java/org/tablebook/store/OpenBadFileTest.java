package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.store.StoreOpenException.Problem;

/**
 * Files that must not be opened for writing. Each is refused with its own problem and a sentence
 * for a person, and its bytes stay exactly as they were, with nothing left beside it.
 */
class OpenBadFileTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixtures.T0);

    private StoreOptions options() {
        return Fixtures.options(dir, clock);
    }

    /** A real, closed Tablebook file with some records in it. */
    private Path tablebookFile(String name) throws Exception {
        Path file = dir.resolve(name);
        Fixtures f = new Fixtures();
        try (TablebookStore store = TablebookStore.create(file, f.negotiation, Fixtures.ACTOR, options())) {
            f.populate(store);
            store.write(Fixtures.ACTOR, "Add many people", w -> {
                for (int i = 0; i < 200; i++) {
                    w.insert(Person.create("Member " + i, Side.OURS, PersonRole.STEWARD, false, Fixtures.at(30)));
                }
                return null;
            });
        }
        return file;
    }

    /** Opens, expects the problem, and checks the file and its folder are as they were. */
    private StoreOpenException refused(Path file, Problem problem) throws Exception {
        String before = Files.isRegularFile(file) ? Fixtures.sha256(file) : null;
        List<String> folderBefore = Fixtures.names(dir);
        StoreOpenException e = assertThrows(StoreOpenException.class, () -> TablebookStore.open(file, options()));
        assertEquals(problem, e.problem(), e.getMessage());
        if (before != null) {
            assertEquals(before, Fixtures.sha256(file), "the file's bytes changed");
        }
        List<String> folderAfter = Fixtures.names(dir).stream().filter(n -> !n.equals("backups")).toList();
        assertEquals(folderBefore.stream().filter(n -> !n.equals("backups")).toList(), folderAfter,
                "something was left beside the file");
        return e;
    }

    @Test
    void aMissingFile() throws Exception {
        Path file = dir.resolve("gone.tablebook");
        StoreOpenException e = refused(file, Problem.MISSING);
        assertEquals("There is no file at " + file + ". It may have been moved, renamed or deleted; choose it again.",
                e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void aZeroByteFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.tablebook"));
        StoreOpenException e = refused(file, Problem.NOT_SQLITE);
        assertEquals(file + " is empty (0 bytes), so it holds no negotiation. It is not a Tablebook file; choose "
                + "another file, or create a new negotiation.", e.getMessage());
        assertEquals(0, Files.size(file));
    }

    @Test
    void inSpanishAnEmptyFileAndANewerOneAreRefusedInSpanish() throws Exception {
        Path empty = Files.createFile(dir.resolve("vacio.tablebook"));
        Path file = tablebookFile("futuro.tablebook");
        int future = TablebookStore.SCHEMA_VERSION + 1;
        sqlite(file, "PRAGMA user_version = " + future);
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(org.tablebook.domain.Language.SPANISH.locale());
            assertEquals(empty + " está vacío (0 bytes), así que no contiene ninguna negociación. No es un archivo de "
                    + "Tablebook; elija otro archivo o cree una negociación nueva.",
                    refused(empty, Problem.NOT_SQLITE).getMessage());
            assertEquals("Este archivo lo creó una versión más nueva de Tablebook (esquema " + future + "); esta versión "
                    + "lee hasta el esquema " + TablebookStore.SCHEMA_VERSION + ". Actualice Tablebook para abrirlo.",
                    refused(file, Problem.NEWER_VERSION).getMessage());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.tablebook"));
        StoreOpenException e = refused(folder, Problem.NOT_SQLITE);
        assertEquals(folder + " is a folder, not a Tablebook file. Choose a .tablebook file.", e.getMessage());
    }

    @Test
    void aFileThatIsNotSqlite() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.tablebook"), "Minutes of the bargaining session\n".repeat(20));
        StoreOpenException e = refused(file, Problem.NOT_SQLITE);
        assertEquals(file + " is not a Tablebook file: it is not a database at all. Choose a .tablebook file.",
                e.getMessage());
    }

    @Test
    void aSqliteFileOfAnotherApplication() throws Exception {
        Path file = dir.resolve("photos.db");
        sqlite(file, "PRAGMA application_id = 305419896", "CREATE TABLE photo (id INTEGER PRIMARY KEY, path TEXT)",
                "INSERT INTO photo (path) VALUES ('a.jpg')");
        StoreOpenException e = refused(file, Problem.OTHER_APPLICATION);
        assertEquals(file + " belongs to another application (its application id is 0x12345678), not to Tablebook. "
                + "Tablebook has left it untouched; choose a .tablebook file.", e.getMessage());
    }

    @Test
    void aSqliteFileWithoutApplicationIdAndTablesThatAreNotOurs() throws Exception {
        Path file = dir.resolve("budget.sqlite");
        sqlite(file, "CREATE TABLE expense (id INTEGER PRIMARY KEY, amount REAL)",
                "INSERT INTO expense (amount) VALUES (12.5)");
        StoreOpenException e = refused(file, Problem.OTHER_APPLICATION);
        assertEquals(file + " is a database of another application, not a Tablebook file. Tablebook has left it "
                + "untouched; choose a .tablebook file.", e.getMessage());
    }

    @Test
    void anEmptySqliteDatabase() throws Exception {
        Path file = dir.resolve("blank.tablebook");
        sqlite(file, "CREATE TABLE t (x)", "DROP TABLE t");
        assertTrue(Files.size(file) > 0);
        StoreOpenException e = refused(file, Problem.OTHER_APPLICATION);
        assertEquals(file + " is an empty database with no negotiation in it, not a Tablebook file. Tablebook has "
                + "left it untouched; create a new negotiation instead.", e.getMessage());
    }

    @Test
    void aFileFromANewerTablebook() throws Exception {
        Path file = tablebookFile("future.tablebook");
        int future = TablebookStore.SCHEMA_VERSION + 1;
        sqlite(file, "PRAGMA user_version = " + future);
        assertEquals(future, FileHeader.read(file).userVersion());
        StoreOpenException e = refused(file, Problem.NEWER_VERSION);
        assertEquals("This file was made by a newer version of Tablebook (schema " + future + "); this version reads "
                + "up to schema " + TablebookStore.SCHEMA_VERSION + ". Update Tablebook to open it.", e.getMessage());
    }

    @Test
    void aReadOnlyFileOpensReadOnlyAndRefusesEveryWrite() throws Exception {
        Fixtures f = new Fixtures();
        Path file = tablebookFile("locked-down.tablebook");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        String before = Fixtures.sha256(file);
        List<String> folder = Fixtures.names(dir);
        try (TablebookStore store = TablebookStore.open(file, options())) {
            assertTrue(store.readOnly());
            assertEquals("locked-down.tablebook is read-only, so Tablebook opened it for reading only and cannot "
                    + "save changes to it. To work in it, make the file writable (or copy it) and open it again.",
                    store.readOnlyReason().orElseThrow());
            assertEquals(f.negotiation, store.loadSnapshot().negotiation());
            assertEquals(203, store.loadSnapshot().people().size());

            StoreException e = assertThrows(StoreException.class,
                    () -> Fixtures.insert(store, "Sam", Person.create("New", Side.OURS, PersonRole.STAFF, false,
                            Fixtures.at(90))));
            assertEquals("This change was not saved: " + store.readOnlyReason().orElseThrow(), e.getMessage());
            assertThrows(StoreException.class, () -> store.write("Sam", "Anything", w -> null));
            assertEquals(folder, Fixtures.names(dir), "no -wal, -shm or lock file beside a read-only file");
        }
        assertEquals(before, Fixtures.sha256(file));
        assertEquals(folder, Fixtures.names(dir));
        assertEquals(List.of(), Backups.list(dir.resolve("backups"), file), "nothing is written, so no backup");
    }

    @Test
    void aFileInAReadOnlyFolderOpensReadOnly() throws Exception {
        Path file = tablebookFile("shared.tablebook");
        Path folder = Files.createDirectory(dir.resolve("archive"));
        Path moved = Files.move(file, folder.resolve("shared.tablebook"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        String before = Fixtures.sha256(moved);
        try (TablebookStore store = TablebookStore.open(moved, options())) {
            assertTrue(store.readOnly());
            assertEquals("The folder of shared.tablebook is read-only, so Tablebook opened the file for reading only "
                    + "and cannot save changes to it. To work in it, copy it to a folder you can write to.",
                    store.readOnlyReason().orElseThrow());
            assertEquals(List.of("shared.tablebook"), Fixtures.names(folder));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(before, Fixtures.sha256(moved));
        assertEquals(List.of("shared.tablebook"), Fixtures.names(folder));
    }

    @Test
    void aDamagedFile() throws Exception {
        Path file = tablebookFile("damaged.tablebook");
        FileHeader header = FileHeader.read(file);
        long page = header.pageCount() / 2;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(page * header.pageSize());
            byte[] junk = new byte[header.pageSize()];
            java.util.Arrays.fill(junk, (byte) 0xA5);
            raf.write(junk);
        }
        StoreOpenException e = refused(file, Problem.DAMAGED);
        assertTrue(e.getMessage().startsWith(file + " is damaged: SQLite's integrity check found a problem ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("). Tablebook has not changed it. If you have a backup or an exported "
                + "copy, open that instead."), e.getMessage());
    }

    @Test
    void aDamagedFilePointsAtItsLatestBackup() throws Exception {
        Path file = tablebookFile("damaged.tablebook");
        TablebookStore.open(file, options()).close();
        Path backup = Backups.list(dir.resolve("backups"), file).get(0);
        FileHeader header = FileHeader.read(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((header.pageCount() - 2) * header.pageSize() + 8);
            raf.write("this is not a b-tree page at all, it is nonsense".repeat(20).getBytes(StandardCharsets.US_ASCII));
        }
        StoreOpenException e = refused(file, Problem.DAMAGED);
        assertTrue(e.getMessage().endsWith(". Tablebook has not changed it. Open the latest backup instead: " + backup
                + "."), e.getMessage());
        try (TablebookStore store = TablebookStore.open(backup, options())) {
            assertEquals(203, store.loadSnapshot().people().size(), "the backup it points at is whole");
        }
    }

    @Test
    void aTruncatedFile() throws Exception {
        Path file = tablebookFile("cut.tablebook");
        long full = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(full * 6 / 10);
        }
        StoreOpenException e = refused(file, Problem.DAMAGED);
        assertEquals(file + " is damaged: it is shorter than its own header says (" + full * 6 / 10 + " of " + full
                + " bytes), as if a copy was cut short. Tablebook has not changed it. If you have a backup or an "
                + "exported copy, open that instead.", e.getMessage());
    }

    @Test
    void aFileCutShortInsideItsHeader() throws Exception {
        Path file = tablebookFile("stub.tablebook");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50);
        }
        StoreOpenException e = refused(file, Problem.DAMAGED);
        assertEquals(file + " is damaged: it is cut short: only 50 bytes are left, not even its whole header. "
                + "Tablebook has not changed it. If you have a backup or an exported copy, open that instead.",
                e.getMessage());
    }

    @Test
    void aBackupFolderThatCannotBeMadeStopsTheOpenBeforeAnythingIsWritten() throws Exception {
        Path file = tablebookFile("riverside.tablebook");
        Path inTheWay = Files.writeString(dir.resolve("not-a-folder"), "x");
        String before = Fixtures.sha256(file);
        StoreOptions options = StoreOptions.defaults(clock, inTheWay);
        StoreOpenException e = assertThrows(StoreOpenException.class, () -> TablebookStore.open(file, options));
        assertEquals(Problem.UNREADABLE, e.problem());
        assertEquals("Tablebook could not make a backup of " + file + " in " + inTheWay + " before opening it, so it "
                + "has not opened it: a file is in the way at " + inTheWay + ". Choose another backup folder.",
                e.getMessage());
        assertEquals(before, Fixtures.sha256(file));
        assertFalse(Files.exists(StoreLock.pathFor(file)), "the lock is released");
        try (TablebookStore store = TablebookStore.open(file, options())) {
            assertFalse(store.readOnly());
        }
    }

    @Test
    void aLookAlikeOfAnotherApplicationIsNeitherClaimedNorSwitchedToWriteAheadLogging() throws Exception {
        // Tables named like ours, no application id, our schema version: still not ours.
        for (int version : List.of(2, 1)) {
            Path file = dir.resolve("look-alike-" + version + ".db");
            sqlite(file, "CREATE TABLE negotiation (id TEXT PRIMARY KEY, name TEXT)",
                    "CREATE TABLE audit_entry (seq INTEGER PRIMARY KEY, what TEXT)",
                    "INSERT INTO negotiation VALUES ('n-1', 'Other program')", "PRAGMA user_version = " + version);
            StoreOpenException e = refused(file, Problem.OTHER_APPLICATION);
            assertEquals(file + " is a database of another application, not a Tablebook file. Tablebook has left it "
                    + "untouched; choose a .tablebook file.", e.getMessage());
            FileHeader header = FileHeader.read(file);
            assertEquals(0, header.applicationId(), "our application id was not written into it");
            assertFalse(e.getMessage().contains("SQLITE"), e.getMessage());
            assertEquals(List.of(), Backups.list(dir.resolve("backups"), file), "nor was it backed up as ours");
        }
    }

    @Test
    void ourTablesWithAColumnMissingAndNoApplicationIdAreAnotherApplicationsToo() throws Exception {
        Path file = tablebookFile("ours.tablebook");
        Path copy = dir.resolve("stripped.db");
        Files.copy(file, copy);
        sqlite(copy, "PRAGMA application_id = 0", "ALTER TABLE demand DROP COLUMN title");
        refused(copy, Problem.OTHER_APPLICATION);
    }

    @Test
    void aFileWhoseAuditTrailTableWasDroppedIsDamagedAndNotOpenedForWork() throws Exception {
        Path file = tablebookFile("no-audit.tablebook");
        TablebookStore.open(file, options()).close();
        Path backup = Backups.list(dir.resolve("backups"), file).get(0);
        sqlite(file, "DROP TABLE audit_entry");
        StoreOpenException e = refused(file, Problem.DAMAGED);
        assertEquals(file + " is damaged: its table audit_entry is missing. Tablebook has not changed it. Open the "
                + "latest backup instead: " + backup + ".", e.getMessage());
        assertEquals(Problem.DAMAGED, assertThrows(StoreOpenException.class,
                () -> TablebookStore.openForReading(file, options())).problem());
    }

    @Test
    void aFileWithoutItsNegotiationTableIsDamagedNotARawDatabaseError() throws Exception {
        Path file = tablebookFile("no-negotiation.tablebook");
        sqlite(file, "PRAGMA foreign_keys = OFF", "DROP TABLE negotiation");
        StoreOpenException e = refused(file, Problem.DAMAGED);
        assertTrue(e.getMessage().startsWith(file + " is damaged: its table negotiation is missing."), e.getMessage());
        assertFalse(e.getMessage().contains("no such table"), e.getMessage());
    }

    @Test
    void anOlderFileThatAlreadyHasANewerColumnIsDamagedBeforeTheMigrationTouchesIt() throws Exception {
        // Version 1 by its number, with a column only version 2 adds: the migration would fail half-way
        // with "duplicate column name".
        Path file = tablebookFile("mixed.tablebook");
        Map<String, Set<String>> v1 = Schemas.expected(1);
        Map<String, Set<String>> latest = Schemas.expected(TablebookStore.SCHEMA_VERSION);
        Set<String> changed = latest.keySet().stream().filter(t -> !v1.getOrDefault(t, Set.of()).equals(latest.get(t)))
                .collect(java.util.stream.Collectors.toSet());
        sqlite(file, "PRAGMA user_version = 1");
        StoreOpenException e = refused(file, Problem.DAMAGED);
        assertTrue(e.getMessage().startsWith(file + " is damaged: "), e.getMessage());
        // It names what does not belong to version 1: a table later versions add or change.
        assertTrue(changed.stream().anyMatch(e.getMessage()::contains), e.getMessage());
        assertFalse(e.getMessage().contains("duplicate column"), e.getMessage());
    }

    @Test
    void aNamedPipeIsRefusedAtOnceAndNeverWaitedOn() throws Exception {
        Path pipe = mkfifo(dir.resolve("pipe.tablebook"));
        StoreOpenException e = refused(pipe, Problem.NOT_SQLITE);
        assertEquals(pipe + " is a named pipe, not a Tablebook file. Tablebook has left it untouched; choose a "
                + ".tablebook file.", e.getMessage());
        assertEquals(Problem.NOT_SQLITE, assertThrows(StoreOpenException.class,
                () -> TablebookStore.openForReading(pipe, options())).problem());
        Path link = Files.createSymbolicLink(dir.resolve("link.tablebook"), pipe);
        assertEquals(Problem.NOT_SQLITE, assertThrows(StoreOpenException.class,
                () -> TablebookStore.open(link, options())).problem());
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still a pipe");
    }

    @Test
    void aDeviceIsRefusedAndLeftAlone() throws Exception {
        Path device = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(device));
        StoreOpenException e = assertThrows(StoreOpenException.class, () -> TablebookStore.open(device, options()));
        assertEquals(Problem.NOT_SQLITE, e.problem());
        assertEquals("/dev/null is a device, not a Tablebook file. Tablebook has left it untouched; choose a "
                + ".tablebook file.", e.getMessage());
        assertFalse(Files.exists(Path.of("/dev/null.lock")), "no lock file was made beside it");
    }

    /** A named pipe, made with the system's mkfifo. */
    static Path mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is available");
        return path;
    }

    /** Runs statements on a file through plain JDBC, as another program would. */
    static void sqlite(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
