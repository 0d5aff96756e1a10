package org.tablebook.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.tablebook.domain.AuditAction;
import org.tablebook.domain.AuditEntry;
import org.tablebook.domain.Check;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Ids;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.RowChange;
import org.tablebook.domain.ValidationException;

/**
 * One open {@code .tablebook} file: a SQLite database holding one negotiation and its audit trail.
 *
 * <p>Every change is one {@link #write} call: one transaction, committed at once (there is no Save),
 * each row it touches recorded in the audit trail under one change id. Reads see committed data;
 * {@link #loadSnapshot()} reads the whole negotiation in one transaction.
 *
 * <p>Opening never changes a file that is not a healthy Tablebook file: see {@link #open}. A file
 * open for writing is held by a sidecar lock file so that a second window or process is refused.
 *
 * <p>Thread-safe: calls are serialized on the store (SQLite has one writer anyway). Meant to be used
 * from one background thread, never the JavaFX thread.
 */
public final class TablebookStore implements AutoCloseable {
    /** "TBK1": the number in every Tablebook file's header that says it is ours. */
    public static final int APPLICATION_ID = 0x54424B31;
    /** The schema this version reads and writes; older files are migrated up to it. */
    public static final int SCHEMA_VERSION = 7;

    private final Path file;
    private final StoreOptions options;
    private final String readOnlyReason;
    private final Connection connection;
    private final Sql sql;
    private final StoreLock lock;
    private final Tables tables = new Tables();
    /** Reads the passes beside the store's connection on a large file; null on a store that does not write. */
    private final ReadAlongside alongside;
    private boolean closed;
    private boolean writing;
    /** How many actions this store has committed since it was opened. */
    private long version;
    /** What the latest actions wrote, oldest first, so that a snapshot can follow them without a read. */
    private final Deque<Committed> journal = new ArrayDeque<>();
    private static final int JOURNAL_LENGTH = 64;

    private final AuditRepository audit = new AuditRepository(this);
    private final ChangeHistory history = new ChangeHistory(this);

    TablebookStore(Path file, StoreOptions options, Connection connection, StoreLock lock, String readOnlyReason) {
        this.file = file;
        this.options = options;
        this.connection = connection;
        this.sql = new Sql(connection);
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
        this.alongside = readOnlyReason == null && Runtime.getRuntime().availableProcessors() > 1
                ? new ReadAlongside(file) : null;
    }

    /**
     * Opens an existing file. Refused, with the file left byte for byte as it was, when: there is
     * nothing at the path ({@code MISSING}); it is not a SQLite database, or is empty
     * ({@code NOT_SQLITE}); it is another application's database ({@code OTHER_APPLICATION}); a newer
     * Tablebook made it ({@code NEWER_VERSION}); it fails SQLite's integrity check or is cut short
     * ({@code DAMAGED}); it is open in another Tablebook window or process ({@code LOCKED}); it cannot
     * be read ({@code UNREADABLE}).
     *
     * <p>A read-only file (or one in a read-only folder) is opened read-only: {@link #readOnly()} is
     * true and every write is refused with a message. Otherwise a backup is made into
     * {@code options.backupDir()} before anything is written, then older schemas are migrated.
     */
    public static TablebookStore open(Path file, StoreOptions options) throws StoreOpenException {
        return Opener.open(file, options);
    }

    /**
     * Opens an existing file for reading only (the command line's {@code check} and
     * {@code export}): refused for the same reasons as {@link #open}, but it takes no lock, makes no
     * backup and never writes; every write on it is refused.
     */
    public static TablebookStore openForReading(Path file, StoreOptions options) throws StoreOpenException {
        return Opener.openForReading(file, options);
    }

    /**
     * Opens a file to show it at once, before {@link #open} has checked it: no integrity check, no
     * lock, no backup, nothing written; every write is refused. For start-up, which shows the
     * negotiation from this while {@link #open} runs; a file of another schema is refused.
     */
    public static TablebookStore openForShowing(Path file, StoreOptions options) throws StoreOpenException {
        return Opener.openForShowing(file, options);
    }

    /**
     * Creates a new file holding {@code negotiation} (its creation recorded in the audit trail by
     * {@code actor}). Refuses a path where a file already exists.
     */
    public static TablebookStore create(Path file, Negotiation negotiation, String actor, StoreOptions options)
            throws StoreOpenException {
        return create(file, negotiation, actor, "Create the negotiation", options);
    }

    /** {@link #create(Path, Negotiation, String, StoreOptions)}, with the action named {@code label}. */
    public static TablebookStore create(Path file, Negotiation negotiation, String actor, String label,
            StoreOptions options) throws StoreOpenException {
        return Opener.create(file, negotiation, actor, label, options);
    }

    /**
     * Creates a new file holding a whole negotiation (a sample, an imported backup), written in one
     * transaction: every record is recorded in the audit trail as created by {@code actor}, under
     * one change. {@link #loadSnapshot()} then gives back a snapshot equal to {@code snapshot} when
     * its lists are in creation order, as the store keeps them. Refuses a path where a file already
     * exists, and a snapshot that fails {@link NegotiationSnapshot#checkConsistency()} (with a
     * {@link ValidationException}, before any file is made); nothing is left behind on failure.
     */
    public static TablebookStore createFrom(Path file, NegotiationSnapshot snapshot, String actor,
            StoreOptions options) throws StoreOpenException {
        return createFrom(file, snapshot, actor, "Create the negotiation with all its records", options);
    }

    /** {@link #createFrom(Path, NegotiationSnapshot, String, StoreOptions)}, with the action named {@code label}. */
    public static TablebookStore createFrom(Path file, NegotiationSnapshot snapshot, String actor, String label,
            StoreOptions options) throws StoreOpenException {
        return Opener.createFrom(file, snapshot, actor, label, options);
    }

    /**
     * Creates a new file from a backup that carries its audit trail: the records and the trail are
     * put back exactly as they were (who recorded what, when, and which change undid which), so the
     * file reads as the one the backup was made from, undo history included. A backup with no trail
     * is created as {@link #createFrom(Path, NegotiationSnapshot, String, String, StoreOptions)}
     * does, its records recorded as created by {@code actor} under {@code label}.
     */
    public static TablebookStore createFrom(Path file, NegotiationSnapshot snapshot, List<AuditEntry> trail,
            String actor, String label, StoreOptions options) throws StoreOpenException {
        Objects.requireNonNull(trail, "trail");
        if (trail.isEmpty()) {
            return createFrom(file, snapshot, actor, label, options);
        }
        return Opener.restore(file, snapshot, trail, actor, options);
    }

    /**
     * Fills a new, empty file with the records and the trail, without writing any trail of its own,
     * in one transaction. Kinds go in after the kinds they point at.
     */
    void restore(NegotiationSnapshot snapshot, List<AuditEntry> trail) {
        synchronized (this) {
            ensureOpen();
            try {
                sql.execute("BEGIN IMMEDIATE");
                for (Entity e : snapshot.inCreationOrder()) {
                    insertRaw(tables.of(e.entityKind()), e);
                }
                for (AuditEntry row : trail) {
                    tables.audit.restore(sql, row);
                }
                sql.execute("COMMIT");
            } catch (SQLException e) {
                Migrations.rollbackQuietly(sql, e);
                throw new StoreException(Check.words("store.backupNotWritten", Failures.reason(e)), e);
            } catch (RuntimeException e) {
                Migrations.rollbackQuietly(sql, e);
                throw e;
            }
        }
    }

    private <E extends Entity> void insertRaw(Table<E> table, Entity e) throws SQLException {
        table.insert(sql, table.cast(e));
    }

    /**
     * Whether a Tablebook store, in this process or another, has the file open for writing now. A
     * file that is not there, or whose lock cannot be checked, is not in use.
     */
    public static boolean isInUse(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (StoreLock.heldInThisProcess(normalized)) {
            return true;
        }
        try (StoreLock lock = StoreLock.tryAcquire(normalized)) {
            return lock == null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public Path file() {
        return file;
    }

    public boolean readOnly() {
        return readOnlyReason != null;
    }

    /** Why the file was opened read-only, as a sentence for a banner; empty when it is writable. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    public StoreOptions options() {
        return options;
    }

    /**
     * The whole negotiation as it stands, read in one transaction, every list in creation order. On
     * a large file the passes are read on a second connection at the same time (see
     * {@link ReadAlongside}), in the same state of the file.
     */
    public NegotiationSnapshot loadSnapshot() {
        return read(sql -> {
            boolean own = !writing;
            ReadAlongside.Read<Proposal> passes = own && alongside != null ? alongside.prepare(sql, tables.proposals)
                    : null;
            if (own) {
                sql.execute("BEGIN");
            }
            try {
                List<Negotiation> negotiations = tables.negotiation.list(sql);
                if (negotiations.size() != 1) {
                    throw new StoreException(Check.phrase("store.severalNegotiations", file.getFileName(),
                            negotiations.size()));
                }
                if (passes != null) {
                    // The store's read transaction has read: the second one starts after it.
                    passes.start();
                }
                var people = tables.people.list(sql);
                var demands = tables.demands.list(sql);
                var sessions = tables.sessions.list(sql);
                var sidebars = tables.sidebars.list(sql);
                var topics = tables.topics.list(sql);
                var reportBacks = tables.reportBacks.list(sql);
                var agreements = tables.agreements.list(sql);
                var ratifications = tables.ratifications.list(sql);
                var informationRequests = tables.informationRequests.list(sql);
                var compliance = tables.compliance.list(sql);
                var acknowledgements = tables.acknowledgements.list(sql);
                var costingBaselines = tables.costingBaselines.list(sql);
                var classifications = tables.classifications.list(sql);
                var costItems = tables.costItems.list(sql);
                var starts = tables.starts.list(sql);
                var contractSections = tables.contractSections.list(sql);
                var sectionLanguage = tables.sectionLanguage.list(sql);
                List<Proposal> proposals = passes != null ? passes.rows(sql) : tables.proposals.list(sql);
                NegotiationSnapshot snapshot = new NegotiationSnapshot(negotiations.get(0), people, demands, proposals,
                        sessions, sidebars, topics, reportBacks, agreements, ratifications, informationRequests,
                        compliance, acknowledgements, costingBaselines, classifications, costItems, starts,
                        contractSections, sectionLanguage);
                if (own) {
                    sql.execute("COMMIT");
                }
                return snapshot;
            } catch (SQLException | RuntimeException e) {
                if (passes != null) {
                    passes.abandon(e);
                }
                if (own) {
                    Migrations.rollbackQuietly(sql, e);
                }
                throw e;
            }
        });
    }

    /** For tests: the second reader of a large table; null on a store that does not write. */
    ReadAlongside alongside() {
        return alongside;
    }

    /**
     * A snapshot and the {@link #version()} it reflects, read together: what {@link #changesSince}
     * then brings up to date.
     */
    public record VersionedSnapshot(NegotiationSnapshot snapshot, long version) {
    }

    /**
     * What committed actions wrote.
     *
     * @param version the store's version after the last of them
     * @param rows every record they created, changed or deleted, in the order written
     */
    public record Committed(long version, List<RowChange> rows) {
        public Committed {
            rows = List.copyOf(rows);
        }
    }

    /** {@link #loadSnapshot()} with the version it reflects. */
    public synchronized VersionedSnapshot loadVersionedSnapshot() {
        return new VersionedSnapshot(loadSnapshot(), version);
    }

    /** How many actions this store has committed since it was opened. */
    public synchronized long version() {
        return version;
    }

    /**
     * Every record the actions committed after {@code since} wrote, in order; empty when the store
     * no longer remembers that far back (then read the snapshot again).
     */
    public synchronized Optional<Committed> changesSince(long since) {
        if (since == version) {
            return Optional.of(new Committed(version, List.of()));
        }
        if (since > version || journal.isEmpty() || journal.peekFirst().version() > since + 1) {
            return Optional.empty();
        }
        List<RowChange> rows = new ArrayList<>();
        for (Committed c : journal) {
            if (c.version() > since) {
                rows.addAll(c.rows());
            }
        }
        return Optional.of(new Committed(version, rows));
    }

    /**
     * Runs one user action in one transaction: everything {@code work} writes through the
     * {@link Changes} is committed together, with one audit entry per row under one change id, or
     * rolled back together when anything fails (no audit entries either). {@code label} names the
     * action as the user would ("Log a pass"); {@code actor} is the user name.
     *
     * @throws ValidationException a failure the person can fix (a record still in use, say)
     * @throws StoreException the store is read-only or closed, or the database failed
     */
    public <T> T write(String actor, String label, Function<Changes, T> work) {
        return write(actor, label, null, work);
    }

    /**
     * A {@link #write} whose audit rows record that it reverts the change {@code revertsChangeId}:
     * how undo and redo are written (see {@link ChangeHistory}).
     */
    <T> T write(String actor, String label, String revertsChangeId, Function<Changes, T> work) {
        Objects.requireNonNull(work, "work");
        String who = Check.required("actor", "label.theUserName", actor);
        String what = Check.text("label", "label.theLabel", label);
        synchronized (this) {
            ensureOpen();
            if (readOnlyReason != null) {
                throw new StoreException(Check.words("store.readOnlyNotSaved", readOnlyReason));
            }
            if (writing) {
                throw new IllegalStateException("write(...) cannot be nested: do all of one action's work with the "
                        + "Changes it was given.");
            }
            writing = true;
            ChangeWriter writer = new ChangeWriter(Ids.newId(), what, options.clock().instant(), who,
                    revertsChangeId);
            try {
                sql.execute("BEGIN IMMEDIATE");
                T result = work.apply(writer);
                writer.flushAudit();
                sql.execute("COMMIT");
                remember(writer.rows);
                return result;
            } catch (SQLException e) {
                Migrations.rollbackQuietly(sql, e);
                throw Failures.notSaved(what, e);
            } catch (RuntimeException | Error e) {
                Migrations.rollbackQuietly(sql, e);
                throw e;
            } finally {
                writer.done = true;
                writing = false;
            }
        }
    }

    private void remember(List<RowChange> rows) {
        version++;
        journal.addLast(new Committed(version, rows));
        while (journal.size() > JOURNAL_LENGTH) {
            journal.removeFirst();
        }
    }

    public AuditRepository audit() {
        return audit;
    }

    /** Undo and redo of each person's own changes, read from the audit trail. */
    public ChangeHistory history() {
        return history;
    }

    /** Closes the file (SQLite folds the write-ahead log back into it) and releases the lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (alongside != null) {
            alongside.close();
        }
        sql.close();
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing is pending: every write was committed or rolled back.
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    Tables tables() {
        return tables;
    }

    /** Runs a read on the store's connection; database failures become a {@link StoreException}. */
    synchronized <T> T read(SqlWork<T> work) {
        ensureOpen();
        try {
            return work.run(sql);
        } catch (SQLException e) {
            throw new StoreException(Check.words("store.couldNotRead", file.getFileName(), Failures.reason(e)), e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException(Check.phrase("store.closed", file.getFileName()));
        }
    }

    /** Work on the connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Sql sql) throws SQLException;
    }

    /** The writer of one {@link #write} call. */
    private final class ChangeWriter implements Changes {
        private final String changeId;
        private final String label;
        private final Instant at;
        private final String actor;
        private final String reverts;
        private final List<RowChange> rows = new ArrayList<>();
        private boolean done;

        ChangeWriter(String changeId, String label, Instant at, String actor, String reverts) {
            this.changeId = changeId;
            this.label = label;
            this.at = at;
            this.actor = actor;
            this.reverts = reverts;
        }

        @Override
        public String changeId() {
            return changeId;
        }

        @Override
        public void insert(Entity e) {
            Objects.requireNonNull(e, "e");
            live();
            insert(tables.of(e.entityKind()), e);
        }

        @Override
        public void update(Entity e) {
            Objects.requireNonNull(e, "e");
            live();
            update(tables.of(e.entityKind()), e);
        }

        @Override
        public void delete(EntityRef ref) {
            Objects.requireNonNull(ref, "ref");
            live();
            delete(tables.of(ref.kind()), ref.id());
        }

        @Override
        public Optional<Entity> find(EntityRef ref) {
            Objects.requireNonNull(ref, "ref");
            live();
            try {
                return tables.of(ref.kind()).find(sql, ref.id()).map(Entity.class::cast);
            } catch (SQLException x) {
                throw failed(x);
            }
        }

        private <E extends Entity> void insert(Table<E> table, Entity raw) {
            E e = table.cast(raw);
            try {
                table.insert(sql, e);
            } catch (SQLException x) {
                throw Failures.onWrite(x, sql, table, e, label);
            }
            append(AuditAction.CREATE, table.kind, e.id(), null, json(e));
            rows.add(RowChange.created(e));
        }

        private <E extends Entity> void update(Table<E> table, Entity raw) {
            E e = table.cast(raw);
            try {
                E before = table.find(sql, e.id()).orElseThrow(() -> gone(table.kind));
                if (before.equals(e)) {
                    return;
                }
                table.update(sql, e);
                append(AuditAction.UPDATE, table.kind, e.id(), json(before), json(e));
                rows.add(RowChange.updated(before, e));
            } catch (SQLException x) {
                throw Failures.onWrite(x, sql, table, e, label);
            }
        }

        private <E extends Entity> void delete(Table<E> table, String id) {
            E before;
            try {
                before = table.find(sql, id).orElseThrow(() -> gone(table.kind));
                table.checkDeletable(sql, before);
                table.delete(sql, id);
            } catch (SQLException x) {
                throw Failures.onDelete(x, label);
            }
            append(AuditAction.DELETE, table.kind, id, json(before), null);
            rows.add(RowChange.deleted(before));
        }

        /**
         * The action's audit rows wait here and are written together before the commit, in order
         * (a whole imported negotiation is tens of thousands of them).
         */
        private final List<AuditEntry> audit = new ArrayList<>();

        private void append(AuditAction action, EntityKind kind, String id, String before, String after) {
            audit.add(new AuditEntry(0, changeId, label, at, actor, kind, id, action, before, after));
        }

        void flushAudit() {
            try {
                tables.audit.appendAll(sql, audit, reverts);
                audit.clear();
            } catch (SQLException x) {
                throw failed(x);
            }
        }

        private StoreException failed(SQLException x) {
            return Failures.notSaved(label, x);
        }

        private void live() {
            if (done) {
                throw new IllegalStateException("These changes belong to a write(...) call that has finished.");
            }
        }
    }

    private static ValidationException gone(EntityKind kind) {
        return Check.refusal("id", "store.gone", kind.inSentence());
    }

    static String json(Entity e) {
        try {
            return Json.mapper().writeValueAsString(e);
        } catch (JsonProcessingException x) {
            throw new StoreException(Check.words("store.notAudited", e.entityKind().inSentence(), x.getOriginalMessage()), x);
        }
    }
}
