package org.tablebook.ui.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.testing.OpenNegotiation;

/** The guide's example screen, tested as the guide says every screen is. */
class ObserversViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private OpenNegotiation file;
    private ObserversViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        file = new OpenNegotiation(dir, CLOCK);
        viewModel = new ObserversViewModel(file.document(), new FakeDialogService(), CLOCK);
    }

    @AfterEach
    void tearDown() {
        file.close();
    }

    @Test
    void anObserverAddedIsWrittenToTheFileAndListed() {
        assertFalse(viewModel.canAddProperty().get(), "nothing typed yet");
        viewModel.nameProperty().set("Lee Park");
        viewModel.add();
        assertEquals(List.of("Lee Park"), viewModel.observers());
        assertEquals("", viewModel.nameProperty().get());
        assertEquals("Add Lee Park", file.audit().get(file.audit().size() - 1).label());
    }

    @Test
    void aBlankNameAddsNothing() {
        int trail = file.audit().size();
        viewModel.nameProperty().set("   ");
        assertFalse(viewModel.canAddProperty().get());
        viewModel.add();
        assertTrue(viewModel.observers().isEmpty());
        assertEquals(trail, file.audit().size());
    }
}
