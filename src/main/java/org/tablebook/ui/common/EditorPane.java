package org.tablebook.ui.common;

import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The layout every section's editor shares: the list on the left; on the right the editor, its
 * title (with the unsaved-edit dot), a note when the record changed underneath, the form
 * scrolling above a save bar that stays in sight, Escape for Cancel, and a hint while nothing
 * is selected.
 */
public final class EditorPane {
    private final RecordEditor<?> editor;
    private final String idPrefix;
    private final Button save;
    private final Button cancel;
    private final Button delete;
    private final Label title = new Label();

    /**
     * @param idPrefix names the buttons for tests and shortcuts: "person" gives personSave,
     *                 personCancel, personDelete
     */
    public EditorPane(RecordEditor<?> editor, String idPrefix, Runnable onSave, Runnable onDelete) {
        this.editor = editor;
        this.idPrefix = idPrefix;
        save = new Button(Messages.get("editor.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId(idPrefix + "Save");
        save.setDefaultButton(true);
        save.disableProperty().bind(editor.dirtyProperty().not().or(editor.busyProperty()));
        save.setOnAction(e -> onSave.run());
        cancel = new Button(Messages.get("editor.cancel"));
        cancel.setId(idPrefix + "Cancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(editor.dirtyProperty().not());
        cancel.setOnAction(e -> editor.cancel());
        delete = new Button(Messages.get("editor.delete") + "\u2026");
        delete.setId(idPrefix + "Delete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(editor.creatingProperty().or(editor.busyProperty()));
        delete.setOnAction(e -> onDelete.run());
        title.setId(idPrefix + "Heading");
        title.getStyleClass().addAll("title-3", "editor-title");
        title.setWrapText(true);
        title.textProperty().bind(editor.titleProperty());
    }

    public Button saveButton() {
        return save;
    }

    public Button deleteButton() {
        return delete;
    }

    /** The editor's title, bound to the record's name and its unsaved-edit dot. */
    public Label title() {
        return title;
    }

    /** Says, above the form, that the record changed underneath the edit. */
    public Label notice() {
        return notice(editor, idPrefix);
    }

    /** Says that the record changed underneath the edit, for an editor laid out without a pane (a card among others). */
    public static Label notice(RecordEditor<?> editor, String idPrefix) {
        Label notice = new Label();
        notice.setId(idPrefix + "ChangedNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("editor-notice");
        notice.textProperty().bind(editor.noticeProperty());
        notice.visibleProperty().bind(editor.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    /**
     * The record's own rule findings, compactly, above the form: each with its severity, what is
     * wrong and "Why?". Hidden while the record has none.
     */
    public Node findings() {
        RecordFindings findings = editor.findings();
        VBox rows = new VBox(4);
        rows.setId(idPrefix + "Findings");
        rows.getStyleClass().add("editor-findings");
        rows.getStylesheets().add(EditorPane.class.getResource("findings.css").toExternalForm());
        Runnable fill = () -> {
            rows.getChildren().clear();
            for (org.tablebook.rules.EvaluatedFinding f : findings.list()) {
                String severity = f.finding().severity().name().toLowerCase(java.util.Locale.ROOT);
                FontIcon icon = new FontIcon(FindingTexts.icon(f.finding().severity()));
                Label message = new Label(findings.message(f), icon);
                message.setWrapText(true);
                message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                message.getStyleClass().add("editor-finding-message");
                javafx.scene.control.Hyperlink why = new javafx.scene.control.Hyperlink(Messages.get("rules.why"));
                why.getStyleClass().add("editor-finding-why");
                why.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                why.setTooltip(new Tooltip(findings.title(f)));
                why.setOnAction(e -> findings.explain(f));
                HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
                message.setMaxWidth(Double.MAX_VALUE);
                HBox row = new HBox(6, message, why);
                row.setAlignment(Pos.TOP_LEFT);
                row.getStyleClass().addAll("editor-finding", severity);
                if (f.acknowledged()) {
                    row.getStyleClass().add("acknowledged");
                }
                rows.getChildren().add(row);
            }
        };
        findings.list().addListener((javafx.collections.ListChangeListener<org.tablebook.rules.EvaluatedFinding>) c -> fill.run());
        fill.run();
        rows.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(findings.list()));
        rows.managedProperty().bind(rows.visibleProperty());
        return rows;
    }

    /** Save and Cancel, then the section's own buttons after a gap. */
    public HBox saveBar(Button... more) {
        Button[] all = new Button[more.length + 3];
        all[0] = save;
        all[1] = cancel;
        all[2] = null;
        System.arraycopy(more, 0, all, 3, more.length);
        HBox bar = Forms.buttonBar(all);
        bar.getStyleClass().add("editor-save-bar");
        return bar;
    }

    /**
     * The right-hand side: the form scrolling above the bar, shown while editing; the hint
     * otherwise. Escape anywhere in the form puts the record back.
     */
    public Node pane(Node form, HBox bar, String id, String hint) {
        VBox body = new VBox(12, title, notice(), findings(), form);
        body.setPadding(new Insets(14));
        body.setMinWidth(340);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        bar.setPadding(new Insets(10, 14, 10, 14));
        BorderPane editorPane = new BorderPane(scroll);
        // While a record is open, never narrower than its form and the scroll bar beside it: the
        // list beside gives way rather than the form scrolling sideways.
        editorPane.minWidthProperty().bind(javafx.beans.binding.Bindings.when(editor.editingProperty())
                .then(body.getMinWidth() + 16).otherwise(0.0));
        editorPane.setId(id);
        editorPane.setBottom(bar);
        editorPane.visibleProperty().bind(editor.editingProperty());
        editorPane.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                editor.cancel();
                e.consume();
            }
        });
        StackPane place = new StackPane(hint(hint, editor.editingProperty().not()));
        // The form joins the window when a record is first opened: hidden, it would still be styled
        // and laid out on the section's first showing.
        TabContents.whenFirstShown(editor.editingProperty(), editorPane, page -> place.getChildren().add(page));
        return place;
    }

    /**
     * The keys of a form that is saved as a whole: Escape puts it back, Enter in a one-line field
     * or Ctrl+Enter anywhere saves it.
     */
    public static void saveAndCancelKeys(Node form, Runnable save, Runnable cancel) {
        form.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && (e.isShortcutDown() || e.getTarget() instanceof TextField)) {
                save.run();
                e.consume();
            }
        });
    }

    /** The list beside the editor, split as every section splits it. */
    public static SplitPane split(Node list, Node editor) {
        SplitPane root = new SplitPane(list, editor);
        root.setDividerPositions(0.5);
        root.getStyleClass().add("section-split");
        return root;
    }

    /** The list's search field, bound to the section's search text; it grows to fill its bar. */
    public static TextField search(TextField field, String id, String prompt, String help,
            javafx.beans.property.Property<String> text) {
        field.setId(id);
        field.setPromptText(prompt);
        if (help != null) {
            field.setTooltip(new Tooltip(help));
        }
        field.textProperty().bindBidirectional(text);
        HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        keepPromptWhole(field);
        return field;
    }

    /** A field never narrower than its prompt, so that the hint is read whole ("Search (Ctrl+F)"). */
    public static void keepPromptWhole(TextField field) {
        javafx.beans.InvalidationListener fit = o -> {
            javafx.scene.text.Text prompt = new javafx.scene.text.Text(field.getPromptText());
            prompt.setFont(field.getFont());
            javafx.geometry.Insets in = field.getInsets();
            field.setMinWidth(Math.ceil(prompt.getLayoutBounds().getWidth() + in.getLeft() + in.getRight() + 4));
        };
        field.fontProperty().addListener(fit);
        field.promptTextProperty().addListener(fit);
        field.insetsProperty().addListener(fit);
        fit.invalidated(null);
    }

    /** The list's Add button, never squeezed below its label. */
    public static Button add(String id, String label, String icon, String help, Runnable action) {
        Button add = new Button(label, new FontIcon(icon));
        add.setId(id);
        add.setTooltip(new Tooltip(help));
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setOnAction(e -> action.run());
        return add;
    }

    /**
     * Shows a record chosen elsewhere: scrolls the list to it and puts the focus on the field named
     * (or on the list), when {@code selected} says the section found it.
     */
    public static <T> void reveal(boolean selected, TableView<T> table, T row, java.util.Map<String, ? extends Control> fields,
            String field) {
        if (selected) {
            table.scrollTo(row);
            Control target = field == null ? null : fields.get(field);
            (target != null ? target : table).requestFocus();
        }
    }

    /** A muted line in the middle of an empty pane, shown while {@code visible} holds. */
    public static Node hint(String text, BooleanExpression visible) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(hint);
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(visible);
        return box;
    }
}
