package org.tablebook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tablebook.testing.SnapshotBuilder.hours;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.Findings;
import org.tablebook.domain.Sidebar;
import org.tablebook.rules.RulesEngine;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.testing.SnapshotBuilder;
import org.tablebook.testing.SoloSidebar;

/** An editor shows the findings on its own record, from the findings the window shares. */
class RecordFindingsTest {
    private static final Clock CLOCK = SnapshotBuilder.clockAt(hours(5));

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private final FakeDialogService dialogs = new FakeDialogService();
    private Sidebar sidebar;
    private RecordEditor<Sidebar> editor;

    @BeforeEach
    void setUp() throws Exception {
        SoloSidebar fixture = SoloSidebar.build();
        sidebar = fixture.sidebar();
        file = OpenNegotiation.holding(fixture.snapshot(), dir, CLOCK, "Dana Reyes");
        editor = new RecordEditor<>(file.document(), dialogs, s -> { }, () -> { }, Sidebar::purpose, "New sidebar");
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    private Set<String> rules() {
        return editor.findings().list().stream().map(f -> f.finding().ruleId())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theRecordOpenShowsItsOwnFindingsWithTheirWhy() {
        file.document().shareFindings(new Findings(file.document(), RulesEngine.standard(), CLOCK, file.document().tasks()));
        assertTrue(editor.findings().list().isEmpty(), "nothing open, nothing shown");
        editor.edit(sidebar);
        assertTrue(rules().containsAll(Set.of("SIDEBAR_SOLO", "REPORT_BACK_OVERDUE")), rules().toString());
        assertTrue(editor.findings().list().stream().allMatch(f -> f.finding().subject().id().equals(sidebar.id())),
                "the demand's own finding stays with the demand");
        assertTrue(editor.findings().list().get(0).finding().severity().compareTo(
                editor.findings().list().get(editor.findings().list().size() - 1).finding().severity()) <= 0);

        editor.findings().explain(editor.findings().list().get(0));
        assertEquals(1, dialogs.informations.size());
        assertTrue(dialogs.informations.get(0).contains("At least two people from the union take part"),
                dialogs.informations.get(0));

        editor.startNew();
        assertTrue(editor.findings().list().isEmpty(), "a new record has no findings yet");
    }

    @Test
    void findingsSharedAfterTheEditorWasMadeAreFollowedToo() {
        editor.edit(sidebar);
        assertTrue(editor.findings().list().isEmpty());
        file.document().shareFindings(new Findings(file.document(), RulesEngine.standard(), CLOCK, file.document().tasks()));
        assertTrue(rules().contains("SIDEBAR_SOLO"), rules().toString());
    }
}
