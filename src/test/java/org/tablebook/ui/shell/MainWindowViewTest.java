package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.testing.RunningApp;
import org.tablebook.app.AppContext;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.store.TablebookStore;
import org.tablebook.document.PreferencesStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What a person sees on starting the app for the first time on a fresh data folder. */
class MainWindowViewTest {
    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;

    @BeforeEach
    void startApp() throws Exception {
        // The name is given, so the first-start question does not stop this test.
        RunningApp.userName(dataFolder, "Dana Reyes");
        Stage stage = FxToolkit.registerPrimaryStage();
        app = RunningApp.start(dataFolder, Clock.systemDefaultZone());
        assertTrue(stage.isShowing());
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void opensIntoTheDefaultFileWithNavigationAndStatusBar() throws Exception {
        ListView<?> navigation = robot.lookup("#navigation").queryAs(ListView.class);
        assertEquals(11, navigation.getItems().size(), "eleven sections, the first ten on Ctrl+1 to Ctrl+0");
        Labeled user = robot.lookup("#statusUser").queryAs(Labeled.class);
        assertEquals("Recording as Dana Reyes", user.getText());
        Label file = robot.lookup("#statusFile").queryAs(Label.class);
        assertTrue(file.getText().endsWith("negotiation.tablebook"), file.getText());
        assertTrue(robot.lookup("#section-dashboard").tryQuery().isPresent());
        assertTrue(robot.lookup("#rulesPanel").tryQuery().isPresent());

        Path defaultFile = dataFolder.resolve("negotiation.tablebook");
        assertTrue(Files.exists(defaultFile));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + defaultFile);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                assertEquals(TablebookStore.APPLICATION_ID, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                assertEquals(TablebookStore.SCHEMA_VERSION, rs.getInt(1));
            }
        }
    }

    @Test
    void switchesSectionsByClickAndByKeyboard() {
        robot.clickOn("#nav-demands");
        WaitForAsyncUtils.waitForFxEvents();
        Node demands = robot.lookup("#section-demands").query();
        assertTrue(demands.isVisible());
        assertEquals(Section.DEMANDS, app.viewModel().sectionProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.SIDEBARS, app.viewModel().sectionProperty().get());
        assertTrue(robot.lookup("#section-sidebars").tryQuery().isPresent());
        assertTrue(robot.lookup("#section-demands").tryQuery().isEmpty());
    }

    @Test
    void theWindowComesBackAtTheSizeAndPlaceItWasLeft() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        org.testfx.api.FxToolkit.setupStage(s -> {
            s.setX(40);
            s.setY(30);
            s.setWidth(1010);
            s.setHeight(690);
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(app);
        try (PreferencesStore prefs = new PreferencesStore(dataFolder.resolve("preferences.json"))) {
            var window = prefs.get().window();
            assertEquals(1010, window.width(), 0.5);
            assertEquals(690, window.height(), 0.5);
        }
        FxToolkit.setupStage(s -> {
            s.setWidth(500);
            s.setHeight(400);
        });
        app = (TablebookApp) FxToolkit.setupApplication(
                () -> new TablebookApp(() -> new AppContext(Clock.systemDefaultZone(), new DataFolders(dataFolder))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1010, stage.getWidth(), 0.5);
        assertEquals(690, stage.getHeight(), 0.5);
        assertEquals(40, stage.getX(), 0.5);
    }
}
