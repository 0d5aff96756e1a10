package org.tablebook.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.tablebook.domain.Entity;
import org.tablebook.domain.Negotiation;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.Workspace;

/**
 * A real negotiation file in a test folder, open in a document whose work runs at once on the
 * calling thread: what a view model test stands on.
 */
public final class OpenNegotiation implements AutoCloseable {
    private final Workspace workspace;
    private final NegotiationDocument document;

    /** A new file holding only the negotiation "Nurses' contract 2026", opened by Dana. */
    public OpenNegotiation(Path dir, Clock clock) throws Exception {
        this(dir, clock, "Dana");
    }

    /** A new file holding only the negotiation "Nurses' contract 2026", opened by {@code actor}. */
    public OpenNegotiation(Path dir, Clock clock, String actor) throws Exception {
        this(dir, clock, actor, workspace -> workspace.create(dir.resolve("test.tablebook"), "Nurses' contract 2026",
                NegotiationKind.UNION_CONTRACT, actor));
    }

    /** The file already at {@code file} (written by the test), opened by {@code actor}. */
    public static OpenNegotiation of(Path file, Clock clock, String actor) throws Exception {
        return new OpenNegotiation(file.toAbsolutePath().getParent(), clock, actor, workspace -> workspace.open(file));
    }

    /** A new file holding {@code snapshot}, as an imported backup would, opened by {@code actor}. */
    public static OpenNegotiation holding(NegotiationSnapshot snapshot, Path dir, Clock clock, String actor)
            throws Exception {
        return new OpenNegotiation(dir, clock, actor, workspace -> workspace.createFrom(dir.resolve("test.tablebook"),
                snapshot, actor, "Test data"));
    }

    private OpenNegotiation(Path dir, Clock clock, String actor, Opening opening) throws Exception {
        workspace = new Workspace(StoreOptions.defaults(clock, dir.resolve("backups")));
        Workspace.OpenedFile opened = opening.open(workspace);
        document = new NegotiationDocument(workspace, new ImmediateTaskRunner(), () -> actor);
        document.show(opened.snapshot());
    }

    private interface Opening {
        Workspace.OpenedFile open(Workspace workspace) throws Exception;
    }

    /** Shows the file as it is now, after a test wrote to it behind the document's back. */
    public void reload() {
        document.show(store().loadSnapshot());
    }

    public NegotiationDocument document() {
        return document;
    }

    public TablebookStore store() {
        return workspace.store();
    }

    public NegotiationSnapshot snapshot() {
        return document.snapshot();
    }

    /** Writes records straight into the file (as another screen would) and shows the fresh snapshot. */
    public void insert(Entity... records) {
        document.change("Test data", w -> {
            for (Entity e : records) {
                w.insert(e);
            }
            return null;
        }, done -> { }, e -> {
            throw new AssertionError(e);
        });
    }

    /** Replaces the negotiation record, keeping its id and creation time. */
    public void negotiation(Consumer<NegotiationEdit> edit) {
        Negotiation n = snapshot().negotiation();
        NegotiationEdit e = new NegotiationEdit(n);
        edit.accept(e);
        document.change("Test negotiation", w -> {
            w.update(e.build());
            return null;
        }, done -> { }, x -> {
            throw new AssertionError(x);
        });
    }

    public List<org.tablebook.domain.AuditEntry> audit() {
        return store().audit().list();
    }

    @Override
    public void close() {
        workspace.close();
    }

    /** The fields of the negotiation a test may change. */
    public static final class NegotiationEdit {
        private final Negotiation n;
        public java.time.LocalDate startedOn;
        public java.time.LocalDate contractExpiresOn;
        public org.tablebook.domain.RuleSettings settings;
        public String otherParty;

        NegotiationEdit(Negotiation n) {
            this.n = n;
            this.startedOn = n.startedOn();
            this.contractExpiresOn = n.contractExpiresOn();
            this.settings = n.ruleSettings();
            this.otherParty = n.otherParty();
        }

        Negotiation build() {
            return new Negotiation(n.id(), n.title(), n.kind(), n.ourParty(), otherParty, n.bargainingUnit(), startedOn,
                    contractExpiresOn, n.newDemandDeadline(), n.otherPartyNoticeOn(), n.mediationNoticeOn(), settings,
                    n.createdAt(), n.updatedAt());
        }
    }
}
