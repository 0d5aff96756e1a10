package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.ImmediateTaskRunner;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.PreferencesStore;
import org.tablebook.document.Workspace;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Ids;
import org.tablebook.store.StoreOptions;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.common.SectionView;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Start-up builds the first section only; each other section is built the first time it is shown. */
class LazySectionsViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Workspace workspace;
    private PreferencesStore preferences;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
        if (preferences != null) {
            preferences.close();
        }
    }

    @Test
    void aSectionIsBuiltWhenFirstShownOrWhenARecordInItIsRevealed() throws Exception {
        FxToolkit.registerPrimaryStage();
        preferences = new PreferencesStore(dir.resolve("preferences.json"));
        preferences.update(p -> p.withUserName("Sam"));
        workspace = new Workspace(StoreOptions.defaults(CLOCK, dir.resolve("backups")));
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        Map<Section, Integer> built = new EnumMap<>(Section.class);
        WaitForAsyncUtils.asyncFx(() -> {
            MainWindowViewModel vm = new MainWindowViewModel(new NegotiationDocument(workspace, tasks, () -> "Sam"),
                    preferences, tasks, new FakeDialogService(), CLOCK, dir.resolve("n.tablebook"));
            MainWindow window = new MainWindow(vm, () -> { }, () -> { });
            for (Section s : Section.values()) {
                window.setSectionView(s, () -> {
                    built.merge(s, 1, Integer::sum);
                    return new Plain();
                });
            }
            vm.start(Optional.empty());
            assertEquals(Map.of(Section.DASHBOARD, 1), built, "only the first section at start");

            window.select(Section.DEMANDS);
            window.select(Section.DASHBOARD);
            window.select(Section.DEMANDS);
            assertEquals(Map.of(Section.DASHBOARD, 1, Section.DEMANDS, 1), built, "each built once");

            window.reveal(new EntityRef(EntityKind.PERSON, Ids.newId()), null);
            assertEquals(1, built.get(Section.TEAM));
            assertEquals(3, built.size());
        }).get();
    }

    private static final class Plain implements SectionView {
        private final Region node = new Region();

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void newItem() {
        }

        @Override
        public void focusSearch() {
        }
    }
}
