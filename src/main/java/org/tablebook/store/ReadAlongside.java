package org.tablebook.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.tablebook.domain.Entity;

/**
 * Reads most of the largest table of a snapshot (the passes) on a second connection and thread
 * while the store's own connection reads the other tables and the last rows of that one: on two
 * cores a large file is read in about half the time.
 *
 * <p>The snapshot stays one state of the file. The second connection notes the file's
 * {@code data_version} before the store's read transaction starts, and again inside its own read
 * transaction, which starts after the store's: when the two differ, something was committed in
 * between, and the table is read on the store's own connection instead. When they are equal,
 * nothing was committed from before the store's transaction started until after the second one
 * did, so both see the same state.
 *
 * <p>Only for a store that writes: its file is in write-ahead-log mode, where readers do not block
 * each other, and a second read-only connection changes nothing beside it. Both connections and
 * the thread are held from the first large read to {@link #close}.
 */
final class ReadAlongside implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ReadAlongside.class.getName());
    /** A table with fewer rows than this is not worth a second connection. */
    static final long FROM_ROWS = 5_000;
    /**
     * How much of the table the store's own connection reads after its other tables, in percent
     * of the highest rowid, counted back from the last row: on the stress file the passes are
     * about three fifths of the reading, and the two threads finish together when the store's
     * connection takes the last eighth of them (a tenth of the highest rowid).
     */
    private static final long LEFT_TO_OWN_PERCENT = 10;

    private final Path file;
    private long fromRows = FROM_ROWS;
    private Connection connection;
    private Sql sql;
    private ExecutorService thread;
    /** Set after the second connection could not be opened: every read is then made on the store's own. */
    private boolean unavailable;
    private Runnable beforeBegin = () -> {
    };
    private Runnable afterBegin = () -> {
    };
    private final AtomicInteger readAlongside = new AtomicInteger();
    private final AtomicInteger readOnOwn = new AtomicInteger();

    ReadAlongside(Path file) {
        this.file = file;
    }

    /**
     * Prepares to read {@code table} alongside, on the store's connection {@code own} outside any
     * transaction (before its read transaction starts); null when the table is better read on
     * {@code own} (small, or no second connection to be had). Then {@link Read#start} once the
     * store's read transaction has read something, and {@link Read#rows} for the rows.
     */
    <T extends Entity> Read<T> prepare(Sql own, Table<T> table) throws SQLException {
        long lastRowid = own.count("SELECT max(rowid) FROM " + table.name);
        if (unavailable || lastRowid < fromRows) {
            return null;
        }
        if (connection == null) {
            try {
                connection = Connections.alongside(file);
                sql = new Sql(connection);
                thread = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "Tablebook second reader");
                    t.setDaemon(true);
                    return t;
                });
            } catch (SQLException e) {
                // Not an error for the person: the table is read on the store's connection, as it
                // always can be, and no second connection is tried again. Logged, as the reason
                // the file reads more slowly.
                LOG.log(Level.INFO, "No second connection to read " + file + " alongside: read on one", e);
                unavailable = true;
                close();
                return null;
            }
        }
        // The highest rowid is at least the number of rows (deleted ones leave gaps): a share of it,
        // counted back from the last row, is where the second connection stops. Any rowid splits
        // the table into two parts that make it whole; this one makes them about the right sizes.
        long split = own.one("SELECT rowid FROM " + table.name + " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                Sql.Row::longValue, lastRowid * LEFT_TO_OWN_PERCENT / 100).orElse(Long.MIN_VALUE);
        return new Read<>(table, dataVersion(), split);
    }

    private long dataVersion() throws SQLException {
        return Long.parseLong(sql.pragma("data_version"));
    }

    /** One table read alongside. */
    final class Read<T extends Entity> {
        private final Table<T> table;
        private final long versionBefore;
        /** The second connection reads the rows before this rowid, the store's own the rest. */
        private final long split;
        private Future<Table.Rows<T>> rows;

        private Read(Table<T> table, long versionBefore, long split) {
            this.table = table;
            this.versionBefore = versionBefore;
            this.split = split;
        }

        /** Starts the read on the second thread; the store's read transaction has started. */
        void start() {
            rows = thread.submit(() -> {
                beforeBegin.run();
                sql.execute("BEGIN");
                Table.Rows<T> read = null;
                try {
                    if (dataVersion() == versionBefore) {
                        afterBegin.run();
                        read = table.rowids(sql, Long.MIN_VALUE, split);
                    }
                } catch (SQLException | RuntimeException e) {
                    Migrations.rollbackQuietly(sql, e);
                    throw e;
                }
                sql.execute("COMMIT");
                return read;
            });
        }

        /** The rows: read alongside, or on {@code own} when something was committed in between. */
        List<T> rows(Sql own) throws SQLException {
            Table.Rows<T> first;
            try {
                first = await();
            } catch (SQLException | RuntimeException e) {
                // The second read is only a shortcut: the store's own connection can read the whole
                // table, and a file that is really unreadable fails there, with the person told.
                LOG.log(Level.WARNING, "Reading " + table.name + " alongside failed; read on the store's connection", e);
                first = null;
            }
            if (first == null) {
                readOnOwn.incrementAndGet();
                return table.list(own);
            }
            Table.Rows<T> rest = table.rowids(own, split, Long.MAX_VALUE);
            readAlongside.incrementAndGet();
            return Table.joinedInCreationOrder(List.of(first, rest));
        }

        /** Waits for a read the store gives up on, so that the second connection is idle again; its failure goes with {@code cause}. */
        void abandon(Throwable cause) {
            if (rows == null) {
                return;
            }
            try {
                await();
            } catch (SQLException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }

        private Table.Rows<T> await() throws SQLException {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return rows.get();
                    } catch (InterruptedException e) {
                        // The second connection must be idle before the store goes on: wait, then say so.
                        interrupted = true;
                    }
                }
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof SQLException s) {
                    throw s;
                }
                if (c instanceof RuntimeException r) {
                    throw r;
                }
                if (c instanceof Error r) {
                    throw r;
                }
                throw new IllegalStateException(c);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** For tests: tables from this many rows are read alongside. */
    void fromRows(long rows) {
        fromRows = rows;
    }

    /** For tests: run on the second thread before its read transaction starts, and once it has. */
    void hooks(Runnable beforeBegin, Runnable afterBegin) {
        this.beforeBegin = beforeBegin;
        this.afterBegin = afterBegin;
    }

    /** How many tables were read alongside, and how many on the store's connection after all. */
    int readAlongside() {
        return readAlongside.get();
    }

    int readOnOwn() {
        return readOnOwn.get();
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdown();
            thread = null;
        }
        if (sql != null) {
            sql.close();
            sql = null;
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // A read-only connection with nothing pending: there is nothing to lose in closing it.
            }
            connection = null;
        }
    }
}
