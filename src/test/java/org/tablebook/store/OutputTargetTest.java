package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an export or an import may write, checked on real files, links and pipes in a temporary folder. */
class OutputTargetTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixtures.T0);

    private Path negotiation(String name) throws Exception {
        Path file = dir.resolve(name);
        TablebookStore.create(file, new Fixtures().negotiation, Fixtures.ACTOR, Fixtures.options(dir, clock)).close();
        return file;
    }

    private String refusedForExport(Path target, Path... protectedFiles) {
        return assertThrows(OutputRefusedException.class,
                () -> OutputTarget.forExport(target, List.of(protectedFiles)), target.toString()).getMessage();
    }

    @Test
    void inSpanishAPlaceThatIsTakenIsRefusedInSpanishWithItsNameAsTyped() throws Exception {
        Path taken = Files.writeString(dir.resolve("resumen.pdf"), "x");
        Path folder = Files.createDirectory(dir.resolve("carpeta"));
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(org.tablebook.domain.Language.SPANISH.locale());
            assertEquals(taken + " ya existe (un archivo); Tablebook no lo va a sobrescribir. Elija un nombre que no "
                    + "esté en uso.", assertThrows(OutputRefusedException.class,
                            () -> OutputTarget.forNewFile(taken)).getMessage());
            Path relative = Path.of("").toAbsolutePath().relativize(folder);
            assertEquals(relative + " es una carpeta. Elija un nombre de archivo dentro de ella.",
                    assertThrows(OutputRefusedException.class,
                            () -> OutputTarget.forExport(relative, List.of())).getMessage());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void theNegotiationItselfIsRefusedByEveryNameItHas() throws Exception {
        Path file = negotiation("neg.tablebook");
        Path symbolic = Files.createSymbolicLink(dir.resolve("sym.html"), file);
        Path hard = Files.createLink(dir.resolve("hard.html"), file);
        Files.createDirectories(dir.resolve("sub"));
        for (Path target : List.of(file, Path.of(dir + "/./neg.tablebook"), dir.resolve("sub/../neg.tablebook"),
                symbolic, hard)) {
            String message = refusedForExport(target, file);
            assertTrue(message.startsWith(target + " is the negotiation file itself"), message);
        }
        // A hard link renamed to look like an export is the negotiation all the same, even unprotected.
        assertTrue(refusedForExport(hard).contains("is a Tablebook negotiation file"));
    }

    @Test
    void anyTablebookFileAndItsSidecarsAreRefused() throws Exception {
        Path file = negotiation("neg.tablebook");
        Path other = negotiation("other.tablebook");
        Path renamed = dir.resolve("report.pdf");
        Files.copy(other, renamed);
        assertTrue(refusedForExport(other, file).contains("is a Tablebook negotiation file"));
        assertTrue(refusedForExport(renamed, file).contains("is a Tablebook negotiation file"),
                "recognised by its application id, not its name");
        for (String sidecar : List.of("-wal", "-shm", "-journal", ".lock")) {
            Path target = dir.resolve("other.tablebook" + sidecar);
            assertTrue(refusedForExport(target, file).contains("belongs to the negotiation"), sidecar);
        }
    }

    @Test
    void onlyOrdinaryFilesAreWrittenAndLinksLeadToTheirFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        assertEquals(folder + " is a folder. Choose a file name inside it.", refusedForExport(folder));
        Path pipe = OpenBadFileTest.mkfifo(dir.resolve("pipe.html"));
        assertEquals(pipe + " is a named pipe, not an ordinary file. Tablebook writes only into ordinary files; "
                + "choose another name.", refusedForExport(pipe));
        if (Files.exists(Path.of("/dev/full"))) {
            assertTrue(refusedForExport(Path.of("/dev/full")).startsWith("/dev/full is a device"));
        }
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.html"), dir.resolve("nowhere.html"));
        assertTrue(refusedForExport(dangling).contains("which does not exist"));

        Path existing = Files.writeString(dir.resolve("old.html"), "old export");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), existing);
        assertEquals(existing.toRealPath(), OutputTarget.forExport(link, List.of()), "the file behind the link");
        assertEquals(dir.toRealPath().resolve("new/deeper/x.html"),
                OutputTarget.forExport(dir.resolve("new/./deeper/../deeper/x.html"), List.of()));
    }

    @Test
    void aNewFileIsMadeOnlyWhereNothingIs() throws Exception {
        Path taken = Files.writeString(dir.resolve("taken.tablebook"), "x");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.tablebook"), dir.resolve("nowhere"));
        Path pipe = OpenBadFileTest.mkfifo(dir.resolve("pipe.tablebook"));
        for (Path target : List.of(taken, dangling, pipe, dir)) {
            String message = assertThrows(OutputRefusedException.class, () -> OutputTarget.forNewFile(target))
                    .getMessage();
            assertTrue(message.startsWith(target + " already exists"), message);
        }
        assertEquals(dir.toRealPath().resolve("fresh.tablebook"), OutputTarget.forNewFile(dir.resolve("fresh.tablebook")));
    }

    @Test
    void aCreateOverAPipeOrThroughADanglingLinkIsRefusedAndLeavesThemAlone() throws Exception {
        Path pipe = OpenBadFileTest.mkfifo(dir.resolve("pipe.tablebook"));
        StoreOpenException e = assertThrows(StoreOpenException.class, () -> TablebookStore.create(pipe,
                new Fixtures().negotiation, Fixtures.ACTOR, Fixtures.options(dir, clock)));
        assertTrue(e.getMessage().startsWith("There is already a file at " + pipe), e.getMessage());
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still a pipe");
    }
}
