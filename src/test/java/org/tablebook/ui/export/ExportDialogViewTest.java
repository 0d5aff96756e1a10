package org.tablebook.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.document.PreferencesStore;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.export.ExportFormat;
import org.tablebook.export.Exporter;
import org.tablebook.rules.RulesEngine;
import org.tablebook.testing.OpenNegotiation;
import org.tablebook.ui.common.FakeDialogService;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.SystemFiles;
import org.tablebook.ui.shell.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog after an export: one Close, and Open and Show in folder for the file written. */
class ExportDialogViewTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Path> opened = new ArrayList<>();
    private OpenNegotiation file;
    private PreferencesStore preferences;
    private ExportViewModel viewModel;
    private Stage owner;

    @BeforeEach
    void showTheDialogOnTheSample() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        file = OpenNegotiation.holding(SampleNegotiation.build(clock), dir, clock, "Dana Reyes");
        preferences = new PreferencesStore(dir.resolve("preferences.json"));
        SystemFiles files = new SystemFiles() {
            @Override
            public void open(Path path) {
                opened.add(path);
            }

            @Override
            public void showInFolder(Path path) {
                opened.add(path.getParent());
            }
        };
        Path documents = Files.createDirectories(dir.resolve("Documents"));
        viewModel = new ExportViewModel(file.document(), new Exporter(clock), RulesEngine.standard(), clock,
                file.document().tasks(), dialogs, preferences, files, () -> documents);
        owner = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(new StackPane(), 1366, 768);
            scene.getStylesheets().add(ExportDialogViewTest.class.getResource("/org/tablebook/ui/app.css").toExternalForm());
            owner.setScene(scene);
            owner.show();
            new ExportDialog(viewModel).show(owner);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        preferences.close();
        file.close();
    }

    private Stage dialog() {
        return (Stage) Window.getWindows().stream().filter(w -> w != owner && w.isShowing()).findFirst().orElseThrow();
    }

    private Node lookup(String id) {
        return dialog().getScene().lookup(id);
    }

    @Test
    void afterAnExportItOffersOpenAndShowInFolderAndHasOneClose() throws Exception {
        assertFalse(lookup("#exportOpen").isVisible(), "nothing to open before an export");
        long closes = dialog().getScene().getRoot().lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && (b.getText().equals(Messages.get("common.close"))
                        || b.getText().equals("Cancel")))
                .count();
        assertEquals(1, closes, "one Close, no Cancel beside it");

        Path out = dir.resolve("Documents").resolve("summary.html");
        WaitForAsyncUtils.asyncFx(() -> {
            viewModel.formatProperty().set(ExportFormat.HTML);
            viewModel.exportTo(out);
        }).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#exportOpen").isVisible());
        assertTrue(Files.exists(out));
        assertTrue(lookup("#exportShowInFolder").isVisible());

        robot.clickOn(lookup("#exportOpen"));
        robot.clickOn(lookup("#exportShowInFolder"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(out.toRealPath(), out.toRealPath().getParent()), opened);

        Files.createDirectories(Path.of("target/screenshots-rules"));
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> dialog().getScene().snapshot(null)).get();
        Screenshots.write(image, Path.of("target/screenshots-rules/export-after.png"));

        robot.clickOn(lookup("#exportClose"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Window.getWindows().stream().noneMatch(w -> w != owner && w.isShowing()));
    }
}
