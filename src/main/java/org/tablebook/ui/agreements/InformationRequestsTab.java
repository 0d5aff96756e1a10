package org.tablebook.ui.agreements;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tablebook.domain.Side;
import org.tablebook.ui.agreements.InformationRequestsViewModel.RequestRow;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.RecordListPane;

/** The Information requests tab: the requests of both sides on the left, the selected one's editor on the right. */
final class InformationRequestsTab {
    private final InformationRequestsViewModel viewModel;
    private final SplitPane root;
    private final RecordListPane<RequestRow> list;
    private final TextField subject = new TextField();
    private final Map<String, Control> fields = new java.util.HashMap<>();

    InformationRequestsTab(InformationRequestsViewModel viewModel) {
        this.viewModel = viewModel;
        list = new RecordListPane<>(viewModel.list(), "request", Messages.get("requests.search.prompt"),
                Messages.get("requests.search.help"), Messages.get("requests.table.empty"));
        root = EditorPane.split(list(), editor());
    }

    Node node() {
        return root;
    }

    void newItem() {
        viewModel.newRequest();
        subject.requestFocus();
    }

    void focusSearch() {
        list.focusSearch();
    }

    void reveal(String id, String field) {
        list.reveal(id, fields, field);
    }

    private Node list() {
        Button add = EditorPane.add("requestAdd", Messages.get("requests.add"), "mdi2f-file-question-outline",
                Messages.get("requests.add.tooltip"), this::newItem);
        TableColumn<RequestRow, RequestRow> subjectCol = Forms.titleAndDetailsColumn(Messages.get("requests.col.subject"),
                row -> row.request().subject(), RequestRow::details, "request-subject");
        subjectCol.setPrefWidth(260);
        TableColumn<RequestRow, RequestRow> stateCol = new TableColumn<>(Messages.get("requests.col.state"));
        stateCol.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        stateCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RequestRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("request-overdue");
                setText(empty || row == null ? null : row.state());
                setWrapText(true);
                if (!empty && row != null && row.overdue()) {
                    getStyleClass().add("request-overdue");
                }
            }
        });
        stateCol.setPrefWidth(160);
        stateCol.setMinWidth(160);
        stateCol.setMaxWidth(160);
        list.table().getColumns().addAll(List.of(subjectCol, stateCol));
        list.enterEdits(subject);
        return list.node(add);
    }

    private Node editor() {
        EditorPane pane = new EditorPane(viewModel.editor(), "request", viewModel::save, viewModel::delete);
        ComboBox<Side> askedBy = Forms.choice("requestAskedBy", Side.values());
        askedBy.valueProperty().bindBidirectional(viewModel.askedByProperty());
        TextField askedOn = Forms.text("requestAskedOn", "agreements.date.prompt", viewModel.askedOnProperty());
        subject.setId("requestSubject");
        subject.setPromptText(Messages.get("requests.subject.prompt"));
        subject.textProperty().bindBidirectional(viewModel.subjectProperty());
        TextField dueOn = Forms.text("requestDueOn", "agreements.date.prompt", viewModel.dueOnProperty());
        Label dueHint = new Label();
        dueHint.setId("requestDueHint");
        dueHint.getStyleClass().addAll("text-muted", "text-small");
        dueHint.setWrapText(true);
        dueHint.textProperty().bind(viewModel.dueHintProperty());
        TextField answeredOn = Forms.text("requestAnsweredOn", "requests.answered.prompt", viewModel.answeredOnProperty());
        Button today = new Button(Messages.get("requests.answeredToday"));
        today.setId("requestAnsweredToday");
        today.setTooltip(new Tooltip(Messages.get("requests.answeredToday.tooltip")));
        today.setMinWidth(Region.USE_PREF_SIZE);
        today.setOnAction(e -> viewModel.answeredToday());
        TextArea notes = new TextArea();
        notes.setId("requestNotes");
        notes.setPromptText(Messages.get("requests.notes.prompt"));
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        fields.putAll(Map.of("askedBy", askedBy, "askedOn", askedOn, "subject", subject, "dueOn", dueOn,
                "answeredOn", answeredOn, "notes", notes));

        GridPane form = Forms.grid();
        int row = 0;
        row = Forms.row(form, row, Messages.get("requests.field.askedBy"), askedBy,
                Messages.get("requests.field.askedBy.help"), viewModel.editor().errors().messageFor("askedBy"));
        row = Forms.row(form, row, Messages.get("requests.field.subject"), subject,
                Messages.get("requests.field.subject.help"), viewModel.editor().errors().messageFor("subject"));
        row = Forms.row(form, row, Messages.get("requests.field.askedOn"), askedOn,
                Messages.get("requests.field.askedOn.help"), viewModel.editor().errors().messageFor("askedOn"));
        row = Forms.row(form, row, Messages.get("requests.field.dueOn"), dueOn,
                Messages.get("requests.field.dueOn.help"), viewModel.editor().errors().messageFor("dueOn"));
        form.add(dueHint, 1, row++);
        row = Forms.row(form, row, Messages.get("requests.field.answeredOn"), answeredOn,
                Messages.get("requests.field.answeredOn.help"), viewModel.editor().errors().messageFor("answeredOn"));
        form.add(Forms.buttonBar(today), 1, row++);
        Forms.row(form, row, Messages.get("requests.field.notes"), notes, Messages.get("requests.field.notes.help"),
                viewModel.editor().errors().messageFor("notes"));

        VBox body = new VBox(12, form, new Separator(), Forms.buttonBar(pane.deleteButton()));
        return pane.pane(body, pane.saveBar(), "requestEditor", Messages.get("requests.editor.hint"));
    }
}
