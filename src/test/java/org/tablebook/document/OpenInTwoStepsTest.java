package org.tablebook.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.store.StoreException;
import org.tablebook.store.StoreOpenException;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/** Start-up shows the file first and checks it next; nothing is written until the check is done. */
class OpenInTwoStepsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file() throws Exception {
        Path file = dir.resolve("n.tablebook");
        TablebookStore.create(file, Negotiation.create("Test", NegotiationKind.UNION_CONTRACT, CLOCK.instant()), "Sam",
                StoreOptions.defaults(CLOCK, dir.resolve("b"))).close();
        return file;
    }

    @Test
    void inSpanishAWriteBeforeTheCheckIsRefusedInSpanish() throws Exception {
        Path file = file();
        try (Workspace workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")))) {
            org.tablebook.testing.InSpanish.run(() -> {
                try {
                    workspace.openForShowing(file);
                } catch (StoreOpenException e) {
                    throw new AssertionError(e);
                }
                StoreException refused = assertThrows(StoreException.class,
                        () -> workspace.store().write("Sam", "Too early", w -> null));
                assertEquals("Este cambio no se guardó: Tablebook todavía está comprobando el archivo.",
                        refused.getMessage());
            });
        }
    }

    @Test
    void theFileIsShownBeforeItsCheckAndWritableOnlyAfter() throws Exception {
        Path file = file();
        try (Workspace workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")))) {
            Workspace.OpenedFile shown = workspace.openForShowing(file);
            assertTrue(shown.checking());
            assertTrue(workspace.store().readOnly(), "no write before the check");
            assertThrows(StoreException.class, () -> workspace.store().write("Sam", "Too early", w -> null));
            assertFalse(Files.exists(dir.resolve("backups")) && Files.list(dir.resolve("backups")).findAny().isPresent(),
                    "no backup yet");

            Workspace.OpenedFile checked = workspace.finishOpening().orElseThrow();
            assertSame(shown.snapshot(), checked.snapshot(), "the file did not change: nothing read twice");
            assertFalse(workspace.store().readOnly());
            assertTrue(Files.list(dir.resolve("backups")).findAny().isPresent(), "the backup is made");

            NegotiationDocument document = new NegotiationDocument(workspace, new ImmediateTaskRunner(), () -> "Sam");
            document.show(checked.snapshot());
            Person p = new Person(org.tablebook.domain.Ids.newId(), "Ana Abara", Side.OURS, PersonRole.STAFF, false,
                    true, CLOCK.instant(), CLOCK.instant());
            document.change("Add Ana", w -> {
                w.insert(p);
                return null;
            }, done -> { }, e -> {
                throw new AssertionError(e);
            });
            assertEquals(workspace.store().loadSnapshot(), document.snapshot());
            assertSame(checked.snapshot().demands(), document.snapshot().demands(), "followed, not read again");
        }
    }

    @Test
    void aFileThatFailsTheCheckIsClosedUnchanged() throws Exception {
        Path file = file();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("INSERT INTO proposal (id, demand_id, side, passed_on, session_id, kind, summary, text, "
                    + "created_at, updated_at) VALUES ('p1', 'no-such-demand', 'OURS', '" + LocalDate.of(2026, 3, 3)
                    + "', NULL, 'INITIAL', 'A pass', '', '2026-03-03T14:00:00.000000000Z', "
                    + "'2026-03-03T14:00:00.000000000Z')");
        }
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        try (Workspace workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")))) {
            Workspace.OpenedFile shown = workspace.openForShowing(file);
            assertTrue(shown.checking());
            StoreOpenException e = assertThrows(StoreOpenException.class, workspace::finishOpening);
            assertEquals(StoreOpenException.Problem.DAMAGED, e.problem());
            assertTrue(workspace.current().isEmpty(), "closed");
        }
        assertArrayEquals(before, MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)),
                "nothing written");
    }
}
