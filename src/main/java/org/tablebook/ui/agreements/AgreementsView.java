package org.tablebook.ui.agreements;

import java.util.List;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TableSession;
import org.tablebook.ui.common.Pills;
import org.tablebook.ui.common.ButtonFlow;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.FormRows;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.LabelledChoice;
import org.tablebook.ui.common.ListSection;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.Pickers;
import org.tablebook.ui.common.RowColumns;
import org.tablebook.ui.common.RecordListPane;
import org.tablebook.ui.common.Tables;

/**
 * The Tentative agreements section: the agreements on the left, the chosen one's editor on the
 * right. The memorandum with its ratification vote and the information requests are sections of
 * their own ({@link MemorandumView}, {@link InformationRequestsView}).
 */
public final class AgreementsView extends ListSection<AgreementRow> {
    private final AgreementsViewModel viewModel;
    /** Searchable: the person types part of a code or title to find the demand among many. */
    private final ComboBox<LabelledChoice<Demand>> demand;
    private final TextArea text = new TextArea();

    public AgreementsView(AgreementsViewModel viewModel) {
        super(new RecordListPane<>(viewModel.list(), "agreement", Messages.get("agreements.search.prompt"),
                Messages.get("agreements.search.help"), Messages.get("agreements.table.empty")),
                new FormRows(viewModel.editor().errors(), "agreements.field."));
        this.viewModel = viewModel;
        demand = Pickers.one("agreementDemand", viewModel.demandChoices());
        styled(split(list(), editor()));
    }

    /** A section of this package with the package's stylesheet. */
    static Node styled(Node node) {
        if (node instanceof Parent parent) {
            parent.getStylesheets().add(Objects.requireNonNull(
                    AgreementsView.class.getResource("/org/tablebook/ui/agreements/agreements.css")).toExternalForm());
        }
        return node;
    }

    @Override
    public void newItem() {
        viewModel.newAgreement();
        demand.requestFocus();
    }

    private Node list() {
        ComboBox<LabelledChoice<TaStatus>> filter = RecordListPane.filter("agreementStatusFilter",
                Messages.get("agreements.filter.tooltip"), viewModel.statusFilter().choices(),
                viewModel.statusFilter().chosenProperty());
        Button add = EditorPane.add("agreementAdd", Messages.get("agreements.add"), "mdi2h-handshake-outline",
                Messages.get("agreements.add.tooltip"), this::newItem);
        TableColumn<AgreementRow, AgreementRow> agreementCol = RowColumns.drawn(Messages.get("agreements.col.demand"),
                AgreementsView::agreementLines);
        agreementCol.setPrefWidth(300);
        list.table().getColumns().add(agreementCol);
        list.enterEdits(text);
        return list.node(add, filter);
    }

    /**
     * The status, then the demand and the agreement's facts on lines of their own: one column, so
     * the list reads well however narrow it is.
     */
    private static Node agreementLines(TableCell<AgreementRow, AgreementRow> cell, AgreementRow row) {
        Label demand = new Label(row.demand());
        demand.getStyleClass().add("agreement-demand");
        Label reached = new Label(row.reachedLine());
        reached.getStyleClass().addAll("text-muted", "text-small");
        Label steps = new Label(row.stepsLine());
        steps.getStyleClass().addAll("text-muted", "text-small");
        Tables.tooltip(cell, row.demand() + "\n" + row.reachedLine() + "\n" + row.stepsLine());
        return Tables.wrappingUnder(cell, pill(row.status()), demand, reached, steps);
    }

    /** The status as a coloured pill, the same in the table and the editor. */
    static Label pill(TaStatus status) {
        Label pill = Pills.of(switch (status) {
            case TENTATIVE -> Pills.Tone.WARNING;
            case CONFIRMED -> Pills.Tone.ACCENT;
            case IN_MOA -> Pills.Tone.HIGHLIGHT;
            case RATIFIED -> Pills.Tone.SUCCESS;
            case REOPENED -> Pills.Tone.DANGER;
        });
        pill.setText(Labels.of(status));
        pill.getStyleClass().addAll("ta-status", "ta-status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        return pill;
    }

    private Node editor() {
        EditorPane pane = new EditorPane(viewModel.editor(), "agreement", viewModel::save, viewModel::delete);
        StackPane statusPill = new StackPane();
        statusPill.setAlignment(Pos.CENTER_LEFT);
        statusPill.setId("agreementStatus");
        viewModel.statusProperty().addListener((obs, was, is) -> statusPill.getChildren().setAll(pill(is)));
        statusPill.getChildren().setAll(pill(viewModel.statusProperty().get()));
        Label explanation = new Label();
        explanation.setId("agreementStatusExplanation");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("text-muted");
        explanation.textProperty().bind(viewModel.statusExplanationProperty());
        HBox.setHgrow(explanation, Priority.ALWAYS);
        HBox statusLine = new HBox(12, statusPill, explanation);
        statusLine.setAlignment(Pos.CENTER_LEFT);

        demand.valueProperty().bindBidirectional(viewModel.demandProperty());
        demand.setPromptText(Messages.get("agreements.demand.prompt"));
        demand.disableProperty().bind(viewModel.editor().creatingProperty().not());

        text.setId("agreementText");
        text.setPromptText(Messages.get("agreements.text.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.textProperty().bindBidirectional(viewModel.textProperty());
        TextArea publicText = new TextArea();
        publicText.setId("agreementPublicText");
        publicText.setPromptText(Messages.get("agreements.publicText.prompt"));
        publicText.setWrapText(true);
        publicText.setPrefRowCount(3);
        publicText.textProperty().bindBidirectional(viewModel.publicTextProperty());

        ComboBox<TaSource> source = Forms.choice("agreementSource", TaSource.values());
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        ComboBox<LabelledChoice<Sidebar>> sidebar = Pickers.one("agreementSidebar", viewModel.sidebarChoices());
        sidebar.valueProperty().bindBidirectional(viewModel.sidebarProperty());
        sidebar.disableProperty().bind(viewModel.sourceProperty().isNotEqualTo(TaSource.SIDEBAR)
                .or(viewModel.lockedProperty()));
        javafx.scene.control.Hyperlink openSidebar = new javafx.scene.control.Hyperlink(
                Messages.get("agreements.sidebar.open"));
        openSidebar.setId("agreementOpenSidebar");
        openSidebar.setTooltip(new javafx.scene.control.Tooltip(Messages.get("agreements.sidebar.open.tooltip")));
        openSidebar.visibleProperty().bind(viewModel.canOpenSidebarProperty());
        openSidebar.managedProperty().bind(openSidebar.visibleProperty());
        openSidebar.setOnAction(e -> viewModel.openSidebar());

        TextField reachedOn = Forms.date("agreementReachedOn", Messages.get("agreements.date.prompt"),
                viewModel.reachedOnProperty(), viewModel.clock());
        TextField byUs = Forms.date("agreementInitialedByUs", Messages.get("agreements.initials.prompt"),
                viewModel.initialedByUsOnProperty(), viewModel.clock());
        TextField byThem = Forms.date("agreementInitialedByThem", Messages.get("agreements.initials.prompt"),
                viewModel.initialedByThemOnProperty(), viewModel.clock());
        TextField approved = Forms.dateTime("agreementTeamApproved", Messages.get("agreements.approved.prompt"),
                viewModel.teamApprovedAtProperty(), viewModel.clock());
        ComboBox<LabelledChoice<TableSession>> session = Pickers.one("agreementSession", viewModel.sessionChoices());
        session.valueProperty().bindBidirectional(viewModel.confirmedSessionProperty());

        for (Control c : List.of(text, publicText, source, reachedOn, byUs, byThem, approved, session)) {
            c.disableProperty().bind(viewModel.lockedProperty());
        }
        form.field("demand", demand, "demandId")
                .field("text", text, "text")
                .span(agreedTexts())
                .field("publicText", publicText, "publicText")
                .field("source", source, "source")
                .field("sidebar", sidebar, "sidebarId")
                .under(openSidebar)
                .field("reachedOn", reachedOn, "reachedOn")
                .field("initialedByUs", byUs, "initialedByUsOn")
                .field("initialedByThem", byThem, "initialedByThemOn")
                .field("teamApproved", approved, "teamApprovedAt")
                .field("session", session, "confirmedSessionId");

        Button save = pane.saveButton();
        save.textProperty().bind(Bindings.when(viewModel.editor().creatingProperty())
                .then(Messages.get("agreements.reach")).otherwise(Messages.get("agreements.save")));
        save.disableProperty().unbind();
        save.disableProperty().bind(viewModel.editor().dirtyProperty().not().or(viewModel.editor().busyProperty())
                .or(viewModel.lockedProperty()));

        Button confirm = new Button(Messages.get("agreements.confirm"), new FontIcon("mdi2c-check-decagram-outline"));
        confirm.setId("agreementConfirm");
        confirm.setTooltip(new javafx.scene.control.Tooltip(Messages.get("agreements.confirm.tooltip")));
        confirm.disableProperty().bind(viewModel.canConfirmProperty().not());
        confirm.setOnAction(e -> viewModel.confirm());
        Button reopen = new Button(Messages.get("agreements.reopen") + "\u2026", new FontIcon("mdi2l-lock-open-outline"));
        reopen.setId("agreementReopen");
        reopen.setTooltip(new javafx.scene.control.Tooltip(Messages.get("agreements.reopen.tooltip")));
        reopen.disableProperty().bind(viewModel.canReopenProperty().not());
        reopen.setOnAction(e -> viewModel.reopen());
        Button again = new Button(Messages.get("agreements.reachAgain"), new FontIcon("mdi2r-restore"));
        again.setId("agreementReachAgain");
        again.setTooltip(new javafx.scene.control.Tooltip(Messages.get("agreements.reachAgain.tooltip")));
        again.disableProperty().bind(viewModel.canReachAgainProperty().not());
        again.setOnAction(e -> viewModel.reachAgain());
        Button delete = pane.deleteButton();
        delete.setTooltip(new javafx.scene.control.Tooltip(Messages.get("agreements.delete.tooltip")));
        delete.disableProperty().unbind();
        delete.disableProperty().bind(viewModel.canDeleteProperty().not());
        // Only the steps that apply to the agreement's status are offered.
        confirm.visibleProperty().bind(viewModel.statusProperty().isEqualTo(TaStatus.TENTATIVE));
        confirm.managedProperty().bind(confirm.visibleProperty());
        again.visibleProperty().bind(viewModel.statusProperty().isEqualTo(TaStatus.REOPENED));
        again.managedProperty().bind(again.visibleProperty());
        javafx.scene.layout.FlowPane lifecycle = flow(confirm, reopen, again, delete);
        Label lifecycleTitle = new Label(Messages.get("agreements.lifecycle"));
        lifecycleTitle.getStyleClass().add("title-4");
        Label lifecycleHelp = new Label(Messages.get("agreements.lifecycle.help"));
        lifecycleHelp.getStyleClass().addAll("text-muted", "text-small");
        lifecycleHelp.setWrapText(true);
        lifecycleHelp.setMinWidth(0);
        VBox lifecycleBox = new VBox(8, lifecycleTitle, lifecycleHelp, lifecycle);
        lifecycleBox.visibleProperty().bind(viewModel.editor().creatingProperty().not());
        lifecycleBox.managedProperty().bind(lifecycleBox.visibleProperty());

        VBox body = new VBox(12, statusLine, form.grid(), new Separator(), lifecycleBox);
        return pane.pane(body, pane.saveBar(), "agreementEditor", Messages.get("agreements.editor.hint"));
    }

    /** The editor's buttons, wrapping as {@link ButtonFlow} does, at a narrower width. */
    static javafx.scene.layout.FlowPane flow(Button... buttons) {
        javafx.scene.layout.FlowPane flow = ButtonFlow.of(buttons);
        flow.setPrefWrapLength(300);
        return flow;
    }

    /** The agreed text of each contract section the TA settles, editable while the TA is. */
    private Node agreedTexts() {
        VBox list = new VBox(6);
        list.setId("agreementAgreedTexts");
        Runnable fill = () -> {
            list.getChildren().clear();
            for (AgreementsViewModel.AgreedText t : viewModel.agreedTexts()) {
                Label name = new Label(org.tablebook.ui.common.Formats.section(t.section()));
                name.getStyleClass().addAll("form-label", "text-small");
                name.setWrapText(true);
                TextArea area = Forms.area("agreedText-" + t.section().id(), "", 5, t.text());
                area.setTooltip(new javafx.scene.control.Tooltip(Messages.get("agreements.agreedText.help")));
                area.disableProperty().bind(viewModel.lockedProperty());
                list.getChildren().addAll(name, area);
            }
        };
        viewModel.agreedTexts().addListener((javafx.collections.ListChangeListener<AgreementsViewModel.AgreedText>) c ->
                fill.run());
        fill.run();
        Label title = new Label(Messages.get("agreements.agreedText"));
        title.getStyleClass().add("form-label");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.editor().errors().messageFor("agreedText"));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(6, title, list, error);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.agreedTexts()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
