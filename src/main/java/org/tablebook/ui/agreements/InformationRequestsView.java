package org.tablebook.ui.agreements;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tablebook.domain.Side;
import org.tablebook.ui.agreements.InformationRequestsViewModel.RequestRow;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.FormRows;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.ListSection;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.RecordListPane;
import org.tablebook.ui.common.RowColumns;
import org.tablebook.ui.common.Tables;

/** The Information requests section: the requests of both sides on the left, the selected one's editor on the right. */
public final class InformationRequestsView extends ListSection<RequestRow> {
    private final InformationRequestsViewModel viewModel;
    private final TextField subject = new TextField();

    public InformationRequestsView(InformationRequestsViewModel viewModel) {
        super(new RecordListPane<>(viewModel.list(), "request", Messages.get("requests.search.prompt"),
                Messages.get("requests.search.help"), Messages.get("requests.table.empty")),
                new FormRows(viewModel.editor().errors(), "requests.field."));
        this.viewModel = viewModel;
        AgreementsView.styled(split(list(), editor()));
    }

    @Override
    public void newItem() {
        viewModel.newRequest();
        subject.requestFocus();
    }

    private Node list() {
        Button add = EditorPane.add("requestAdd", Messages.get("requests.add"), "mdi2f-file-question-outline",
                Messages.get("requests.add.tooltip"), this::newItem);
        // One column, the answer's state over the subject and its details, as the Agreements and
        // Compliance lists: beside a second column, the subject's long words were broken mid-word
        // in a narrow list.
        TableColumn<RequestRow, RequestRow> requestCol = RowColumns.drawn(Messages.get("requests.col.subject"),
                InformationRequestsView::requestLines);
        requestCol.setPrefWidth(260);
        list.table().getColumns().add(requestCol);
        list.enterEdits(subject);
        return list.node(add);
    }

    /** The answer's state (in red once overdue), then the subject and its details. */
    private static Node requestLines(TableCell<RequestRow, RequestRow> cell, RequestRow row) {
        Label state = new Label(row.state());
        if (row.overdue()) {
            state.getStyleClass().add("request-overdue");
        }
        Label title = new Label(row.request().subject());
        title.getStyleClass().add("request-subject");
        Label details = new Label(row.details());
        details.getStyleClass().addAll("text-muted", "text-small");
        Tables.tooltip(cell, row.request().subject() + "\n" + row.details() + "\n" + row.state());
        return Tables.wrapping(cell, state, title, details);
    }

    private Node editor() {
        EditorPane pane = new EditorPane(viewModel.editor(), "request", viewModel::save, viewModel::delete);
        ComboBox<Side> askedBy = Forms.choice("requestAskedBy", Side.values());
        askedBy.valueProperty().bindBidirectional(viewModel.askedByProperty());
        TextField askedOn = Forms.date("requestAskedOn", Messages.get("agreements.date.prompt"),
                viewModel.askedOnProperty(), viewModel.clock());
        subject.setId("requestSubject");
        subject.setPromptText(Messages.get("requests.subject.prompt"));
        subject.textProperty().bindBidirectional(viewModel.subjectProperty());
        TextField dueOn = Forms.date("requestDueOn", Messages.get("agreements.date.prompt"), viewModel.dueOnProperty(), viewModel.clock());
        Label dueHint = new Label();
        dueHint.setId("requestDueHint");
        dueHint.getStyleClass().addAll("text-muted", "text-small");
        dueHint.setWrapText(true);
        dueHint.textProperty().bind(viewModel.dueHintProperty());
        TextField answeredOn = Forms.date("requestAnsweredOn", Messages.get("requests.answered.prompt"),
                viewModel.answeredOnProperty(), viewModel.clock());
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

        form.field("askedBy", askedBy, "askedBy")
                .field("subject", subject, "subject")
                .field("askedOn", askedOn, "askedOn")
                .field("dueOn", dueOn, "dueOn")
                .under(dueHint)
                .field("answeredOn", answeredOn, "answeredOn")
                .under(Forms.buttonBar(today))
                .field("notes", notes, "notes");

        VBox body = new VBox(12, form.grid(), new Separator(), Forms.buttonBar(pane.deleteButton()));
        return pane.pane(body, pane.saveBar(), "requestEditor", Messages.get("requests.editor.hint"));
    }
}
