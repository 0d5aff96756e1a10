package org.tablebook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablebook.app.DataFolders;
import org.tablebook.app.TablebookApp;
import org.tablebook.document.PreferencesStore;
import org.tablebook.domain.Language;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.store.StoreOptions;
import org.tablebook.store.TablebookStore;
import org.tablebook.testing.RunningApp;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the sample negotiation at the sizes people use (1366x768, 1024x700), light and
 * dark, and in Spanish: every section, every tab, the dialogs and the Help pages. Fails on text cut
 * short (an ellipsis shown, a word broken across lines, a prompt wider than its field) and on anything
 * drawn outside its window or its card, naming the screen, the node and the text. A picture of each
 * screen goes to {@code target/layout-shots/<lang>-<theme>-<size>-<screen>.png}, to be looked at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutAuditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneOffset.UTC);
    private static final Path SHOTS = Path.of("target/layout-shots");
    /** Half a pixel either way is rounding, not cutting. */
    private static final double SLACK = 1.0;

    /** One way of looking at the window. */
    record Look(Language language, boolean dark, int width, int height) {
        String name() {
            return language.code() + "-" + (dark ? "dark" : "light") + "-" + width + "x" + height;
        }

        @Override
        public String toString() {
            return name();
        }
    }

    static Stream<Look> looks() {
        return Stream.of(
                new Look(Language.ENGLISH, false, 1366, 768),
                new Look(Language.ENGLISH, true, 1366, 768),
                new Look(Language.ENGLISH, false, 1024, 700),
                new Look(Language.ENGLISH, true, 1024, 700),
                new Look(Language.SPANISH, false, 1366, 768),
                new Look(Language.SPANISH, true, 1366, 768),
                new Look(Language.SPANISH, false, 1024, 700),
                new Look(Language.SPANISH, true, 1024, 700))
                // -Dlayout.looks=en-light-1024x700,... looks at only those.
                .filter(l -> System.getProperty("layout.looks", "").isBlank()
                        || List.of(System.getProperty("layout.looks").split(",")).contains(l.name()));
    }

    private final Locale localeBefore = Locale.getDefault();
    private Path dataFolder;
    private TablebookApp app;
    private Stage stage;
    private Language running;

    @AfterAll
    void stopApp() throws Exception {
        try {
            RunningApp.stopAll(app);
        } finally {
            Locale.setDefault(localeBefore);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void nothingCutNothingOutside(Look look) throws Exception {
        startIn(look.language());
        WaitForAsyncUtils.asyncFx(() -> {
            app.viewModel().setDarkTheme(look.dark());
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(look.width());
            stage.setHeight(look.height());
        }).get();
        settle();
        Files.createDirectories(SHOTS);
        List<String> problems = new ArrayList<>();
        for (Section section : Section.values()) {
            WaitForAsyncUtils.asyncFx(() -> app.viewModel().goTo(section)).get();
            settle();
            String screen = section.name().toLowerCase(Locale.ROOT);
            WaitForAsyncUtils.asyncFx(() -> RunningApp.openFirstRecord(app, stage, section)).get();
            settle();
            problems.addAll(auditEachTab(look, screen, workArea(), stage));
        }
        WaitForAsyncUtils.asyncFx(() -> app.viewModel().goTo(Section.DASHBOARD)).get();
        problems.addAll(dialog(look, "settings", "menu.file.settings"));
        problems.addAll(dialog(look, "export", "menu.file.export"));
        problems.addAll(dialog(look, "about", "menu.help.about"));
        problems.addAll(dialog(look, "help-shortcuts", "menu.help.shortcuts"));
        problems.addAll(dialog(look, "help-sidebars", "menu.help.sidebars"));
        problems.addAll(dialog(look, "help-glossary", "menu.help.glossary"));
        assertTrue(problems.isEmpty(), look + ": " + problems.size() + " problems\n" + String.join("\n", problems));
    }

    /** Starts the app on the sample in {@code language}, unless it already runs in it. */
    private void startIn(Language language) throws Exception {
        if (language == running) {
            return;
        }
        RunningApp.stop(app);
        dataFolder = Files.createTempDirectory("layout-audit");
        try (PreferencesStore prefs = new PreferencesStore(dataFolder.resolve("preferences.json"))) {
            prefs.update(p -> p.withUserName("Dana Reyes").withLanguage(language));
        }
        DataFolders folders = new DataFolders(dataFolder);
        TablebookStore.createFrom(folders.defaultFile(), SampleNegotiation.build(CLOCK), "Dana Reyes",
                StoreOptions.defaults(CLOCK, folders.backups())).close();
        stage = FxToolkit.registerPrimaryStage();
        app = RunningApp.start(dataFolder, CLOCK);
        running = language;
    }

    private Node workArea() {
        return stage.getScene().lookup("#workArea");
    }

    /** Opens a window from the menus, looks at it (each tab of it), and closes it. */
    private List<String> dialog(Look look, String screen, String menuKey) throws Exception {
        List<Window> before = WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows())).get();
        MenuItem item = WaitForAsyncUtils.asyncFx(() -> menuItem(stage.getScene(), menuKey)).get();
        // Dialogs wait for their answer: the item fires later, and this thread waits for the window.
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && !before.contains(w)));
        settle();
        Stage opened = (Stage) WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && !before.contains(w)).findFirst().orElseThrow()).get();
        List<String> problems = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            if (opened.getWidth() > look.width() + SLACK || opened.getHeight() > look.height() + SLACK) {
                problems.add(screen + ": the window is " + Math.round(opened.getWidth()) + "x"
                        + Math.round(opened.getHeight()) + ", larger than the screen");
            }
        }).get();
        problems.addAll(auditEachTab(look, screen, opened.getScene().getRoot(), opened));
        WaitForAsyncUtils.asyncFx(() -> close(opened)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isShowing());
        settle();
        return problems;
    }

    /** Looks at {@code root}'s screen, or at each tab of its first tab pane in turn. */
    private List<String> auditEachTab(Look look, String screen, Node root, Stage window) throws Exception {
        List<Tab> tabs = WaitForAsyncUtils.asyncFx(() -> tabsOf(root)).get();
        if (tabs.isEmpty()) {
            return audit(look, screen, window);
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < tabs.size(); i++) {
            Tab tab = tabs.get(i);
            WaitForAsyncUtils.asyncFx(() -> tab.getTabPane().getSelectionModel().select(tab)).get();
            settle();
            problems.addAll(audit(look, screen + "-" + (i + 1) + "-" + slug(tab), window));
        }
        return problems;
    }

    private static void close(Stage window) {
        if (window.getScene().getRoot() instanceof DialogPane pane) {
            for (ButtonType type : List.of(ButtonType.CANCEL, ButtonType.CLOSE, ButtonType.OK)) {
                if (pane.getButtonTypes().contains(type)) {
                    ((javafx.scene.control.Button) pane.lookupButton(type)).fire();
                    return;
                }
            }
        }
        window.hide();
    }

    private static MenuItem menuItem(Scene scene, String key) {
        String text = org.tablebook.ui.common.Messages.get(key);
        MenuBar bar = (MenuBar) scene.lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (text.equals(item.getText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + text);
    }

    private static List<Tab> tabsOf(Node root) {
        List<Tab> tabs = new ArrayList<>();
        for (Node n : descendants(root)) {
            if (n instanceof TabPane pane && n.isVisible()) {
                tabs.addAll(pane.getTabs());
                break;
            }
        }
        return tabs;
    }

    private static List<Node> descendants(Node root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static String slug(Tab tab) {
        String text = tab.getId() != null ? tab.getId() : tab.getText() == null ? "" : tab.getText();
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents(4);
    }

    /** Looks at what {@code window} shows now and writes its picture. */
    private List<String> audit(Look look, String screen, Stage window) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = window.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<String> problems = new ArrayList<>();
            Bounds sceneBounds = new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
            walk(scene.getRoot(), sceneBounds, "window", screen, problems);
            WritableImage image = scene.snapshot(null);
            write(image, SHOTS.resolve(look.name() + "-" + screen + ".png"));
            return problems;
        }).get();
    }

    /**
     * Checks {@code node} and its children. {@code frame} is what they must stay inside: the window,
     * or the card they are drawn on; null inside a node that clips what it holds (a scroll pane, a
     * list), whose rows may lie outside until scrolled to, but whose text must still fit.
     */
    private static void walk(Node node, Bounds frame, String frameName, String screen, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        if (frame != null && b.getWidth() > 0 && b.getHeight() > 0 && !(node instanceof Text && ((Text) node).getText().isBlank())
                && (b.getMinX() < frame.getMinX() - SLACK || b.getMinY() < frame.getMinY() - SLACK
                        || b.getMaxX() > frame.getMaxX() + SLACK || b.getMaxY() > frame.getMaxY() + SLACK)) {
            problems.add(screen + ": " + describe(node) + " is drawn outside the " + frameName + " ("
                    + rect(b) + " not inside " + rect(frame) + ")");
            return;
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled, screen, problems);
        }
        if (node instanceof TextField field) {
            checkPrompt(field, screen, problems);
        }
        if (node instanceof Text text && text.getWrappingWidth() > 0 && text.getText() != null && !text.getText().isBlank()
                && !text.getClass().getSimpleName().equals("LabeledText")) {
            double word = longestWord(text.getText(), text);
            if (word > text.getWrappingWidth() + SLACK) {
                problems.add(screen + ": " + describe(text) + " breaks a word across lines (" + Math.round(text.getWrappingWidth())
                        + " px for a word of " + Math.round(word) + ")");
            }
        }
        if (node instanceof ScrollPane scroll) {
            checkSideways(scroll, screen, problems);
        }
        if (node instanceof javafx.scene.control.TableRow<?> row) {
            checkRowHeight(row, screen, problems);
        }
        if (node instanceof javafx.scene.control.TableView<?> table) {
            checkColumnsFit(table, screen, problems);
        }
        Bounds inner = frame;
        String innerName = frameName;
        if (node.getClip() != null || node instanceof ScrollPane) {
            inner = null;
        } else if (node instanceof Region && node.getStyleClass().stream().anyMatch(c -> c.endsWith("card"))) {
            // The card's own box: its bounds in local grow to take in whatever spills out of it.
            inner = node.localToScene(node.getLayoutBounds());
            innerName = "card";
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, inner, innerName, screen, problems);
            }
        }
    }

    /** An ellipsis where the text was, a word broken across lines, or text wider than the control. */
    private static void checkLabeled(Labeled labeled, String screen, List<String> problems) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        // The skin's LabeledText, not a Text of the graphic (an icon is a Text too).
        Text shown = (Text) labeled.getChildrenUnmodifiable().stream()
                .filter(c -> c instanceof Text && c.getClass().getSimpleName().equals("LabeledText"))
                .findFirst().orElse(null);
        if (shown == null || !shown.isVisible()) {
            return;
        }
        if (labeled.getStyleClass().contains("shortens") && labeled.getTooltip() != null
                && text.equals(labeled.getTooltip().getText())) {
            // Made to give way in a narrow window (a file's path), the whole text on hover.
            return;
        }
        String expected = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        if (!shown.getText().equals(expected) && !shown.getText().equals(text)) {
            problems.add(screen + ": " + describe(labeled) + " is cut: \"" + shown.getText() + "\" for \"" + text + "\"");
            return;
        }
        if (labeled instanceof javafx.scene.control.ListCell<?> cell && cell.getListView() != null
                && isInside(cell, cell.getListView())) {
            // A list does not scroll sideways: a row's text must end inside it.
            javafx.scene.control.ListView<?> list = cell.getListView();
            double end = shown.localToScene(shown.getBoundsInLocal()).getMaxX();
            double edge = list.localToScene(list.getBoundsInLocal()).getMaxX() - list.getInsets().getRight();
            if (end > edge + SLACK) {
                problems.add(screen + ": " + describe(labeled) + " runs past the edge of its list (" + Math.round(end - edge)
                        + " px): \"" + text + "\"");
                return;
            }
        }
        double room = shown.getWrappingWidth();
        if (room > 0) {
            double word = longestWord(text, shown);
            if (word > room + SLACK) {
                problems.add(screen + ": " + describe(labeled) + " breaks a word across lines (" + Math.round(room)
                        + " px for a word of " + Math.round(word) + "): \"" + text + "\"");
            }
        } else if (labeled.getWidth() > 0) {
            Insets pad = labeled.getInsets();
            double textWidth = shown.getLayoutBounds().getWidth();
            Node graphic = labeled.getGraphic();
            double graphicWidth = graphic != null && graphic.isVisible() && labeled.getContentDisplay()
                    .compareTo(javafx.scene.control.ContentDisplay.TOP) != 0 ? graphic.prefWidth(-1) + labeled.getGraphicTextGap() : 0;
            boolean beside = labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.LEFT
                    || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.RIGHT;
            double needed = textWidth + (beside ? graphicWidth : 0) + pad.getLeft() + pad.getRight();
            if (needed > labeled.getWidth() + 2 * SLACK) {
                problems.add(screen + ": " + describe(labeled) + " is wider than its control (" + Math.round(needed)
                        + " px in " + Math.round(labeled.getWidth()) + "): \"" + text + "\"");
            }
        }
    }

    /**
     * A scroll pane made to fit its content to its width (a form, a detail pane) scrolls only up and
     * down: content wider than its viewport means a sideways scroll bar and words out of sight.
     * Tables and lists scroll through their own flow, not a scroll pane, and are not looked at here.
     */
    private static void checkSideways(ScrollPane scroll, String screen, List<String> problems) {
        Node content = scroll.getContent();
        if (!scroll.isFitToWidth() || content == null || scroll.getViewportBounds().getWidth() <= 0) {
            return;
        }
        double wide = content.getLayoutBounds().getWidth();
        double room = scroll.getViewportBounds().getWidth();
        if (wide > room + SLACK) {
            problems.add(screen + ": " + describe(scroll) + " scrolls sideways: its content is " + Math.round(wide)
                    + " px wide in " + Math.round(room) + " px");
        }
    }

    /** True for a list's own rows; a drop-down's button shows its choice outside the list. */
    /**
     * Every row of a list can be seen whole: none is taller than the list below its headings (a row
     * measured at the wrong width grows to hundreds of lines and hides the others).
     */
    private static void checkRowHeight(javafx.scene.control.TableRow<?> row, String screen, List<String> problems) {
        javafx.scene.control.TableView<?> table = row.getTableView();
        if (row.isEmpty() || table == null) {
            return;
        }
        Node headings = table.lookup(".column-header-background");
        double rowsArea = table.getHeight() - (headings == null ? 0 : headings.getLayoutBounds().getHeight());
        if (row.getHeight() > rowsArea + SLACK) {
            problems.add(screen + ": a row of " + describe(table) + " is " + Math.round(row.getHeight())
                    + " px tall, more than the " + Math.round(rowsArea) + " px its list shows");
        }
    }

    /**
     * A list that fits its columns to its width (every list but the wide ones that scroll sideways
     * on purpose) shows every column whole: none reaches past its right edge.
     */
    private static void checkColumnsFit(javafx.scene.control.TableView<?> table, String screen, List<String> problems) {
        if (table.getColumnResizePolicy() == javafx.scene.control.TableView.UNCONSTRAINED_RESIZE_POLICY) {
            return;
        }
        Node rows = table.lookup(".clipped-container");
        double room = rows == null ? table.getWidth() : rows.getLayoutBounds().getWidth();
        double used = table.getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumnBase::getWidth).sum();
        if (used > room + SLACK) {
            problems.add(screen + ": the columns of " + describe(table) + " are " + Math.round(used)
                    + " px wide, more than the " + Math.round(room) + " px it shows ("
                    + table.getVisibleLeafColumns().stream().map(c -> c.getText() + " " + Math.round(c.getWidth())
                            + " (at least " + Math.round(c.getMinWidth()) + ")").collect(java.util.stream.Collectors.joining(", "))
                    + ")");
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void checkPrompt(TextInputControl field, String screen, List<String> problems) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || (field.getText() != null && !field.getText().isEmpty())
                || field.getWidth() <= 0) {
            return;
        }
        Text measure = new Text(prompt);
        measure.setFont(field.getFont());
        double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
        if (field instanceof atlantafx.base.controls.CustomTextField custom) {
            // What sits inside the field's edges (a date field's calendar button) takes the text's room.
            for (Node inside : java.util.Arrays.asList(custom.getLeft(), custom.getRight())) {
                room -= inside == null ? 0 : inside.getLayoutBounds().getWidth();
            }
        }
        if (measure.getLayoutBounds().getWidth() > room + SLACK) {
            problems.add(screen + ": " + describe(field) + " cuts its prompt (" + Math.round(room) + " px for "
                    + Math.round(measure.getLayoutBounds().getWidth()) + "): \"" + prompt + "\"");
        }
    }

    private static double longestWord(String text, Text shown) {
        double longest = 0;
        Text measure = new Text();
        measure.setFont(shown.getFont());
        for (String word : text.split("\\s+")) {
            measure.setText(word);
            longest = Math.max(longest, measure.getLayoutBounds().getWidth());
        }
        return longest;
    }

    /** The node's kind, id and text, and the ids of the nodes around it, so the failure can be found. */
    private static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            s.append('#').append(node.getId());
        }
        if (node instanceof Labeled l && l.getText() != null) {
            s.append(" \"").append(l.getText()).append('"');
        } else if (node instanceof Text t) {
            s.append(" \"").append(t.getText()).append('"');
        }
        StringBuilder path = new StringBuilder();
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                path.insert(0, "#" + up.getId() + " > ");
            }
        }
        return path + s.toString();
    }

    private static String rect(Bounds b) {
        return Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " " + Math.round(b.getWidth()) + "x"
                + Math.round(b.getHeight());
    }

    private static void write(WritableImage image, Path file) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        b.setRGB(0, 0, w, h, pixels, 0, w);
        ImageIO.write(b, "png", file.toFile());
    }
}
