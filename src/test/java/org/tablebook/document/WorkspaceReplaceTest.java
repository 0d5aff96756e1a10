package org.tablebook.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/** Writing a new negotiation over a file (the sample) goes to the real file, never over a link. */
class WorkspaceReplaceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T15:00:00Z"), ZoneId.of("America/Chicago"));

    @TempDir
    Path dir;

    @Test
    void replacingThroughALinkReplacesTheFileBehindItAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("usb")).resolve("sample.tablebook");
        Path link = dir.resolve("sample.tablebook");
        TablebookStore.createFrom(real, SampleNegotiation.build(CLOCK), "Dana", "Create",
                StoreOptions.defaults(CLOCK, dir.resolve("b"))).close();
        Files.createSymbolicLink(link, real);
        try (Workspace workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")))) {
            var opened = workspace.createReplacing(link, SampleNegotiation.build(CLOCK), "Dana", "Open the sample");
            assertEquals(real.toRealPath(), opened.file());
        }
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(real.toRealPath(), link.toRealPath());
        try (TablebookStore store = TablebookStore.openForReading(real, StoreOptions.defaults(CLOCK, dir.resolve("c")))) {
            assertEquals("Open the sample", store.audit().list().get(store.audit().list().size() - 1).label());
        }
    }
}
