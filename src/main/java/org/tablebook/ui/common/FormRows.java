package org.tablebook.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.layout.GridPane;

/**
 * An editor's form, a row at a time: each field with its label, its help and the editor's message
 * for it under it (see {@link Forms#row}), and known by the name of the record's component it
 * edits, so that a record shown from elsewhere can put the focus on the field asked for.
 */
public final class FormRows {
    private final GridPane grid = Forms.grid();
    private final FieldErrors errors;
    private final String keys;
    private final Map<String, Control> controls = new HashMap<>();
    private int row;

    /**
     * @param keys the start of the bundle keys of the labels: with "compliance.field.", the field
     *             "clause" is labelled by compliance.field.clause and helped by compliance.field.clause.help
     */
    public FormRows(FieldErrors errors, String keys) {
        this.errors = errors;
        this.keys = keys;
    }

    /** A form whose labels and help are given in words. */
    public FormRows(FieldErrors errors) {
        this(errors, "");
    }

    /** A field labelled by {@code key} (after the form's keys), editing the record's {@code component}. */
    public FormRows field(String key, Control control, String component) {
        return field(Messages.get(keys + key), Messages.get(keys + key + ".help"), control, component);
    }

    /** A field with its label and help in words, editing the record's {@code component}. */
    public FormRows field(String label, String help, Control control, String component) {
        controls.put(component, control);
        row = Forms.row(grid, row, label, control, help, errors.messageFor(component));
        return this;
    }

    /** A field the editor has no message for (a tick box). */
    public FormRows plain(String label, String help, Control control) {
        row = Forms.row(grid, row, label, control, help, null);
        return this;
    }

    /**
     * A field whose line holds more than the field (a tick box and the button that goes with it):
     * the label names {@code control}, {@code line} fills the fields' column.
     */
    public FormRows beside(String label, Control control, Node line) {
        grid.add(Forms.label(label, control), 0, row);
        grid.add(line, 1, row++);
        return this;
    }

    /** A line under the field above, in the fields' column: a hint, a button. */
    public FormRows under(Node node) {
        grid.add(node, 1, row++);
        return this;
    }

    /** A line across both columns. */
    public FormRows span(Node node) {
        row = Forms.span(grid, row, node);
        return this;
    }

    public GridPane grid() {
        return grid;
    }

    /** The fields by the record component each edits. */
    public Map<String, Control> controls() {
        return controls;
    }
}
