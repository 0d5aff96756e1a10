package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.testing.RunningApp;
import org.tablebook.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog is made when first asked for, not at start: the navigation's Exports opens it, twice. */
class ExportFromWindowViewTest {
    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;

    @AfterEach
    void stop() throws Exception {
        RunningApp.stopAll(app);
    }

    private long exportWindows() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && Messages.get("export.title").equals(s.getTitle())).count();
    }

    @Test
    void theNavigationsExportsOpensTheExportDialogEachTime() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        app = RunningApp.start(dataFolder, Clock.systemDefaultZone());
        assertEquals(0, exportWindows(), "no export dialog at start");
        for (int i = 0; i < 2; i++) {
            robot.clickOn("#navExports");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> exportWindows() == 1);
            assertEquals(1, exportWindows(), "one export dialog");
            WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                    && Messages.get("export.title").equals(s.getTitle())).findFirst().ifPresent(Window::hide)).get();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
