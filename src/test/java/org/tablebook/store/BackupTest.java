package org.tablebook.store;

import org.tablebook.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Side;

/** The rolling backups made before a file is opened for writing. */
class BackupTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixtures.T0);

    private Path tablebookFile(Fixtures f) throws Exception {
        Path file = dir.resolve("riverside.tablebook");
        try (TablebookStore store = TablebookStore.create(file, f.negotiation, Fixtures.ACTOR,
                Fixtures.options(dir, clock))) {
            f.populate(store);
        }
        return file;
    }

    @Test
    void elevenOpensKeepTheTenNewestBackupsNewestFirst() throws Exception {
        Path file = tablebookFile(new Fixtures());
        Path backups = dir.resolve("backups");
        for (int i = 0; i < 11; i++) {
            clock.advance(Duration.ofMinutes(1));
            TablebookStore.open(file, Fixtures.options(dir, clock)).close();
        }
        List<Path> kept = Backups.list(backups, file);
        assertEquals(10, kept.size());
        // Opens at 09:01 .. 09:11 (plus the fixture's .123 seconds); the one of 09:01 is gone.
        assertEquals("riverside-20260302-091100-123", withoutIdentity(kept.get(0)));
        assertEquals("riverside-20260302-090200-123", withoutIdentity(kept.get(9)));
        assertEquals(kept.stream().map(p -> p.getFileName().toString()).sorted(java.util.Comparator.reverseOrder())
                .toList(), kept.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(10, Fixtures.names(backups).size(), "nothing else is left in the backup folder");
    }

    @Test
    void aBackupOpensAndHoldsTheNegotiationAsItWasWhenTheFileWasOpened() throws Exception {
        Fixtures f = new Fixtures();
        Path file = tablebookFile(f);
        NegotiationSnapshot asOpened;
        try (TablebookStore store = TablebookStore.open(file, Fixtures.options(dir, clock))) {
            asOpened = store.loadSnapshot();
            Fixtures.insert(store, "Sam Ortiz", Demand.create("U-99", "Added after the backup", Side.OURS,
                    Fixtures.at(50)));
        }
        List<Path> backups = Backups.list(dir.resolve("backups"), file);
        assertEquals(1, backups.size());
        assertEquals(f.snapshot(), asOpened);

        StoreOptions elsewhere = StoreOptions.defaults(clock, dir.resolve("backups-of-backups"));
        try (TablebookStore backup = TablebookStore.open(backups.get(0), elsewhere)) {
            assertEquals(asOpened, backup.loadSnapshot());
            assertEquals(f.snapshot().demands().size(), backup.loadSnapshot().demands().size());
            assertFalse(backup.readOnly());
        }
        assertEquals(FileHeader.read(file).applicationId(), FileHeader.read(backups.get(0)).applicationId());
    }

    @Test
    void twoBackupsInTheSameMillisecondBothKeepTheirPlace() throws Exception {
        Path file = tablebookFile(new Fixtures());
        TablebookStore.open(file, Fixtures.options(dir, clock)).close();
        TablebookStore.open(file, Fixtures.options(dir, clock)).close();
        TablebookStore.open(file, Fixtures.options(dir, clock)).close();
        assertEquals(List.of("riverside-20260302-090000-123-3", "riverside-20260302-090000-123-2",
                "riverside-20260302-090000-123"),
                Backups.list(dir.resolve("backups"), file).stream().map(BackupTest::withoutIdentity).toList());
    }

    @Test
    void backupsOfOtherFilesAreNeitherListedNorRotated() throws Exception {
        Path file = tablebookFile(new Fixtures());
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Files.writeString(backups.resolve("riverside-east-20200101-000000-000.tablebook"), "other file's backup");
        Files.writeString(backups.resolve("riverside-20200101-000000-000.tablebook"), "an older version's backup");
        Files.writeString(backups.resolve("notes.txt"), "keep me");
        StoreOptions keepTwo = new StoreOptions(clock, backups, 2);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(1));
            TablebookStore.open(file, keepTwo).close();
        }
        assertEquals(2, Backups.list(backups, file).size());
        assertTrue(Files.exists(backups.resolve("riverside-east-20200101-000000-000.tablebook")));
        assertTrue(Files.exists(backups.resolve("riverside-20200101-000000-000.tablebook")));
        assertTrue(Files.exists(backups.resolve("notes.txt")));
        assertEquals(List.of(), Backups.list(dir.resolve("no-such-folder"), file));
    }

    @Test
    void twoNegotiationsWithTheSameFileNameKeepAndAreOfferedTheirOwnBackups() throws Exception {
        Path backups = dir.resolve("backups");
        Path usb = Files.createDirectories(dir.resolve("usb")).resolve("negotiation.tablebook");
        Path laptop = Files.createDirectories(dir.resolve("laptop")).resolve("negotiation.tablebook");
        TablebookStore.create(usb, new Fixtures().negotiation, Fixtures.ACTOR, Fixtures.options(dir, clock)).close();
        TablebookStore.create(laptop, Negotiation.create("Laptop copy", NegotiationKind.UNION_CONTRACT, Fixtures.T0),
                Fixtures.ACTOR, Fixtures.options(dir, clock)).close();
        clock.advance(Duration.ofMinutes(1));
        TablebookStore.open(usb, Fixtures.options(dir, clock)).close();
        for (int i = 0; i < 11; i++) {
            clock.advance(Duration.ofMinutes(1));
            TablebookStore.open(laptop, Fixtures.options(dir, clock)).close();
        }
        List<Path> ofUsb = Backups.list(backups, usb);
        assertEquals(1, ofUsb.size(), "the laptop's opens did not prune the USB file's only backup");
        assertEquals(10, Backups.list(backups, laptop).size());
        try (TablebookStore backup = TablebookStore.openForReading(ofUsb.get(0), Fixtures.options(dir, clock))) {
            assertEquals("neg-1", backup.loadSnapshot().negotiation().id());
        }

        OpenBadFileTest.sqlite(usb, "DROP TABLE audit_entry");
        StoreOpenException e = org.junit.jupiter.api.Assertions.assertThrows(StoreOpenException.class,
                () -> TablebookStore.open(usb, Fixtures.options(dir, clock)));
        assertTrue(e.getMessage().endsWith("Open the latest backup instead: " + ofUsb.get(0) + "."), e.getMessage());
    }

    @Test
    void anotherNegotiationPutAtTheSamePathIsPrunedApart() throws Exception {
        Path backups = dir.resolve("backups");
        Path file = dir.resolve("riverside.tablebook");
        StoreOptions keepTwo = new StoreOptions(clock, backups, 2);
        TablebookStore.create(file, new Fixtures().negotiation, Fixtures.ACTOR, keepTwo).close();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(1));
            TablebookStore.open(file, keepTwo).close();
        }
        Files.delete(file);
        TablebookStore.create(file, Negotiation.create("Next round", NegotiationKind.UNION_CONTRACT, Fixtures.T0),
                Fixtures.ACTOR, keepTwo).close();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(1));
            TablebookStore.open(file, keepTwo).close();
        }
        assertEquals(4, Backups.list(backups, file).size(), "two of each negotiation");
        // Opened by a link, the file's backups are still its own.
        Path link = Files.createSymbolicLink(dir.resolve("link.tablebook"), file);
        assertEquals(Backups.list(backups, file), Backups.list(backups, link));
    }

    /** A backup's name without the fingerprints of its file and negotiation: its stem, time and counter. */
    static String withoutIdentity(Path backup) {
        String name = backup.getFileName().toString();
        assertTrue(name.matches(".*-[0-9a-f]{8}-[0-9a-f]{8}\\.tablebook"), name);
        return name.substring(0, name.length() - "-01234567-01234567.tablebook".length());
    }
}
