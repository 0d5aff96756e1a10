package org.tablebook.testing;

import java.nio.file.Path;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/** Writes a snapshot into a new negotiation file, closed again, for a test to open. */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path write(Path file, NegotiationSnapshot snapshot, StoreOptions options) throws Exception {
        TablebookStore.createFrom(file, snapshot, "Test", options).close();
        return file;
    }
}
