package org.tablebook.ui.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.LanguageRole;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.RunningApp;
import org.tablebook.ui.common.PassEntry;
import org.tablebook.ui.demands.DemandRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the committee does with contract language in the window: open a demand, read the redline
 * between two passes, make the TA from the accepted text; then read the new contract. Pictures of
 * both at 1366x768 go to target/screenshots (dark with -Dtablebook.shots.dark=true).
 */
class ContractLanguageViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataFolder;
    private final FxRobot robot = new FxRobot();
    private TablebookApp app;
    private final boolean dark = Boolean.getBoolean("tablebook.shots.dark");

    @BeforeEach
    void startApp() throws Exception {
        RunningApp.userName(dataFolder, "Dana Reyes");
        if (dark) {
            try (org.tablebook.document.PreferencesStore prefs = new org.tablebook.document.PreferencesStore(
                    dataFolder.resolve("preferences.json"))) {
                prefs.update(p -> p.withDarkTheme(true));
            }
        }
        DataFolders folders = new DataFolders(dataFolder);
        TablebookStore.createFrom(folders.defaultFile(), SampleNegotiation.build(CLOCK), "Dana Reyes",
                StoreOptions.defaults(CLOCK, folders.backups())).close();
        app = RunningApp.start(dataFolder, CLOCK);
        robot.interact(() -> {
            Stage stage = (Stage) robot.window(0);
            stage.setMaximized(false);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
    }

    @AfterEach
    void stopApp() throws Exception {
        RunningApp.stopAll(app);
    }

    private NegotiationSnapshot snapshot() {
        return app.viewModel().snapshotProperty().get();
    }

    @Test
    void aDemandsRedlineBetweenTwoPassesBecomesItsTaWithOneClick() throws Exception {
        robot.clickOn("#nav-demands");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#demandsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<DemandRow> table = robot.lookup("#demandsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.demand().code().equals("U-1")));
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).demand().code().equals("U-1")) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
        });
        @SuppressWarnings("unchecked")
        ListView<PassEntry> timeline = robot.lookup("#passTimeline").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !timeline.getItems().isEmpty());
        // Their last pass with language: 2.5% a year, against our 5% before it.
        int last = -1;
        for (int i = 0; i < timeline.getItems().size(); i++) {
            var p = timeline.getItems().get(i).proposal();
            if (p.side() == org.tablebook.domain.Side.THEIRS && snapshot().languageOf(p.demandId()).stream()
                    .anyMatch(l -> l.role() == LanguageRole.PROPOSED && l.proposalId().equals(p.id()))) {
                last = i;
            }
        }
        int at = last;
        PassEntry accepted = timeline.getItems().get(at);
        robot.interact(() -> timeline.scrollTo(at));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pass-" + accepted.proposal().id()
                + " .redline-caption").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().startsWith("Against the pass of")));
        assertTrue(robot.lookup("#pass-" + accepted.proposal().id() + " .redline-ins").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().contains("2.5%")), "their 2.5% is inserted against our pass");
        shot("demand-redline");

        robot.clickOn("#makeTa-" + accepted.proposal().id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !snapshot().agreementsOf(accepted.proposal().demandId())
                .isEmpty());
        NegotiationSnapshot s = snapshot();
        var ta = s.agreementsOf(accepted.proposal().demandId()).get(0);
        assertEquals(DemandStatus.TENTATIVELY_AGREED, s.demand(ta.demandId()).orElseThrow().status());
        assertTrue(s.languageOf(ta.demandId()).stream().anyMatch(l -> l.role() == LanguageRole.AGREED
                && ta.id().equals(l.agreementId()) && l.text().contains("2.5%")), "the TA holds the accepted text");

        robot.clickOn("#languageTab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#demandLanguage .redline").tryQuery()
                .isPresent());
        shot("demand-language");

        // A vague word typed into the proposed text is marked in the redline.
        robot.clickOn("#historyTab");
        robot.interact(() -> timeline.scrollTo(at));
        robot.doubleClickOn("#pass-" + accepted.proposal().id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passLanguage .text-area").tryQuery()
                .isPresent());
        javafx.scene.control.TextArea proposed = robot.lookup("#passLanguage .text-area")
                .queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> {
            proposed.setText("Wage rates shall increase by a reasonable amount in each year of the Agreement.");
            proposed.requestFocus();
        });
        shot("pass-form-language");
        // Ctrl+Enter logs the corrected pass from anywhere in the form.
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER)
                .release(javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passTimeline .redline-vague")
                .queryAllAs(Text.class).stream().anyMatch(t -> t.getText().equals("reasonable")));
    }

    @Test
    void theNewContractReadsAsARedlineWithOpenSectionsMarked() throws Exception {
        robot.clickOn("#nav-contract");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#contractTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<org.tablebook.domain.ContractSection> table = robot.lookup("#contractTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        shot("contract-sections");
        robot.clickOn("#newContractTab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newContractList .redline-ins").tryQuery()
                .isPresent());
        assertTrue(robot.lookup(".assembled-state-open").tryQuery().isPresent(), "open sections are marked");
        shot("contract-new");
        Button importButton = robot.lookup("#contractImport").queryAs(Button.class);
        assertTrue(importButton.getText().startsWith("Import"));
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", shots.resolve(name + (dark ? "-dark" : "") + ".png").toFile());
    }
}
