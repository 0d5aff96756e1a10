package org.tablebook.ui.sidebars;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;

/**
 * The small form kit the sidebar pages share: time fields with their "Now" button, text areas
 * that Tab out of, pick lists of check boxes, and focus that stays with the work.
 */
final class SidebarForms {
    static final PseudoClass MET = PseudoClass.getPseudoClass("met");
    static final PseudoClass OVER = PseudoClass.getPseudoClass("over-limit");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    private SidebarForms() {
    }

    /**
     * Keeps the focused field in sight: ScrollPane does not scroll to a control reached with Tab,
     * which would leave a keyboard user typing into a field below the fold.
     */
    static void followFocus(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, old, node) -> reveal(scroll, node));
            }
        });
    }

    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Node n = node;
        while (n != null && n != content) {
            n = n.getParent();
        }
        if (n == null || node == content) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double range = contentHeight - viewHeight;
        if (range <= 0) {
            return;
        }
        double top = range * scroll.getVvalue();
        double margin = 12;
        if (b.getMinY() - margin < top) {
            scroll.setVvalue(Math.max(0, (b.getMinY() - margin) / range));
        } else if (b.getMaxY() + margin > top + viewHeight) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() + margin - viewHeight) / range));
        }
    }

    /**
     * When a focused button hides or disables itself (Save once saved, Start once started), JavaFX
     * moves the focus to the first control of the window, the navigation, where arrow keys switch
     * sections. Hands the focus to {@code next} instead, so the keyboard stays where the work is.
     */
    static void handOver(Node from, java.util.function.Supplier<Node> next) {
        javafx.beans.value.ChangeListener<Boolean> moved = (obs, was, is) -> {
            boolean gone = !from.isVisible() || from.isDisabled();
            if (gone && from.isFocused()) {
                javafx.application.Platform.runLater(() -> {
                    Node target = next.get();
                    if (target != null) {
                        target.requestFocus();
                    }
                });
            }
        };
        from.visibleProperty().addListener(moved);
        from.disabledProperty().addListener(moved);
    }

    static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    static TextField timeField(String id, javafx.beans.property.StringProperty property, java.time.Clock clock) {
        return Forms.dateTime(id, Messages.get("sidebars.time.prompt"), property, clock);
    }

    static Button nowButton(String id, Runnable action) {
        Button now = new Button(Messages.get("sidebars.now"), new FontIcon("mdi2c-clock-outline"));
        now.setId(id);
        now.setTooltip(new Tooltip(Messages.get("sidebars.now.help")));
        now.setMinWidth(Region.USE_PREF_SIZE);
        now.setOnAction(e -> action.run());
        return now;
    }

    /**
     * Shows on a label whether a condition is met: the {@code done} icon and the :met style while
     * {@code met} holds, the {@code open} icon otherwise.
     */
    static void showMet(Label label, ObservableValue<Boolean> met, Node done, Node open) {
        label.graphicProperty().bind(met.map(is -> is ? done : open));
        met.addListener((obs, was, is) -> label.pseudoClassStateChanged(MET, is));
        label.pseudoClassStateChanged(MET, met.getValue());
    }

    static Label formLabel(String text, Node field) {
        return org.tablebook.ui.common.Forms.label(text, field);
    }

    static Label errorLabel(String id, ObservableValue<String> message) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.map(m -> m != null && !m.isBlank()).orElse(false));
        error.managedProperty().bind(error.visibleProperty());
        error.setId(id + "Error");
        return error;
    }

    static int nodeRow(GridPane grid, int row, String labelKey, Node content, String help) {
        Label name = formLabel(Messages.get(labelKey), null);
        Tooltip.install(name, new Tooltip(help));
        grid.add(name, 0, row);
        grid.add(content, 1, row);
        return row + 1;
    }

    static Node step(String key, Node content) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("step-title");
        VBox box = new VBox(4, title, content);
        box.getStyleClass().add("step");
        return box;
    }

    static TextArea area(String id, javafx.beans.property.StringProperty property, String promptKey, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setPromptText(Messages.get(promptKey));
        area.textProperty().bindBidirectional(property);
        // Tab moves on, as in every other field: TextArea moves focus on Ctrl+Tab, so a plain Tab
        // is passed on as one. Ctrl+Tab itself still does what TextArea does.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                        false));
            }
        });
        return area;
    }
}
