package org.tablebook.ui.compliance;

import java.util.Objects;
import javafx.geometry.Pos;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.ui.common.Pills;
import org.tablebook.ui.common.ButtonFlow;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.FormRows;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.LabelledChoice;
import org.tablebook.ui.common.ListSection;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.Pickers;
import org.tablebook.ui.common.RowColumns;
import org.tablebook.ui.common.RecordListPane;
import org.tablebook.ui.common.Tables;

/**
 * The Compliance section: the obligations on the left, the selected one on the right, with the
 * last day to file a grievance in large type once a breach is noticed.
 */
public final class ComplianceView extends ListSection<ComplianceRow> {
    private final ComplianceViewModel viewModel;
    private final TextArea obligation = new TextArea();

    public ComplianceView(ComplianceViewModel viewModel) {
        super(new RecordListPane<>(viewModel.list(), "compliance", Messages.get("compliance.search.prompt"),
                Messages.get("compliance.search.help"), Messages.get("compliance.table.empty")),
                new FormRows(viewModel.editor().errors(), "compliance.field."));
        this.viewModel = viewModel;
        split(list(), editor()).getStylesheets().add(Objects.requireNonNull(
                ComplianceView.class.getResource("/org/tablebook/ui/compliance/compliance.css")).toExternalForm());
    }

    @Override
    public void newItem() {
        viewModel.newItem();
        obligation.requestFocus();
    }

    private Node list() {
        ComboBox<LabelledChoice<ComplianceStatus>> filter = RecordListPane.filter("complianceStatusFilter",
                Messages.get("compliance.filter.tooltip"), viewModel.statusFilter().choices(),
                viewModel.statusFilter().chosenProperty());
        Button add = EditorPane.add("complianceAdd", Messages.get("compliance.add"), "mdi2c-clipboard-plus-outline",
                Messages.get("compliance.add.tooltip"), this::newItem);
        TableColumn<ComplianceRow, ComplianceRow> obligationCol = RowColumns.drawn(
                Messages.get("compliance.col.obligation"), ComplianceView::obligationLines);
        obligationCol.setPrefWidth(260);
        list.table().getColumns().add(obligationCol);
        list.enterEdits(obligation);
        return list.node(add, filter);
    }

    /**
     * The status as a pill, the last day to file once a breach is noticed, then the obligation and
     * its details: one column, so the list reads well however narrow it is.
     */
    private static Node obligationLines(TableCell<ComplianceRow, ComplianceRow> cell, ComplianceRow row) {
        Label pill = Pills.of(switch (row.item().status()) {
            case OPEN -> Pills.Tone.ACCENT;
            case MET -> Pills.Tone.SUCCESS;
            case BREACHED -> Pills.Tone.DANGER;
        });
        pill.setText(row.statusLabel());
        pill.getStyleClass().addAll("compliance-status",
                "compliance-status-" + row.item().status().name().toLowerCase(java.util.Locale.ROOT));
        Label title = new Label(row.item().obligation());
        title.getStyleClass().add("compliance-obligation");
        Label details = new Label(row.details());
        details.getStyleClass().addAll("text-muted", "text-small");
        Tables.tooltip(cell, row.item().obligation() + "\n" + row.details());
        if (row.lastDay().isEmpty()) {
            return Tables.wrappingUnder(cell, pill, title, details);
        }
        Label last = new Label(row.lastDay());
        last.getStyleClass().add("text-small");
        if (row.urgent()) {
            last.getStyleClass().add("compliance-urgent");
        }
        if (!row.grievanceFiled()) {
            Tooltip.install(last, new Tooltip(Messages.get("compliance.row.lastDay.tooltip")));
        }
        return Tables.wrappingUnder(cell, pill, last, title, details);
    }

    private Node editor() {
        EditorPane pane = new EditorPane(viewModel.editor(), "compliance", viewModel::save, viewModel::delete);
        Node lastDay = lastDayPanel();

        obligation.setId("complianceObligation");
        obligation.setPromptText(Messages.get("compliance.obligation.prompt"));
        obligation.setWrapText(true);
        obligation.setPrefRowCount(3);
        obligation.textProperty().bindBidirectional(viewModel.obligationProperty());
        TextField clause = Forms.text("complianceClause", "compliance.clause.prompt", viewModel.clauseProperty());
        // Searchable: the person types part of a code or title to find the agreement among many.
        ComboBox<LabelledChoice<TentativeAgreement>> agreement =
                Pickers.one("complianceAgreement", viewModel.agreementChoices());
        agreement.valueProperty().bindBidirectional(viewModel.agreementProperty());
        TextField responsible = Forms.text("complianceResponsible", "compliance.responsible.prompt",
                viewModel.responsiblePartyProperty());
        TextField dueOn = Forms.date("complianceDueOn", Messages.get("compliance.date.prompt"), viewModel.dueOnProperty(), viewModel.clock());
        ComboBox<ComplianceStatus> status = Forms.choice("complianceStatus", ComplianceStatus.values());
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        TextField noticed = Forms.date("complianceBreachNoticed", Messages.get("compliance.date.prompt"),
                viewModel.breachNoticedOnProperty(), viewModel.clock());
        TextField window = Forms.text("complianceWindow", "compliance.window.prompt", viewModel.windowDaysProperty());
        TextField filed = Forms.date("complianceGrievanceFiled", Messages.get("compliance.date.prompt"),
                viewModel.grievanceFiledOnProperty(), viewModel.clock());
        Button filedToday = new Button(Messages.get("compliance.filedToday"));
        filedToday.setId("complianceFiledToday");
        filedToday.setTooltip(new Tooltip(Messages.get("compliance.filedToday.tooltip")));
        filedToday.setOnAction(e -> viewModel.grievanceFiledToday());

        form.field("obligation", obligation, "obligation")
                .field("clause", clause, "clause")
                .field("agreement", agreement, "agreementId")
                .field("responsible", responsible, "responsibleParty")
                .field("dueOn", dueOn, "dueOn")
                .field("status", status, "status")
                .field("breachNoticed", noticed, "breachNoticedOn")
                .field("window", window, "grievanceWindowDays")
                .field("filed", filed, "grievanceFiledOn")
                .under(Forms.buttonBar(filedToday));

        Button breach = new Button(Messages.get("compliance.recordBreach"), new FontIcon("mdi2a-alert-octagon-outline"));
        breach.setId("complianceRecordBreach");
        breach.setTooltip(new Tooltip(Messages.get("compliance.recordBreach.tooltip")));
        breach.disableProperty().bind(viewModel.editor().busyProperty()
                .or(viewModel.statusProperty().isEqualTo(ComplianceStatus.BREACHED)
                        .and(viewModel.editor().dirtyProperty().not())));
        breach.setOnAction(e -> viewModel.recordBreach());
        Button met = new Button(Messages.get("compliance.markMet"), new FontIcon("mdi2c-check-circle-outline"));
        met.setId("complianceMarkMet");
        met.setTooltip(new Tooltip(Messages.get("compliance.markMet.tooltip")));
        met.disableProperty().bind(viewModel.editor().busyProperty()
                .or(viewModel.statusProperty().isEqualTo(ComplianceStatus.MET).and(viewModel.editor().dirtyProperty().not())));
        met.setOnAction(e -> viewModel.markMet());
        VBox body = new VBox(12, lastDay, form.grid(), new Separator(), ButtonFlow.of(breach, met, pane.deleteButton()));
        return pane.pane(body, pane.saveBar(), "complianceEditor", Messages.get("compliance.editor.hint"));
    }

    /** The last day to file, in large type, coloured by how close it is. */
    private Node lastDayPanel() {
        Label caption = new Label(Messages.get("compliance.lastDay.caption"));
        caption.getStyleClass().add("last-day-caption");
        // "Último día para presentar una queja" in capitals is long: on two lines in a narrow editor.
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        Label date = new Label();
        date.setId("complianceLastDay");
        date.getStyleClass().add("last-day-date");
        date.setWrapText(true);
        date.textProperty().bind(viewModel.lastDayToFileProperty());
        date.visibleProperty().bind(viewModel.lastDayToFileProperty().isNotEmpty());
        date.managedProperty().bind(date.visibleProperty());
        Label note = new Label();
        note.setId("complianceLastDayNote");
        note.setWrapText(true);
        note.getStyleClass().add("last-day-note");
        note.textProperty().bind(viewModel.lastDayNoteProperty());
        FontIcon icon = new FontIcon("mdi2g-gavel");
        icon.getStyleClass().add("last-day-icon");
        VBox words = new VBox(2, caption, date, note);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox panel = new HBox(14, icon, words);
        panel.setAlignment(Pos.CENTER_LEFT);
        panel.setId("complianceLastDayPanel");
        panel.getStyleClass().add("last-day-panel");
        Runnable restyle = () -> {
            panel.getStyleClass().removeIf(c -> c.startsWith("last-day-urgency-"));
            panel.getStyleClass().add("last-day-urgency-"
                    + viewModel.urgencyProperty().get().name().toLowerCase(java.util.Locale.ROOT));
        };
        viewModel.urgencyProperty().addListener((obs, was, is) -> restyle.run());
        restyle.run();
        return panel;
    }
}
