package org.tablebook.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.testing.RunningApp;
import org.tablebook.app.TablebookApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Help > Keyboard shortcuts and Help > How Tablebook thinks about sidebars, as a person opens them. */
class HelpWindowsViewTest {
    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;
    private Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        stage = FxToolkit.registerPrimaryStage();
        app = RunningApp.start(dataFolder, Clock.systemDefaultZone());
    }

    @AfterEach
    void stopApp() throws Exception {
        RunningApp.stopAll(app);
    }

    @Test
    void theWindowCarriesTheAppIcon() {
        assertEquals(6, stage.getIcons().size());
        assertEquals(16, stage.getIcons().get(0).getWidth());
        assertEquals(256, stage.getIcons().get(5).getWidth());
    }

    @Test
    void shortcutsAreListedFromTheMenusAndEscapeClosesThem() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing("shortcutsWindow"));

        Node page = robot.lookup("#shortcutsWindow").query();
        Set<String> labels = robot.from(page).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        assertTrue(labels.contains("File"), labels::toString);
        assertTrue(labels.contains("Open"), labels::toString);
        assertTrue(labels.contains("Ctrl+O"), labels::toString);
        assertTrue(labels.contains("Ctrl+Shift+D"), "the dark theme's key, from the View menu");
        assertTrue(labels.contains("Ctrl+4"), "a section's key");
        assertTrue(labels.contains("Keyboard shortcuts"), "the Help menu lists its own key");
        assertTrue(labels.contains("In every section"), labels::toString);
        assertTrue(labels.contains("Search the list of the section shown"), labels::toString);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !showing("shortcutsWindow"));
    }

    @Test
    void f1ShowsTheSidebarsPageDrawnFromTheSourceTexts() throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing("sidebarsWindow"));

        Node page = robot.lookup("#sidebarsWindow").query();
        List<String> texts = robot.from(page).lookup((Node n) -> n instanceof Text).queryAllAs(Text.class)
                .stream().map(Text::getText).toList();
        assertTrue(texts.contains("How Tablebook thinks about sidebars"), texts::toString);
        assertTrue(texts.contains("Before: the whole team decides"), texts::toString);
        assertTrue(texts.contains("At least two of ours."), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("They are not secret meetings.")), texts::toString);

        robot.clickOn("#sidebarsWindowClose");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !showing("sidebarsWindow"));
    }

    private static boolean showing(String id) {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() != null && id.equals(w.getScene().getRoot().getId()));
    }
}
