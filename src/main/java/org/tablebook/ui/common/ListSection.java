package org.tablebook.ui.common;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.tablebook.domain.EntityRef;

/**
 * A section that is a list of records beside the editor of the one selected: Ctrl+F goes to the
 * list's search, and a record shown from elsewhere is selected in the list with the focus on the
 * field asked for. A section says only what is its own: its columns and filters, its form, and
 * how a new record starts ({@link #newItem()}).
 */
public abstract class ListSection<W> implements SectionView {
    /** The list on the left. */
    protected final RecordListPane<W> list;
    /** The editor's form, which knows its fields by the record component each edits. */
    protected final FormRows form;
    private SplitPane root;

    protected ListSection(RecordListPane<W> list, FormRows form) {
        this.list = list;
        this.form = form;
    }

    /** Lays the list beside the editor, split as every section splits it: the section's node. */
    protected final SplitPane split(Node listNode, Node editorNode) {
        root = EditorPane.split(listNode, editorNode);
        return root;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusSearch() {
        list.focusSearch();
    }

    @Override
    public void reveal(EntityRef ref, String field) {
        list.reveal(ref.id(), form.controls(), field);
    }
}
