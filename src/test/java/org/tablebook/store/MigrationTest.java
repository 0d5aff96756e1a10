package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema's numbered migrations and the version stamps they leave in the file. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsMigratedToTheLatestVersion() throws Exception {
        Path file = dir.resolve("empty.tablebook");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Sql sql = new Sql(c)) {
            assertEquals(0, Migrations.migrate(sql), "it was at version 0");
            assertEquals(String.valueOf(TablebookStore.SCHEMA_VERSION), sql.pragma("user_version"));
            assertEquals(String.valueOf(TablebookStore.APPLICATION_ID), sql.pragma("application_id"));
            assertEquals(List.of("audit_entry", "classification", "compliance_item", "contract_section", "cost_item",
                    "costing_baseline", "demand", "information_request", "negotiation",
                    "person", "proposal", "ratification", "ratification_agreement", "report_back",
                    "rule_acknowledgement", "section_language", "session_attendee", "sidebar", "sidebar_agenda",
                    "sidebar_attendee", "sidebar_start", "sidebar_start_join", "sidebar_start_present",
                    "sidebar_start_unmet", "sidebar_topic", "table_session", "tentative_agreement"),
                    sql.list("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", Sql.Row::text));
            assertEquals(TablebookStore.SCHEMA_VERSION, Migrations.migrate(sql), "a second run finds nothing to do");
        }
        FileHeader header = FileHeader.read(file);
        assertEquals(TablebookStore.SCHEMA_VERSION, header.userVersion());
        assertEquals(0x54424B31, header.applicationId());
    }

    @Test
    void aCreatedFileCarriesTheApplicationIdVersionAndWriteAheadLog() throws Exception {
        Path file = dir.resolve("new.tablebook");
        Fixtures f = new Fixtures();
        TablebookStore.create(file, f.negotiation, Fixtures.ACTOR, Fixtures.options(dir, new MutableClock(Fixtures.T0)))
                .close();
        FileHeader header = FileHeader.read(file);
        assertEquals(TablebookStore.APPLICATION_ID, header.applicationId());
        assertEquals(TablebookStore.SCHEMA_VERSION, header.userVersion());
        byte[] raw = Files.readAllBytes(file);
        assertEquals(2, raw[18], "write version 2 is WAL");
        assertEquals("TBK1", new String(raw, 68, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(List.of("new.tablebook"), Fixtures.names(dir), "closing folds the log back in");
    }

    @Test
    void migrationsAreNumberedFromOneInOrder() {
        // Numbers are handed out per feature branch (costing holds 4, the rules 6, while 3 and 5 are being written), so
        // the list may have a gap until the branches meet; it never goes back or repeats.
        Pattern name = Pattern.compile("V(\\d{3})__[a-z0-9_]+\\.sql");
        assertEquals(1, Migrations.ALL.get(0).version());
        int previous = 0;
        for (int i = 0; i < Migrations.ALL.size(); i++) {
            Migrations.Migration m = Migrations.ALL.get(i);
            assertTrue(m.version() > previous, m.resource());
            previous = m.version();
            var matcher = name.matcher(m.resource());
            assertTrue(matcher.matches(), m.resource());
            assertEquals(m.version(), Integer.parseInt(matcher.group(1)));
            assertFalse(m.sql().isBlank());
        }
        assertEquals(TablebookStore.SCHEMA_VERSION, Migrations.latest());
    }

    @Test
    void aFailingMigrationLeavesTheFileAtItsVersion() throws Exception {
        Path file = dir.resolve("half.tablebook");
        List<Migrations.Migration> withBroken = List.of(Migrations.ALL.get(0),
                new Migrations.Migration(2, "V900__broken_for_tests.sql"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Sql sql = new Sql(c)) {
            assertThrows(SQLException.class, () -> Migrations.migrate(sql, withBroken));
            assertEquals("1", sql.pragma("user_version"), "version 1 committed, version 2 rolled back whole");
            assertEquals(0, sql.count("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"));
            assertEquals("1", sql.pragma("foreign_keys"), "foreign keys are back on");
        }
    }

    @Test
    void theAuditTrailIsAppendOnly() throws Exception {
        Path file = dir.resolve("audit.tablebook");
        Fixtures f = new Fixtures();
        TablebookStore.create(file, f.negotiation, Fixtures.ACTOR, Fixtures.options(dir, new MutableClock(Fixtures.T0)))
                .close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Sql sql = new Sql(c)) {
            SQLException update = assertThrows(SQLException.class, () -> sql.update("UPDATE audit_entry SET actor = 'x'"));
            assertTrue(update.getMessage().contains("The audit trail is append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> sql.update("DELETE FROM audit_entry"));
            assertEquals(1, sql.count("SELECT count(*) FROM audit_entry"));
        }
    }

    @Test
    void ourTablesWithoutOurApplicationIdAreClaimedOnOpen() throws Exception {
        Path file = dir.resolve("unstamped.tablebook");
        Fixtures f = new Fixtures();
        MutableClock clock = new MutableClock(Fixtures.T0);
        TablebookStore.create(file, f.negotiation, Fixtures.ACTOR, Fixtures.options(dir, clock)).close();
        OpenBadFileTest.sqlite(file, "PRAGMA application_id = 0");
        assertEquals(0, FileHeader.read(file).applicationId());
        try (TablebookStore store = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            assertEquals(f.negotiation, store.loadSnapshot().negotiation());
        }
        assertEquals(TablebookStore.APPLICATION_ID, FileHeader.read(file).applicationId());
    }
}
