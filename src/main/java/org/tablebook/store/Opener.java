package org.tablebook.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Check;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.store.StoreOpenException.Problem;

/**
 * Opening and creating files, in an order that never changes a file that is not a healthy
 * Tablebook file of this version or older:
 * <ol>
 * <li>the 100-byte header, read with plain Java I/O: is it SQLite, ours, not from a newer version,
 * not cut short;</li>
 * <li>the sidecar lock (only when opening for writing);</li>
 * <li>a read-only connection: the same questions asked of SQLite (a write-ahead log may hold a newer
 * header), {@code integrity_check}, {@code foreign_key_check}, one negotiation; then the backup,
 * taken from that same connection;</li>
 * <li>only then a writable connection: write-ahead logging and the migrations.</li>
 * </ol>
 */
final class Opener {
    private Opener() {
    }

    /**
     * What every way of opening asks first, without SQLite: is there a file, is it not held by this
     * process, and does its 100-byte header say it is a healthy Tablebook file of this version or
     * older. Returns the absolute path.
     */
    private static Path checkBeforeOpening(Path given, StoreOptions options) throws StoreOpenException {
        Objects.requireNonNull(given, "file");
        Objects.requireNonNull(options, "options");
        Path file = given.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new StoreOpenException(Problem.NOT_SQLITE, file, Check.words("open.folder", file));
        }
        if (Files.notExists(file)) {
            throw new StoreOpenException(Problem.MISSING, file, Check.words("open.missing", file));
        }
        if (!Files.isRegularFile(file)) {
            // Refused before opening it: reading a named pipe would wait forever for a writer.
            throw new StoreOpenException(Problem.NOT_SQLITE, file, Check.words("open.special", file, OutputTarget.kind(file)));
        }
        try {
            // The real file, whatever name (a link, a path with "..") it was given by: the lock, the
            // write-ahead log and the backups all belong to it.
            file = file.toRealPath();
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (StoreLock.heldInThisProcess(file)) {
            // Refused before reading a byte: closing even a read-only descriptor of a file that SQLite
            // has open would drop its locks (POSIX).
            throw locked(file);
        }
        FileHeader header;
        try {
            header = FileHeader.read(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        checkHeader(file, header, options);
        return file;
    }

    static TablebookStore open(Path given, StoreOptions options) throws StoreOpenException {
        Path file = checkBeforeOpening(given, options);

        String readOnlyReason = readOnlyReason(file);
        StoreLock lock = null;
        Connection connection = null;
        try {
            if (readOnlyReason == null) {
                lock = acquire(file);
            }
            int version;
            try (Connection c = Connections.readOnly(file, false); Sql sql = new Sql(c)) {
                version = inspect(file, sql, options);
                if (readOnlyReason == null) {
                    backup(file, sql, options);
                }
            }
            if (readOnlyReason != null) {
                if (version < TablebookStore.SCHEMA_VERSION) {
                    throw new StoreOpenException(Problem.READ_ONLY, file, Check.words("open.olderReadOnly", file));
                }
                connection = Connections.readOnly(file, true);
            } else {
                connection = Connections.readWrite(file);
                try (Sql sql = new Sql(connection)) {
                    // Nothing has been written yet: ask once more on the connection that will write.
                    checkVersions(file, sql, options);
                    Connections.configureForWriting(sql);
                    Migrations.migrate(sql);
                    if (Integer.parseInt(sql.pragma("application_id")) == 0) {
                        // Our tables without our number: claim the file so the header alone says it is ours.
                        sql.execute("PRAGMA application_id = " + TablebookStore.APPLICATION_ID);
                    }
                }
            }
            return new TablebookStore(file, options, connection, lock, readOnlyReason);
        } catch (StoreOpenException | RuntimeException e) {
            closeQuietly(connection, lock);
            throw e;
        } catch (SQLException e) {
            closeQuietly(connection, lock);
            throw classify(file, e, readOnlyReason != null, options);
        }
    }

    /**
     * Opens a file for reading only, for the command line: the same checks as {@link #open}, but no
     * lock, no backup and no migration, so the file and its folder are left as they were. Another
     * Tablebook may have the file open meanwhile; reading alongside it is safe.
     */
    static TablebookStore openForReading(Path given, StoreOptions options) throws StoreOpenException {
        Path file = checkBeforeOpening(given, options);
        Connection connection = null;
        try {
            int version;
            try (Connection c = Connections.readOnly(file, true); Sql sql = new Sql(c)) {
                version = inspect(file, sql, options);
            }
            if (version < TablebookStore.SCHEMA_VERSION) {
                throw new StoreOpenException(Problem.READ_ONLY, file, Check.words("open.olderOpenInApp", file));
            }
            connection = Connections.readOnly(file, true);
            return new TablebookStore(file, options, connection, null, Check.words("open.readOnly.asked"));
        } catch (StoreOpenException | RuntimeException e) {
            closeQuietly(connection, null);
            throw e;
        } catch (SQLException e) {
            closeQuietly(connection, null);
            throw classify(file, e, true, options);
        }
    }

    /**
     * Opens a file only to show it while {@link #open} checks and backs it up: its header and
     * schema are checked, not its pages (the integrity check is {@link #open}'s), no lock is taken
     * and nothing is written. A file of an older schema is refused ({@code READ_ONLY}): it has to
     * be migrated by {@link #open} before it can be read.
     */
    static TablebookStore openForShowing(Path given, StoreOptions options) throws StoreOpenException {
        Path file = checkBeforeOpening(given, options);
        Connection connection = null;
        try {
            connection = Connections.readOnly(file, true);
            int version;
            try (Sql sql = new Sql(connection)) {
                version = checkVersions(file, sql, options);
            }
            if (version != TablebookStore.SCHEMA_VERSION) {
                throw new StoreOpenException(Problem.READ_ONLY, file, Check.words("open.upgradeFirst", file));
            }
            return new TablebookStore(file, options, connection, null, Check.words("open.readOnly.checking"));
        } catch (StoreOpenException | RuntimeException e) {
            closeQuietly(connection, null);
            throw e;
        } catch (SQLException e) {
            closeQuietly(connection, null);
            throw classify(file, e, true, options);
        }
    }

    static TablebookStore create(Path given, Negotiation negotiation, String actor, String label,
            StoreOptions options) throws StoreOpenException {
        Objects.requireNonNull(negotiation, "negotiation");
        return create(given, actor, label, options, w -> w.insert(negotiation));
    }

    /**
     * Creates a new file holding the whole negotiation, in one transaction: every record inserted
     * (so audited as CREATE) in an order that satisfies the references, each kind in the
     * snapshot's order. A snapshot that fails its consistency check is refused before any file is
     * made.
     */
    static TablebookStore createFrom(Path given, NegotiationSnapshot snapshot, String actor, String label,
            StoreOptions options) throws StoreOpenException {
        Objects.requireNonNull(snapshot, "snapshot");
        snapshot.checkConsistency();
        return create(given, actor, label, options, w -> snapshot.inCreationOrder().forEach(w::insert));
    }

    /** Creates a new file holding the negotiation and its audit trail exactly as a backup gives them. */
    static TablebookStore restore(Path given, NegotiationSnapshot snapshot, List<AuditEntry> trail, String actor,
            StoreOptions options) throws StoreOpenException {
        Objects.requireNonNull(snapshot, "snapshot");
        snapshot.checkConsistency();
        return create(given, actor, options, store -> store.restore(snapshot, trail));
    }

    /**
     * Creates the file, then runs {@code firstWrite} as its first action. Everything is written into
     * a hidden temporary file beside the target, which is put in place under the target's name only
     * once complete; so a failure, or a process killed half-way, leaves no file at the target that
     * would block a retry (only hidden debris, cleared by the next attempt at the same name).
     */
    private static TablebookStore create(Path given, String actor, String label, StoreOptions options,
            Consumer<Changes> firstWrite) throws StoreOpenException {
        return create(given, actor, options, store -> store.write(actor, label, w -> {
            firstWrite.accept(w);
            return null;
        }));
    }

    /** Creates the file, then runs {@code fill} on it; the file is removed if anything fails. */
    private static TablebookStore create(Path given, String actor, StoreOptions options,
            Consumer<TablebookStore> fill) throws StoreOpenException {
        Objects.requireNonNull(given, "file");
        Objects.requireNonNull(options, "options");
        Check.required("actor", "label.theUserName", actor);
        Path file = given.toAbsolutePath().normalize();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(file);
        }
        try {
            // A new file in a folder reached through a link belongs to the folder's real path.
            file = OutputTarget.forNewFile(file);
        } catch (OutputRefusedException e) {
            throw new StoreOpenException(Problem.UNREADABLE, file, e.getMessage());
        }
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (AccessDeniedException e) {
            throw folderReadOnly(file, e);
        } catch (IOException e) {
            throw new StoreOpenException(Problem.UNREADABLE, file, Check.words("open.folderNotCreated", dir, reason(e)), e);
        }
        if (!writable(dir)) {
            throw folderReadOnly(file, null);
        }
        StoreLock lock = acquire(file);
        // Holding the target's lock, no other creation of this name is under way: its debris can go.
        clearDebris(file);
        Path temp = dir.resolve("." + file.getFileName() + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + CREATING);
        Connection connection = null;
        TablebookStore store = null;
        boolean created = false;
        boolean placed = false;
        try {
            Files.createFile(temp);
            created = true;
            connection = Connections.readWrite(temp);
            try (Sql sql = new Sql(connection)) {
                Connections.configureForFilling(sql);
                Migrations.migrate(sql);
            }
            TablebookStore building = new TablebookStore(temp, options, connection, null, null);
            connection = null;
            try {
                fill.accept(building);
            } finally {
                // Closing writes what is left in the page cache into the file.
                building.close();
            }
            if (Connections.hasPendingWal(temp)) {
                throw new IOException("the new file's changes could not be written into it");
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            place(temp, file);
            placed = true;
            syncFolder(dir);
            connection = Connections.readWrite(file);
            try (Sql sql = new Sql(connection)) {
                Connections.configureForWriting(sql);
            }
            if (!lock.claimIdentity(file)) {
                throw new IOException("the new file is already open elsewhere");
            }
            store = new TablebookStore(file, options, connection, lock, null);
            return store;
        } catch (FileAlreadyExistsException e) {
            closeQuietly(connection, lock);
            if (created) {
                deleteQuietly(temp, e);
            }
            throw exists(file);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(connection, lock);
            if (created) {
                deleteQuietly(temp, e);
            }
            if (placed) {
                deleteQuietly(file, e);
            }
            if (e instanceof RuntimeException r && !(e instanceof StoreException)) {
                throw r;
            }
            if (e instanceof AccessDeniedException) {
                throw folderReadOnly(file, e);
            }
            String why = e instanceof SQLException s ? Failures.reason(s)
                    : e instanceof IOException io ? reason(io) + "."
                    : e.getMessage().replace(temp.getFileName().toString(), file.getFileName().toString());
            throw new StoreOpenException(Problem.UNREADABLE, file, Check.words("open.notCreated", file, why), e);
        }
    }

    private static final String CREATING = ".creating";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * Puts the finished file in place under its name, never over a file that appeared meanwhile: a
     * hard link fails if the name is taken; where links are not supported, a move that checks first.
     */
    private static void place(Path temp, Path file) throws IOException {
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            Files.move(temp, file);
            return;
        }
        Files.delete(temp);
    }

    /** Makes a rename or a link durable: the folder's entry is on the disk once this returns. */
    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every system can sync a folder; the rename itself is still atomic.
        }
    }

    /** Removes what a killed creation of {@code file} left: hidden temporary files and their logs. */
    private static void clearDebris(Path file) {
        String prefix = "." + file.getFileName() + "-";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(), p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && (name.endsWith(CREATING) || name.endsWith(CREATING + "-wal")
                    || name.endsWith(CREATING + "-shm") || name.endsWith(CREATING + "-journal"));
        })) {
            for (Path p : entries) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Debris that stays is hidden and blocks nothing.
        }
    }

    /** The decisions made from the header alone, before SQLite touches the file. */
    private static void checkHeader(Path file, FileHeader h, StoreOptions options) throws StoreOpenException {
        if (h.length() == 0) {
            throw new StoreOpenException(Problem.NOT_SQLITE, file, Check.words("open.empty", file));
        }
        if (!h.magic()) {
            if (h.magicPrefix()) {
                throw damaged(file, Check.phrase("open.why.cutShort", h.length()), options);
            }
            throw new StoreOpenException(Problem.NOT_SQLITE, file, Check.words("open.notADatabase", file));
        }
        if (h.applicationId() != TablebookStore.APPLICATION_ID && h.applicationId() != 0) {
            throw otherApplication(file, h.applicationId());
        }
        if (h.applicationId() == TablebookStore.APPLICATION_ID && h.userVersion() > TablebookStore.SCHEMA_VERSION) {
            throw newer(file, h.userVersion());
        }
        if (h.pageSize() == 0) {
            throw damaged(file, Check.phrase("open.why.header"), options);
        }
        if (h.expectedLength() > h.length() && !Connections.hasPendingWal(file)) {
            throw damaged(file, Check.phrase("open.why.shorter", h.length(), h.expectedLength()), options);
        }
    }

    /** Everything asked through the read-only connection; returns the file's schema version. */
    private static int inspect(Path file, Sql sql, StoreOptions options) throws SQLException, StoreOpenException {
        int version = checkVersions(file, sql, options);
        List<String> problems;
        try {
            problems = sql.list("PRAGMA integrity_check(5)", Sql.Row::text);
        } catch (SQLException e) {
            if (!isCorrupt(e)) {
                throw e;
            }
            problems = List.of("the database disk image is malformed");
        }
        if (!(problems.size() == 1 && problems.get(0).equals("ok"))) {
            throw damaged(file, Check.phrase("open.why.integrity", String.join("; ", problems)), options);
        }
        List<String> dangling = sql.list("PRAGMA foreign_key_check", Sql.Row::text);
        if (!dangling.isEmpty()) {
            throw damaged(file, Check.phrase("open.why.dangling", dangling.get(0)), options);
        }
        if (version == 0) {
            throw damaged(file, Check.phrase("open.why.noSchema"), options);
        }
        long negotiations = sql.count("SELECT count(*) FROM negotiation");
        if (negotiations != 1) {
            throw damaged(file, Check.phrase("open.why.negotiations", negotiations), options);
        }
        return version;
    }

    /**
     * The application id, schema version and schema as SQLite sees them, a pending write-ahead log
     * included. A file is ours only when its id is ours (or 0, for files from before the id was
     * written) and its tables and columns are exactly those of its version: nothing is written
     * into a file before this has said yes.
     */
    private static int checkVersions(Path file, Sql sql, StoreOptions options) throws SQLException, StoreOpenException {
        int applicationId = Integer.parseInt(sql.pragma("application_id"));
        int version = Integer.parseInt(sql.pragma("user_version"));
        if (applicationId != TablebookStore.APPLICATION_ID && applicationId != 0) {
            throw otherApplication(file, applicationId);
        }
        Map<String, Set<String>> schema = Schemas.of(sql);
        if (applicationId == 0) {
            if (schema.isEmpty()) {
                throw new StoreOpenException(Problem.OTHER_APPLICATION, file, Check.words("open.emptyDatabase", file));
            }
            if (version < 1 || version > TablebookStore.SCHEMA_VERSION
                    || !schema.equals(Schemas.expected(version))) {
                throw new StoreOpenException(Problem.OTHER_APPLICATION, file, Check.words("open.otherDatabase", file));
            }
        }
        if (version > TablebookStore.SCHEMA_VERSION) {
            throw newer(file, version);
        }
        if (version >= 1) {
            String difference = Schemas.difference(Schemas.expected(version), schema);
            if (difference != null) {
                throw damaged(file, difference, options);
            }
        }
        return version;
    }

    private static void backup(Path file, Sql sql, StoreOptions options) throws StoreOpenException, SQLException {
        // The negotiation's id goes into the backup's name, so backups are kept and offered per negotiation.
        String negotiationId = sql.one("SELECT id FROM negotiation", Sql.Row::text).orElse("");
        Path dir = options.backupDir().toAbsolutePath();
        try {
            Backups.make(sql, file, negotiationId, options);
        } catch (IOException | SQLException e) {
            String code = e instanceof SQLException s ? Failures.code(s) : "";
            String advice;
            if (code.startsWith("SQLITE_FULL")) {
                // SQLite's own reason would repeat the advice.
                advice = Check.phrase("open.backup.full");
            } else if (e instanceof AccessDeniedException || code.startsWith("SQLITE_READONLY")
                    || code.startsWith("SQLITE_CANTOPEN") || (Files.isDirectory(dir) && !writable(dir))) {
                advice = Check.phrase("open.backup.readOnly", dir);
            } else {
                advice = Check.phrase("open.backup.other",
                        e instanceof SQLException s ? Failures.reason(s) : reason((IOException) e) + ".");
            }
            throw new StoreOpenException(Problem.UNREADABLE, file, Check.words("open.backup", file, dir, advice), e);
        }
    }

    private static StoreLock acquire(Path file) throws StoreOpenException {
        StoreLock lock;
        try {
            lock = StoreLock.tryAcquire(file);
        } catch (IOException e) {
            throw new StoreOpenException(Problem.UNREADABLE, file, Check.words("open.lockFile", StoreLock.pathFor(file),
                    reason(e)), e);
        }
        if (lock == null) {
            throw locked(file);
        }
        return lock;
    }

    private static StoreOpenException locked(Path file) {
        return new StoreOpenException(Problem.LOCKED, file, Check.words("open.locked", file));
    }

    /**
     * Null when the file can be written. A file whose owner has no write permission counts as
     * read-only even for an administrator, who could otherwise write it anyway.
     */
    static String readOnlyReason(Path file) {
        if (!writable(file)) {
            return Check.phrase("open.readOnlyFile", file.getFileName());
        }
        if (!writable(file.getParent())) {
            return Check.words("open.readOnlyFolder", file.getFileName());
        }
        return null;
    }

    private static boolean writable(Path p) {
        if (!Files.isWritable(p)) {
            return false;
        }
        try {
            return Files.getPosixFilePermissions(p).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }

    private static StoreOpenException classify(Path file, SQLException e, boolean readOnly, StoreOptions options) {
        String code = Failures.code(e);
        if (isCorrupt(e)) {
            return damaged(file, Check.phrase("open.why.malformed"), options, e);
        }
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            return new StoreOpenException(Problem.LOCKED, file, Check.words("open.busy", file), e);
        }
        if (readOnly && Connections.hasPendingWal(file)) {
            return new StoreOpenException(Problem.READ_ONLY, file, Check.words("open.readOnlyWal", file,
                    Connections.sibling(file, "-wal").getFileName()), e);
        }
        if (code.startsWith("SQLITE_READONLY")) {
            return new StoreOpenException(Problem.READ_ONLY, file, Check.words("open.cannotPrepare", file), e);
        }
        return new StoreOpenException(Problem.UNREADABLE, file, Check.words("store.couldNotRead", file,
                Failures.reason(e)), e);
    }

    private static boolean isCorrupt(SQLException e) {
        String code = Failures.code(e);
        return code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB");
    }

    private static StoreOpenException unreadable(Path file, IOException e) {
        return new StoreOpenException(Problem.UNREADABLE, file, Check.words("open.unreadable", file, reason(e)), e);
    }

    private static StoreOpenException otherApplication(Path file, int applicationId) {
        return new StoreOpenException(Problem.OTHER_APPLICATION, file, Check.words("open.otherApplication", file,
                String.format("0x%08X", applicationId)));
    }

    private static StoreOpenException newer(Path file, int version) {
        return new StoreOpenException(Problem.NEWER_VERSION, file, Check.words("open.newer", String.valueOf(version),
                String.valueOf(TablebookStore.SCHEMA_VERSION)));
    }

    private static StoreOpenException damaged(Path file, String why, StoreOptions options) {
        return damaged(file, why, options, null);
    }

    private static StoreOpenException damaged(Path file, String why, StoreOptions options, Throwable cause) {
        List<Path> backups = Backups.list(options.backupDir(), file);
        String then = backups.isEmpty() ? Check.words("open.damaged.noBackup")
                : Check.words("open.damaged.latestBackup", backups.get(0));
        return new StoreOpenException(Problem.DAMAGED, file, Check.words("open.damaged", file, why, then), cause);
    }

    private static StoreOpenException exists(Path file) {
        return new StoreOpenException(Problem.UNREADABLE, file, Check.words("open.exists", file));
    }

    private static StoreOpenException folderReadOnly(Path file, Throwable cause) {
        return new StoreOpenException(Problem.READ_ONLY, file, Check.words("open.folderReadOnly", file), cause);
    }

    /** What went wrong, in words: Java's messages for file errors are often just the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Check.phrase("open.reason.denied");
        }
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return Check.phrase("open.reason.noSuchFile", Path.of(f.getFile()));
        }
        if (e instanceof FileAlreadyExistsException f) {
            return Check.phrase("open.reason.inTheWay", Path.of(f.getFile()));
        }
        if (e instanceof java.nio.file.NotDirectoryException f) {
            return Check.phrase("open.reason.notAFolder", Path.of(f.getFile()));
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String detail = e.getMessage();
        return detail == null || detail.isBlank() ? e.getClass().getSimpleName() : detail;
    }

    private static void closeQuietly(Connection connection, StoreLock lock) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing was written on it.
            }
        }
        if (lock != null) {
            lock.close();
        }
    }

    private static void deleteQuietly(Path file, Exception cause) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Connections.sibling(file, suffix));
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
