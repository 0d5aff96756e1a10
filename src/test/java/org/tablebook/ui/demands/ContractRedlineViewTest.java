package org.tablebook.ui.demands;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.RunningApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a demand shows each pass's proposed language as a redline, in the real window. */
class ContractRedlineViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;

    @BeforeEach
    void startApp() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        if (Boolean.getBoolean("tablebook.shots.dark")) {
            try (org.tablebook.document.PreferencesStore prefs = new org.tablebook.document.PreferencesStore(
                    dataFolder.resolve("preferences.json"))) {
                prefs.update(p -> p.withDarkTheme(true));
            }
        }
        DataFolders folders = new DataFolders(dataFolder);
        TablebookStore.createFrom(folders.defaultFile(), SampleNegotiation.build(CLOCK), "Dana Reyes",
                StoreOptions.defaults(CLOCK, folders.backups())).close();
        app = RunningApp.start(dataFolder, CLOCK);
    }

    @AfterEach
    void stopApp() throws Exception {
        RunningApp.stopAll(app);
    }

    @Test
    void aPassOnTheOvertimeDemandReadsAsARedlineAgainstTheContractAndThePreviousPass() throws Exception {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.DIGIT2, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#demandsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<DemandRow> table = robot.lookup("#demandsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.demand().code().equals("U-5")));
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).demand().code().equals("U-5")) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passTimeline .redline-ins").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // Their counter is the second pass: bring it into view.
        robot.interact(() -> robot.lookup("#passTimeline").queryAs(javafx.scene.control.ListView.class).scrollTo(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passTimeline .redline-caption")
                .queryAllAs(Text.class).stream().anyMatch(t -> t.getText().startsWith("Against the pass of")));
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", shots.resolve(Boolean.getBoolean("tablebook.shots.dark") ? "demand-redline-dark.png" : "demand-redline.png").toFile());
        assertTrue(robot.lookup("#passTimeline .redline-caption").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().startsWith("Against the pass of")), "the counter is compared to our pass");
        assertTrue(robot.lookup("#passTimeline .redline-del").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().contains("12")), "our 12-hour limit is struck in their counter");
        assertTrue(robot.lookup("#passTimeline .redline-ins").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().contains("16")), "their 16-hour limit is inserted");
    }
}
