package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.TablebookApp;
import org.tablebook.testing.MutableClock;
import org.tablebook.testing.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole product from the navigation at 1366x768: the memorandum and the information requests
 * as sections, Exports and Rules below them, File > Close with an unsaved edit, File > New
 * negotiation's form, and the name changed from the status bar. Pictures go to
 * target/screenshots.
 */
class WholeProductViewTest {
    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        stage = FxToolkit.registerPrimaryStage();
        app = RunningApp.start(dataFolder, new MutableClock(java.time.Instant.parse("2026-03-10T14:00:00Z")));
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.stopAll(app);
    }

    @Test
    void theMemorandumAndTheRequestsAreSectionsAndExportsAndRulesAreInTheNavigation() throws Exception {
        snapshot(stage.getScene(), "whole-product-new-file-dashboard.png");
        assertTrue(robot.lookup("#dashboardFirstSteps").query().isVisible(), "a new file shows its first steps");
        assertTrue(!robot.lookup("#dashboardChart").query().getParent().isVisible(), "and no empty chart");

        robot.clickOn("#nav-memorandum");
        waitUntil(() -> app.viewModel().sectionProperty().get() == Section.MEMORANDUM);
        assertTrue(robot.lookup("#moaTable").tryQuery().isPresent());
        snapshot(stage.getScene(), "whole-product-memorandum.png");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        waitUntil(() -> app.viewModel().sectionProperty().get() == Section.INFORMATION_REQUESTS);
        assertTrue(robot.lookup("#section-information_requests").tryQuery().isPresent());
        snapshot(stage.getScene(), "whole-product-requests.png");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitUntil(() -> app.viewModel().sectionProperty().get() == Section.MEMORANDUM);

        robot.clickOn("#navRules");
        waitUntil(() -> robot.lookup("#rulesList").query().isFocused());

        robot.clickOn("#navExports");
        waitUntil(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        Window export = robot.lookup("#exportDialog").query().getScene().getWindow();
        robot.interact(export::hide);
    }

    @Test
    void closingWithAnUnsavedEditAsksThenLeavesNoNegotiationOpen() throws Exception {
        robot.clickOn("#nav-team");
        robot.clickOn("#teamAdd");
        robot.clickOn("#personName").write("Luis Ortega");
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> question() != null);
        press(question(), "Cancel");
        assertEquals(Section.TEAM, app.viewModel().sectionProperty().get(), "Cancel keeps the file and the edit");
        assertEquals("Luis Ortega", robot.lookup("#personName").queryAs(TextField.class).getText());

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> question() != null);
        press(question(), "Discard");
        waitUntil(() -> robot.lookup("#noFile").tryQuery().isPresent());
        assertNull(app.viewModel().snapshotProperty().get());
        for (String id : new String[] {"#noFileNew", "#noFileOpen", "#noFileRecent", "#noFileSample"}) {
            assertTrue(robot.lookup(id).query().isVisible(), id);
        }
        assertTrue(robot.lookup("#navExports").queryAs(Button.class).isDisabled(), "nothing to export");
        snapshot(stage.getScene(), "whole-product-no-file.png");

        // The sample is one click away from here.
        robot.clickOn("#noFileSample");
        waitUntil(() -> app.viewModel().snapshotProperty().get() != null
                && !app.viewModel().snapshotProperty().get().demands().isEmpty());
    }

    @Test
    void theNewNegotiationFormCreatesTheFileWithItsTeamInOneStep() throws Exception {
        Platform.runLater(() -> app.viewModel().newFile());
        waitUntil(() -> robot.lookup("#newNegotiationForm").tryQuery().isPresent());
        robot.clickOn("#title").write("Riverside Health 2027");
        robot.clickOn("#otherParty").write("Riverside Health");
        robot.clickOn("#contractExpiresOn").write("2026-13-01");
        TextField ours = robot.lookup("#oursName0").queryAs(TextField.class);
        TextField theirs = robot.lookup("#theirsName0").queryAs(TextField.class);
        robot.interact(() -> {
            ours.setText("Dana Reyes");
            theirs.setText("Pat Lee");
        });
        snapshot(robot.lookup("#newNegotiationForm").query().getScene(), "whole-product-new-negotiation.png");
        javafx.scene.control.ScrollPane form = robot.lookup("#newNegotiationForm").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> form.setVvalue(1));
        snapshot(form.getScene(), "whole-product-new-negotiation-teams.png");

        robot.clickOn("#newNegotiationCreate");
        waitUntil(() -> robot.lookup("#contractExpiresOnError").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals("Riverside Health", robot.lookup("#otherParty").queryAs(TextField.class).getText(),
                "the form stays, with everything typed");
        snapshot(robot.lookup("#newNegotiationForm").query().getScene(), "whole-product-new-negotiation-error.png");

        TextField expiry = robot.lookup("#contractExpiresOn").queryAs(TextField.class);
        robot.interact(() -> expiry.setText("2026-12-31"));
        robot.clickOn("#newNegotiationCreate");
        waitUntil(() -> app.viewModel().snapshotProperty().get() != null
                && "Riverside Health 2027".equals(app.viewModel().snapshotProperty().get().negotiation().title()));
        assertTrue(Files.exists(dataFolder.resolve("Riverside Health 2027.tablebook")));
        assertEquals(2, app.viewModel().snapshotProperty().get().people().size());
        assertTrue(robot.lookup("#newNegotiationForm").tryQuery().isEmpty(), "the form closed");
        assertTrue(robot.lookup("#firstStep-demands").tryQuery().isPresent(), "the new file's first steps");
        snapshot(stage.getScene(), "whole-product-created-dashboard.png");
    }

    @Test
    void clickingRecordingAsChangesTheNameTheNextChangeIsRecordedUnder() throws Exception {
        robot.clickOn("#statusUser");
        waitUntil(() -> textDialog() != null);
        DialogPane dialog = textDialog();
        TextField name = (TextField) dialog.lookup(".text-field");
        snapshot(dialog.getScene(), "whole-product-rename.png");
        robot.interact(() -> name.setText("Luis Ortega"));
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.OK)).fire());
        waitUntil(() -> "Recording as Luis Ortega".equals(robot.lookup("#statusUser").queryAs(Labeled.class).getText()));

        robot.clickOn("#nav-team");
        robot.clickOn("#teamAdd");
        robot.clickOn("#personName").write("Pat Lee");
        robot.clickOn("#personSave");
        waitUntil(() -> robot.lookup("#statusLastChange").queryAs(Labeled.class).getText().contains("Luis Ortega"));
    }

    private DialogPane question() {
        return dialogPane("unsavedQuestion");
    }

    private DialogPane textDialog() {
        return robot.listTargetWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane p && p.lookup(".text-field") != null)
                .map(s -> (DialogPane) s.getRoot()).findFirst().orElse(null);
    }

    private DialogPane dialogPane(String id) {
        return robot.listTargetWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane p && id.equals(p.getId()))
                .map(s -> (DialogPane) s.getRoot()).findFirst().orElse(null);
    }

    private void press(DialogPane pane, String label) {
        Optional<Button> button = pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t))
                .filter(b -> b.getText().equals(label)).findFirst();
        robot.interact(() -> button.orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Screenshots.write(image[0], out);
    }
}
