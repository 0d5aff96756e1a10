package org.tablebook.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.tablebook.domain.Entity;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;

/** Writes a snapshot into a new negotiation file, records in an order the foreign keys accept. */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path write(Path file, NegotiationSnapshot s, StoreOptions options) throws Exception {
        try (TablebookStore store = TablebookStore.create(file, s.negotiation(), "Test", options)) {
            List<Entity> rows = Stream.of(s.people(), s.demands(), s.sessions(), s.proposals(), s.sidebars(),
                    s.topics(), s.reportBacks(), s.agreements(), s.ratifications(), s.informationRequests(),
                    s.complianceItems(), s.acknowledgements()).flatMap(List::stream).map(Entity.class::cast).toList();
            if (!rows.isEmpty()) {
                store.write("Test", "Fill the file", w -> {
                    rows.forEach(w::insert);
                    return null;
                });
            }
        }
        return file;
    }
}
