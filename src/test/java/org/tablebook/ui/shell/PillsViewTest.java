package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.RunningApp;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status pills of every section (a demand's, a sidebar's, an agreement's, an obligation's, a
 * section of the new contract) are one shape, from one set of styles, in the light and the dark
 * theme: the same padding, corners and type, coloured by how things stand.
 */
class PillsViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);
    private static final List<Section> WITH_PILLS = List.of(Section.DEMANDS, Section.SIDEBARS, Section.AGREEMENTS,
            Section.COMPLIANCE, Section.CONTRACT);

    @TempDir
    Path dataFolder;
    private TablebookApp app;
    private Stage stage;

    @BeforeEach
    void startOnTheSample() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        DataFolders folders = new DataFolders(dataFolder);
        TablebookStore.createFrom(folders.defaultFile(), SampleNegotiation.build(CLOCK), "Dana Reyes",
                StoreOptions.defaults(CLOCK, folders.backups())).close();
        stage = FxToolkit.registerPrimaryStage();
        app = RunningApp.start(dataFolder, CLOCK);
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        RunningApp.stopAll(app);
    }

    /** How a pill is drawn, all but its colours. */
    private record Shape(Insets padding, double radius, double fontSize, String font) {
    }

    @Test
    void everySectionsPillsAreOneShapeInBothThemes() throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "layout-shots"));
        for (boolean dark : List.of(false, true)) {
            List<Shape> shapes = new ArrayList<>();
            for (Section section : WITH_PILLS) {
                WaitForAsyncUtils.asyncFx(() -> {
                    app.viewModel().setDarkTheme(dark);
                    app.viewModel().goTo(section);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> openFirstRecord(section)).get();
                WaitForAsyncUtils.waitForFxEvents();
                if (section == Section.CONTRACT) {
                    // The new contract, section by section, is on its last tab.
                    WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookupAll(".tab-pane").stream()
                            .filter(Node::isVisible).map(TabPane.class::cast).findFirst()
                            .ifPresent(t -> t.getSelectionModel().selectLast())).get();
                    WaitForAsyncUtils.waitForFxEvents();
                }
                String name = (dark ? "dark-" : "light-") + section.name().toLowerCase(Locale.ROOT);
                Screenshots.write(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(),
                        shots.resolve("pills-" + name + ".png"));
                List<Label> pills = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookupAll(".pill").stream()
                        .filter(n -> n instanceof Label && n.isVisible() && n.getScene() != null)
                        .map(Label.class::cast).toList()).get();
                assertFalse(pills.isEmpty(), name + " shows its status pills");
                for (Label pill : pills) {
                    WaitForAsyncUtils.asyncFx(() -> {
                        BackgroundFill fill = pill.getBackground().getFills().get(0);
                        shapes.add(new Shape(pill.getPadding(), fill.getRadii().getTopLeftHorizontalRadius(),
                                pill.getFont().getSize(), pill.getFont().getStyle()));
                        Paint text = pill.getTextFill();
                        assertNotEquals(fill.getFill(), text, name + ": " + pill.getText() + " can be read");
                    }).get();
                }
            }
            assertEquals(1, shapes.stream().distinct().count(), "one shape in the " + (dark ? "dark" : "light")
                    + " theme: " + shapes.stream().distinct().toList());
        }
    }

    private void openFirstRecord(Section section) {
        NegotiationSnapshot s = app.viewModel().snapshotProperty().get();
        List<? extends Entity> records = switch (section) {
            case DEMANDS -> s.demands();
            case SIDEBARS -> s.sidebars();
            case AGREEMENTS -> s.agreements();
            case COMPLIANCE -> s.complianceItems();
            default -> List.of();
        };
        if (!records.isEmpty()) {
            Entity first = records.get(0);
            ((MainWindow) stage.getScene().getRoot()).reveal(new EntityRef(first.entityKind(), first.id()), null);
        }
    }
}
