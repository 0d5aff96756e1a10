package org.tablebook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.PreferencesStore;
import org.tablebook.testing.MutableClock;
import org.tablebook.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The issue as a person met it: Demands > U-1 > Details, change the title, Ctrl+Q. The section
 * and the editor show the unsaved edit, and quitting asks about it by name; Cancel keeps it.
 * Pictures of both go to target/screenshots.
 */
class UnsavedEditViewTest {
    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;
    private Stage stage;
    private final List<String> quits = new java.util.ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        try (PreferencesStore prefs = new PreferencesStore(dataFolder.resolve("preferences.json"))) {
            prefs.update(p -> p.withUserName("Dana Reyes"));
        }
        stage = FxToolkit.registerPrimaryStage();
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-03-10T14:00:00Z"));
        app = (TablebookApp) FxToolkit.setupApplication(
                () -> new TablebookApp(() -> new AppContext(clock, new DataFolders(dataFolder))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.viewModel().snapshotProperty().get() != null);
        Platform.runLater(() -> app.viewModel().openSample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().snapshotProperty().get() != null
                && !app.viewModel().snapshotProperty().get().demands().isEmpty());
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void anUnsavedTitleShowsItsDotAndQuittingAsksAboutItByName() throws Exception {
        robot.interact(() -> app.viewModel().goTo(Section.DEMANDS));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#demandsTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#demandTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(robot.lookup("#demandTabs").queryAs(TabPane.class)
                .getTabs().stream().filter(t -> "detailsTab".equals(t.getId())).findFirst().orElseThrow()));
        TextField title = robot.lookup("#demandTitle").queryAs(TextField.class);
        String heading = robot.lookup("#demandHeading").queryAs(Label.class).getText();
        robot.interact(() -> title.setText(title.getText() + " now"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("\u2022 " + heading, robot.lookup("#demandHeading").queryAs(Label.class).getText(),
                "the editor's title carries the dot");
        assertTrue(robot.lookup("#nav-demands").queryAs(ListCell.class).getText().endsWith("\u2022"),
                "so does the section's entry");
        snapshot(stage.getScene(), "dirty-marker.png");

        Platform.runLater(() -> app.viewModel().quit(() -> quits.add("quit")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> question() != null);
        DialogPane question = question();
        assertTrue(question.getContentText().contains(heading), question.getContentText());
        snapshot(question.getScene(), "quit-question.png");
        Button cancel = question.getButtonTypes().stream().map(t -> (Button) question.lookupButton(t))
                .filter(b -> b.getText().equals("Cancel")).findFirst().orElseThrow();
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(quits.isEmpty(), "Cancel stays");
        assertTrue(title.getText().endsWith(" now"), "with the edit");
    }

    private DialogPane question() {
        return robot.listTargetWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane p && "unsavedQuestion".equals(p.getId()))
                .map(s -> (DialogPane) s.getRoot()).findFirst().orElse(null);
    }

    private void snapshot(Scene scene, String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        javafx.scene.image.PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(png, "png", out.toFile());
    }
}
