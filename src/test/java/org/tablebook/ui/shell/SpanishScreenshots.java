package org.tablebook.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.AppContext;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.document.PreferencesStore;
import org.tablebook.domain.Language;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of every section of the sample negotiation in Spanish at 1366x768, to look at for
 * English left over or text cut short. Not part of the suite (the name does not end in Test):
 * {@code mvn -o test -Dtest=SpanishScreenshots -Dsurefire.failIfNoSpecifiedTests=false}; the
 * pictures go to target/screenshots-es.
 */
class SpanishScreenshots {
    @TempDir
    Path dataFolder;

    @Test
    void everySection() throws Exception {
        Locale before = Locale.getDefault();
        try (PreferencesStore prefs = new PreferencesStore(dataFolder.resolve("preferences.json"))) {
            prefs.update(p -> p.withUserName("Dana Reyes").withLanguage(Language.SPANISH));
        }
        try {
            Stage stage = FxToolkit.registerPrimaryStage();
            TablebookApp app = (TablebookApp) FxToolkit.setupApplication(
                    () -> new TablebookApp(() -> new AppContext(Clock.systemDefaultZone(), new DataFolders(dataFolder))));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.viewModel() != null
                    && app.viewModel().snapshotProperty().get() != null);
            org.tablebook.testing.RunningApp.openSample(app, stage, 1366, 768);
            Path out = Path.of("target/screenshots-es");
            Files.createDirectories(out);
            for (Section s : Section.values()) {
                WaitForAsyncUtils.asyncFx(() -> app.viewModel().sectionProperty().set(s)).get();
                WaitForAsyncUtils.waitForFxEvents(20);
                WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
                write(image, out.resolve((s.ordinal() + 1) + "-" + s.name().toLowerCase(Locale.ROOT) + ".png"));
            }
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        } finally {
            Locale.setDefault(before);
        }
    }

    static void write(WritableImage image, Path file) throws Exception {
        Screenshots.write(image, file);
    }
}
