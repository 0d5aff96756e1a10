package org.tablebook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens SQLite connections to a file with the pragmas every Tablebook connection has. */
final class Connections {
    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private Connections() {
    }

    /**
     * A connection that cannot write. With no pending write-ahead log beside the file it is opened
     * {@code immutable=1}: SQLite then creates no -wal or -shm file and takes no locks, so the
     * folder is left exactly as it was. With a pending -wal (changes from a session that did not
     * close cleanly) that would ignore the last changes, so it is opened {@code mode=ro} instead,
     * which reads the log and may create the -shm index beside it; the file itself is never written.
     *
     * @param queryOnly also refuse {@code VACUUM INTO}, which the backup needs and the store does not
     */
    static Connection readOnly(Path file, boolean queryOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        String params = hasPendingWal(file) ? "?mode=ro" : "?mode=ro&immutable=1";
        Connection c = config.createConnection(url(file) + params);
        try (Sql sql = new Sql(c)) {
            sql.execute("PRAGMA foreign_keys = ON");
            if (queryOnly) {
                sql.execute("PRAGMA query_only = ON");
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * A second connection that only reads, beside the store's own on a file in write-ahead-log
     * mode (see {@link ReadAlongside}): it reads the log, takes a reader's share of the -shm index
     * the store's connection keeps, and writes nothing.
     */
    static Connection alongside(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        Connection c = config.createConnection(url(file) + "?mode=ro");
        try (Sql sql = new Sql(c)) {
            sql.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * A connection that may write; the file must exist. Write-ahead logging and
     * {@link #configureForWriting(Sql)} come after the caller has checked the file is ours.
     */
    static Connection readWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Ids are UUIDs: asking SQLite for the last rowid after every insert is wasted work.
        config.setGetGeneratedKeys(false);
        Connection c = config.createConnection(url(file));
        try (Sql sql = new Sql(c)) {
            sql.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** WAL journal and a full sync on commit: a committed change survives a power cut. */
    static void configureForWriting(Sql sql) throws SQLException {
        String mode = sql.pragma("journal_mode = WAL");
        if (!"wal".equalsIgnoreCase(mode)) {
            throw new SQLException("The file could not be switched to write-ahead logging (journal mode " + mode + ")");
        }
        sql.execute("PRAGMA synchronous = FULL");
        sql.execute("PRAGMA foreign_keys = ON");
    }

    /**
     * For filling a new file that is not in place yet: no write-ahead log and no sync on commit,
     * and a page cache large enough for a whole imported negotiation, so that its pages are
     * written once (not to the log, then again into the file) and not spilled half-way. The file
     * is synced before it is put in place, and thrown away if the filling fails, so a failure or
     * a killed process still leaves nothing at the target; its connection is closed before the
     * file is opened for work with {@link #configureForWriting(Sql)}.
     */
    static void configureForFilling(Sql sql) throws SQLException {
        String mode = sql.pragma("journal_mode = MEMORY");
        if (!"memory".equalsIgnoreCase(mode)) {
            throw new SQLException("The new file's journal could not be kept in memory (journal mode " + mode + ")");
        }
        sql.execute("PRAGMA synchronous = OFF");
        sql.execute("PRAGMA cache_size = -" + FILLING_CACHE_KB);
    }

    /** The page cache while a new file is filled, in KiB: a large import's pages all fit. */
    private static final int FILLING_CACHE_KB = 128 * 1024;

    static boolean hasPendingWal(Path file) {
        Path wal = sibling(file, "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** A SQLite URI, so that any character in the path (a space, a '?', a '#') is escaped. */
    private static String url(Path file) {
        return "jdbc:sqlite:file:" + file.toUri().getRawPath();
    }
}
