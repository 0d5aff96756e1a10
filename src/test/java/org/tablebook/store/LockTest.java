package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.store.StoreOpenException.Problem;

/** A file open for writing is held by its lock file against other windows and processes. */
class LockTest {
    /** A guard against a hung child, not a measurement. */
    private static final long CHILD_GUARD_SECONDS = 120;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixtures.T0);

    private Path tablebookFile() throws Exception {
        Path file = dir.resolve("riverside.tablebook");
        Fixtures f = new Fixtures();
        try (TablebookStore store = TablebookStore.create(file, f.negotiation, Fixtures.ACTOR,
                Fixtures.options(dir, clock))) {
            f.populate(store);
        }
        return file;
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedAndTheFirstGoesOn() throws Exception {
        Path file = tablebookFile();
        try (TablebookStore first = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            assertTrue(Files.exists(StoreLock.pathFor(file)));
            String before = Fixtures.sha256(file);
            StoreOpenException e = assertThrows(StoreOpenException.class,
                    () -> TablebookStore.open(file, Fixtures.options(dir, clock)));
            assertEquals(Problem.LOCKED, e.problem());
            assertEquals(file + " is already open in another Tablebook window. Switch to that window, or close the "
                    + "file there and open it again.", e.getMessage());
            assertEquals(before, Fixtures.sha256(file));

            // The refusal must not have dropped the first store's OS lock: another process is still kept out.
            assertEquals("LOCKED", runChild("try", file));

            Fixtures.insert(first, "Sam", Person.create("Still works", Side.OURS, PersonRole.STAFF, false,
                    Fixtures.at(40)));
        }
        assertFalse(Files.exists(StoreLock.pathFor(file)), "the lock file is deleted on close");
        try (TablebookStore again = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            assertEquals(4, again.loadSnapshot().people().size());
        }
    }

    @Test
    void aFileOpenInAnotherProcessIsRefusedAndUnharmed() throws Exception {
        Path file = tablebookFile();
        Process child = start("hold", file);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); Writer in = new OutputStreamWriter(child.getOutputStream(),
                        StandardCharsets.UTF_8)) {
            assertEquals("OPEN", CompletableFuture.supplyAsync(() -> readLine(out))
                    .get(CHILD_GUARD_SECONDS, TimeUnit.SECONDS));
            assertTrue(Files.exists(StoreLock.pathFor(file)));
            String before = Fixtures.sha256(file);

            StoreOpenException e = assertThrows(StoreOpenException.class,
                    () -> TablebookStore.open(file, Fixtures.options(dir, clock)));
            assertEquals(Problem.LOCKED, e.problem());
            assertEquals(file + " is already open in another Tablebook window. Switch to that window, or close the "
                    + "file there and open it again.", e.getMessage());
            assertEquals(before, Fixtures.sha256(file), "the refused open changed nothing");

            in.write("close\n");
            in.flush();
            assertEquals("CLOSED", CompletableFuture.supplyAsync(() -> readLine(out))
                    .get(CHILD_GUARD_SECONDS, TimeUnit.SECONDS));
            assertTrue(child.waitFor(CHILD_GUARD_SECONDS, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue());
        } finally {
            child.destroyForcibly();
        }
        assertFalse(Files.exists(StoreLock.pathFor(file)), "the child deleted its lock file on close");
        try (TablebookStore store = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            assertEquals(new Fixtures().snapshot(), store.loadSnapshot());
        }
    }

    @Test
    void aLockFileLeftByACrashDoesNotKeepTheFileClosed() throws Exception {
        Path file = tablebookFile();
        Files.writeString(StoreLock.pathFor(file), "Tablebook, process 999999, left behind\n");
        try (TablebookStore store = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            assertFalse(store.readOnly());
        }
        assertFalse(Files.exists(StoreLock.pathFor(file)));
    }

    @Test
    void noLinkOrRoundaboutPathOpensTheFileASecondTime() throws Exception {
        Path file = tablebookFile();
        Path symbolic = Files.createSymbolicLink(dir.resolve("sym.tablebook"), file);
        Path hard = Files.createLink(dir.resolve("hard.tablebook"), file);
        Path roundabout = Files.createDirectories(dir.resolve("sub")).resolve("../riverside.tablebook");
        try (TablebookStore first = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            String before = Fixtures.sha256(file);
            for (Path other : List.of(symbolic, hard, roundabout, Path.of(dir + "/./riverside.tablebook"))) {
                StoreOpenException e = assertThrows(StoreOpenException.class,
                        () -> TablebookStore.open(other, Fixtures.options(dir, clock)), other.toString());
                assertEquals(Problem.LOCKED, e.problem(), other.toString());
                assertTrue(TablebookStore.isInUse(other), other.toString());
            }
            // Another process is kept out by every name too.
            assertEquals("LOCKED", runChild("try", symbolic));
            assertEquals("LOCKED", runChild("try", hard));
            assertEquals(before, Fixtures.sha256(file));
            assertFalse(Files.exists(dir.resolve("hard.tablebook-wal")), "nothing was written beside the hard link");
        }
        // Opened by the hard link's name first, the file is held against its other name.
        try (TablebookStore byHardLink = TablebookStore.open(hard, Fixtures.options(dir, clock))) {
            assertEquals(Problem.LOCKED, assertThrows(StoreOpenException.class,
                    () -> TablebookStore.open(file, Fixtures.options(dir, clock))).problem());
            assertEquals("LOCKED", runChild("try", file));
        }
        try (TablebookStore bySymbolicLink = TablebookStore.open(symbolic, Fixtures.options(dir, clock))) {
            assertEquals(file.toRealPath(), bySymbolicLink.file(), "the store works on the real file");
        }
    }

    private Process start(String mode, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, LockHolder.class.getName(), mode,
                file.toString(), dir.resolve("child-backups").toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private String runChild(String mode, Path file) throws Exception {
        Process child = start(mode, file);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(CHILD_GUARD_SECONDS, TimeUnit.SECONDS);
            assertTrue(child.waitFor(CHILD_GUARD_SECONDS, TimeUnit.SECONDS));
            return line;
        } finally {
            child.destroyForcibly();
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
