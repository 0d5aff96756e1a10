package org.tablebook.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tablebook.ui.common.AppIcons;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.help.HelpText.Block;
import org.tablebook.ui.help.HelpText.Span;
import org.tablebook.ui.help.KeyboardShortcuts.Group;
import org.tablebook.ui.help.KeyboardShortcuts.Shortcut;

/**
 * The Help menu's pages, each in a window of its own beside the main window (not modal: a person
 * can keep the shortcuts open while working). One window per page; asking again brings it forward.
 * Escape closes it.
 */
public final class HelpWindows {
    private static final String SIDEBARS_PAGE = "/org/tablebook/ui/help/sidebars.txt";
    private static final String GLOSSARY_PAGE = "/org/tablebook/ui/help/glossary.txt";

    private final Window owner;
    private final Supplier<List<Menu>> menus;
    private Stage shortcuts;
    private Stage sidebars;
    private Stage glossary;

    /** {@code menus}: the window's menus, read each time the shortcuts are shown. */
    public HelpWindows(Window owner, Supplier<List<Menu>> menus) {
        this.owner = owner;
        this.menus = Objects.requireNonNull(menus);
    }

    public void showShortcuts() {
        if (shortcuts == null) {
            shortcuts = window("shortcutsWindow", Messages.get("help.shortcuts.title"), shortcutsPage(), 560, 620);
        }
        bringForward(shortcuts);
    }

    public void showSidebars() {
        if (sidebars == null) {
            List<Block> blocks = new java.util.ArrayList<>(HelpText.load(SIDEBARS_PAGE));
            blocks.addAll(RuleTimes.blocks(org.tablebook.rules.RulesEngine.standard(), java.util.Locale.getDefault()));
            sidebars = window("sidebarsWindow", Messages.get("help.sidebars.title"), page(blocks), 720, 760);
        }
        bringForward(sidebars);
    }

    /** The terms of the trade the window still uses (TA, MOA, ULP, permissive subject), in plain words. */
    public void showGlossary() {
        if (glossary == null) {
            glossary = window("glossaryWindow", Messages.get("help.glossary.title"), page(HelpText.load(GLOSSARY_PAGE)),
                    640, 640);
        }
        bringForward(glossary);
    }

    /** Every shortcut: the menus' accelerators by menu, then the keys that work in every section. */
    public List<Group> shortcutGroups() {
        List<Group> groups = new ArrayList<>(KeyboardShortcuts.fromMenus(menus.get()));
        groups.add(new Group(Messages.get("help.shortcuts.everywhere"), List.of(
                new Shortcut(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).getDisplayText(),
                        Messages.get("help.shortcuts.newItem")),
                new Shortcut(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).getDisplayText(),
                        Messages.get("help.shortcuts.search")),
                new Shortcut(new KeyCodeCombination(KeyCode.ESCAPE).getDisplayText(), Messages.get("help.shortcuts.cancel")),
                new Shortcut(new KeyCodeCombination(KeyCode.F10).getDisplayText() + "  /  Alt",
                        Messages.get("help.shortcuts.menus")))));
        return groups;
    }

    private Node shortcutsPage() {
        VBox content = new VBox(6);
        content.getStyleClass().add("help-page");
        Label intro = new Label(Messages.get("help.shortcuts.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("help-paragraph");
        content.getChildren().add(intro);
        // One grid for every group, so that the keys and the actions line up down the whole page.
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        grid.setHgap(18);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints action = new ColumnConstraints();
        action.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, action);
        int row = 0;
        for (Group group : shortcutGroups()) {
            Label title = new Label(group.title());
            title.getStyleClass().add("shortcut-group");
            grid.add(title, 0, row++, 2, 1);
            for (Shortcut s : group.shortcuts()) {
                Label key = new Label(s.keys());
                key.getStyleClass().add("keycap");
                key.setMinWidth(Region.USE_PREF_SIZE);
                Label what = new Label(s.action());
                what.setWrapText(true);
                grid.addRow(row++, key, what);
            }
        }
        content.getChildren().add(grid);
        return scroll(content);
    }

    /** A formatted page: title, headings, paragraphs, bullets and quotations with their sources. */
    static Node page(List<Block> blocks) {
        VBox content = new VBox(10);
        content.getStyleClass().add("help-page");
        for (Block block : blocks) {
            TextFlow flow = new TextFlow();
            String shown = block.kind() == HelpText.Kind.SOURCE ? "\u2014 " + block.text() : block.text();
            for (Span span : HelpText.spans(shown)) {
                Text text = new Text(span.text());
                text.getStyleClass().add(span.bold() ? "help-bold" : "help-text");
                flow.getChildren().add(text);
            }
            flow.getStyleClass().add("help-" + block.kind().name().toLowerCase());
            if (block.kind() == HelpText.Kind.BULLET) {
                Label dot = new Label("\u2022");
                dot.getStyleClass().add("help-bullet-mark");
                dot.setMinWidth(Region.USE_PREF_SIZE);
                HBox row = new HBox(8, dot, flow);
                HBox.setHgrow(flow, Priority.ALWAYS);
                row.setAlignment(Pos.TOP_LEFT);
                content.getChildren().add(row);
            } else {
                content.getChildren().add(flow);
            }
        }
        return scroll(content);
    }

    private static ScrollPane scroll(VBox content) {
        content.setPadding(new Insets(22, 28, 22, 28));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("help-scroll");
        return scroll;
    }

    private Stage window(String id, String title, Node page, double width, double height) {
        Button close = new Button(Messages.get("help.close"));
        close.setId(id + "Close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 16, 12, 16));
        buttons.getStyleClass().add("help-buttons");
        BorderPane root = new BorderPane(page);
        root.setBottom(buttons);
        root.setId(id);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        stage.setScene(scene(root, width, height));
        AppIcons.apply(stage);
        close.setOnAction(e -> stage.hide());
        return stage;
    }

    private Scene scene(Parent root, double width, double height) {
        javafx.geometry.Dimension2D size = org.tablebook.ui.common.WindowSizes.within(owner, width, height);
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(Objects.requireNonNull(
                HelpWindows.class.getResource("/org/tablebook/ui/help/help.css")).toExternalForm());
        return scene;
    }

    private void bringForward(Stage stage) {
        org.tablebook.ui.common.WindowSizes.fit(stage, owner);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }
}
