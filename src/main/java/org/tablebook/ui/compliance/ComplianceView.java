package org.tablebook.ui.compliance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.ComplianceStatus;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.LabelledChoice;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.Pickers;
import org.tablebook.ui.common.Tables;
import org.tablebook.ui.common.SectionView;

/**
 * The Compliance section: the obligations on the left, the selected one on the right, with the
 * last day to file a grievance in large type once a breach is noticed.
 */
public final class ComplianceView implements SectionView {
    private final ComplianceViewModel viewModel;
    private final SplitPane root;
    private final TextField search = new TextField();
    private final TextArea obligation = new TextArea();
    private final TableView<ComplianceRow> table = new TableView<>();
    private final Map<String, Control> fields = new java.util.HashMap<>();

    public ComplianceView(ComplianceViewModel viewModel) {
        this.viewModel = viewModel;
        root = EditorPane.split(list(), editor());
        root.getStylesheets().add(Objects.requireNonNull(
                ComplianceView.class.getResource("/org/tablebook/ui/compliance/compliance.css")).toExternalForm());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        viewModel.newItem();
        obligation.requestFocus();
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void reveal(EntityRef ref, String field) {
        EditorPane.reveal(ref.kind() == EntityKind.COMPLIANCE_ITEM && viewModel.select(ref.id()), table,
                viewModel.selectedProperty().get(), fields, field);
    }

    private Node list() {
        EditorPane.search(search, "complianceSearch", Messages.get("compliance.search.prompt"), Messages.get("compliance.search.help"),
                viewModel.searchProperty());
        ComboBox<LabelledChoice<ComplianceStatus>> filter = new ComboBox<>(viewModel.statusFilters());
        filter.setId("complianceStatusFilter");
        filter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        filter.setTooltip(new Tooltip(Messages.get("compliance.filter.tooltip")));
        filter.setMinWidth(Region.USE_PREF_SIZE);
        Button add = EditorPane.add("complianceAdd", Messages.get("compliance.add"), "mdi2c-clipboard-plus-outline",
                Messages.get("compliance.add.tooltip"), this::newItem);
        // In a narrow list the filter goes under the search field, leaving the editor its room.
        search.setPrefWidth(220);
        javafx.scene.layout.FlowPane toolbar = new javafx.scene.layout.FlowPane(8, 8, search, filter);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("complianceSummary");
        summary.setWrapText(true);
        summary.getStyleClass().addAll("text-muted", "text-small");
        summary.textProperty().bind(viewModel.summaryProperty());

        table.setId("complianceTable");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label(Messages.get("compliance.table.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(360);
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        TableColumn<ComplianceRow, ComplianceRow> obligationCol = Forms.titleAndDetailsColumn(
                Messages.get("compliance.col.obligation"), row -> row.item().obligation(), ComplianceRow::details,
                "compliance-obligation");
        obligationCol.setPrefWidth(260);
        TableColumn<ComplianceRow, ComplianceRow> statusCol = new TableColumn<>(Messages.get("compliance.col.status"));
        statusCol.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        statusCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ComplianceRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Label pill = new Label(row.statusLabel());
                pill.setMinWidth(Region.USE_PREF_SIZE);
                pill.getStyleClass().addAll("compliance-status",
                        "compliance-status-" + row.item().status().name().toLowerCase(java.util.Locale.ROOT));
                Label last = new Label(row.lastDay());
                last.getStyleClass().add("text-small");
                if (row.urgent()) {
                    last.getStyleClass().add("compliance-urgent");
                }
                last.setVisible(!row.lastDay().isEmpty());
                if (!row.grievanceFiled()) {
                    Tooltip.install(last, new Tooltip(Messages.get("compliance.row.lastDay.tooltip")));
                }
                last.setManaged(last.isVisible());
                VBox box = new VBox(2, pill, last);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
            }
        });
        statusCol.setPrefWidth(170);
        statusCol.setMinWidth(170);
        statusCol.setMaxWidth(170);
        table.getColumns().addAll(List.of(obligationCol, statusCol));
        Tables.fitHeaders(table);
        Forms.syncSelection(table.getSelectionModel(), viewModel.selectedProperty());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && viewModel.selectedProperty().get() != null) {
                obligation.requestFocus();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, Forms.buttonBar(add), toolbar, table, summary);
        box.setPadding(new Insets(14));
        return box;
    }

    private Node editor() {
        EditorPane pane = new EditorPane(viewModel.editor(), "compliance", viewModel::save, viewModel::delete);
        Node lastDay = lastDayPanel();

        obligation.setId("complianceObligation");
        obligation.setPromptText(Messages.get("compliance.obligation.prompt"));
        obligation.setWrapText(true);
        obligation.setPrefRowCount(3);
        obligation.textProperty().bindBidirectional(viewModel.obligationProperty());
        TextField clause = text("complianceClause", viewModel.clauseProperty(), "compliance.clause.prompt");
        // Searchable: the person types part of a code or title to find the agreement among many.
        ComboBox<LabelledChoice<TentativeAgreement>> agreement =
                Pickers.one("complianceAgreement", viewModel.agreementChoices());
        agreement.valueProperty().bindBidirectional(viewModel.agreementProperty());
        TextField responsible = text("complianceResponsible", viewModel.responsiblePartyProperty(),
                "compliance.responsible.prompt");
        TextField dueOn = Forms.date("complianceDueOn", Messages.get("compliance.date.prompt"), viewModel.dueOnProperty());
        ComboBox<ComplianceStatus> status = Forms.choice("complianceStatus", ComplianceStatus.values());
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        TextField noticed = Forms.date("complianceBreachNoticed", Messages.get("compliance.date.prompt"),
                viewModel.breachNoticedOnProperty());
        TextField window = text("complianceWindow", viewModel.windowDaysProperty(), "compliance.window.prompt");
        TextField filed = Forms.date("complianceGrievanceFiled", Messages.get("compliance.date.prompt"),
                viewModel.grievanceFiledOnProperty());
        Button filedToday = new Button(Messages.get("compliance.filedToday"));
        filedToday.setId("complianceFiledToday");
        filedToday.setTooltip(new Tooltip(Messages.get("compliance.filedToday.tooltip")));
        filedToday.setOnAction(e -> viewModel.grievanceFiledToday());
        fields.putAll(Map.of("obligation", obligation, "clause", clause, "agreementId", agreement, "responsibleParty",
                responsible, "dueOn", dueOn, "status", status, "breachNoticedOn", noticed, "grievanceWindowDays", window,
                "grievanceFiledOn", filed));

        GridPane form = Forms.grid();
        int row = 0;
        row = Forms.row(form, row, Messages.get("compliance.field.obligation"), obligation,
                Messages.get("compliance.field.obligation.help"), viewModel.editor().errors().messageFor("obligation"));
        row = Forms.row(form, row, Messages.get("compliance.field.clause"), clause,
                Messages.get("compliance.field.clause.help"), viewModel.editor().errors().messageFor("clause"));
        row = Forms.row(form, row, Messages.get("compliance.field.agreement"), agreement,
                Messages.get("compliance.field.agreement.help"), viewModel.editor().errors().messageFor("agreementId"));
        row = Forms.row(form, row, Messages.get("compliance.field.responsible"), responsible,
                Messages.get("compliance.field.responsible.help"), viewModel.editor().errors().messageFor("responsibleParty"));
        row = Forms.row(form, row, Messages.get("compliance.field.dueOn"), dueOn,
                Messages.get("compliance.field.dueOn.help"), viewModel.editor().errors().messageFor("dueOn"));
        row = Forms.row(form, row, Messages.get("compliance.field.status"), status,
                Messages.get("compliance.field.status.help"), viewModel.editor().errors().messageFor("status"));
        row = Forms.row(form, row, Messages.get("compliance.field.breachNoticed"), noticed,
                Messages.get("compliance.field.breachNoticed.help"), viewModel.editor().errors().messageFor("breachNoticedOn"));
        row = Forms.row(form, row, Messages.get("compliance.field.window"), window,
                Messages.get("compliance.field.window.help"), viewModel.editor().errors().messageFor("grievanceWindowDays"));
        row = Forms.row(form, row, Messages.get("compliance.field.filed"), filed,
                Messages.get("compliance.field.filed.help"), viewModel.editor().errors().messageFor("grievanceFiledOn"));
        form.add(Forms.buttonBar(filedToday), 1, row);

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
        VBox body = new VBox(12, lastDay, form, new Separator(), flow(breach, met, pane.deleteButton()));
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

    /** Buttons that wrap onto a second line rather than push the editor wider; labels are never clipped. */
    private static javafx.scene.layout.FlowPane flow(Button... buttons) {
        javafx.scene.layout.FlowPane flow = new javafx.scene.layout.FlowPane(8, 8);
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            flow.getChildren().add(b);
        }
        flow.setMinWidth(0);
        return flow;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Messages.get(promptKey));
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
