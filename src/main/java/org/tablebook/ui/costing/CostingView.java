package org.tablebook.ui.costing;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.costing.PackagePoint;
import org.tablebook.domain.Classification;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostItemKind;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.PayBasis;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.Formats;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.TabContents;
import org.tablebook.ui.common.Tables;
import org.tablebook.ui.common.SectionView;

/**
 * The Costing section, in three tabs: the package (ours against theirs, the cost of 1%, the
 * chart), the baseline (term and classifications, list plus editor), and the costed passes
 * (a pass's priced items, list plus editor). Binding and layout only.
 */
public final class CostingView implements SectionView {
    /** The classification list's height at the least: its heading and four rows. */
    private static final double CLASS_LIST_SHORTEST = 190;
    /** The least width of a column whose words wrap (a pass's words, a name): a long word stays whole. */
    private static final double PASS_SUMMARY_SHORTEST = 140;
    private final CostingViewModel viewModel;
    private final BaselineViewModel baseline;
    private final PassCostingViewModel passes;
    private final TabPane root = new TabPane();
    private final Tab packageTab = new Tab(Messages.get("costing.tab.package"));
    private final Tab baselineTab = new Tab(Messages.get("costing.tab.baseline"));
    private final Tab passesTab = new Tab(Messages.get("costing.tab.passes"));
    private final TextField className = new TextField();
    private final TextField amount = new TextField();
    private final TableView<PassRow> passTable;

    public CostingView(CostingViewModel viewModel) {
        this.viewModel = viewModel;
        this.baseline = viewModel.baseline();
        this.passes = viewModel.passes();
        passTable = table("costingPassTable", passes.passes(), "costing.passes.placeholder");
        for (Tab t : List.of(packageTab, baselineTab, passesTab)) {
            t.setClosable(false);
        }
        packageTab.setId("costingPackageTab");
        baselineTab.setId("costingBaselineTab");
        passesTab.setId("costingPassesTab");
        root.getTabs().setAll(packageTab, baselineTab, passesTab);
        // Each page joins the window when its tab is first chosen: the section's first showing
        // styles and lays out the package alone.
        TabContents.whenFirstChosen(packageTab, packagePane());
        TabContents.whenFirstChosen(baselineTab, baselinePane());
        TabContents.whenFirstChosen(passesTab, passesPane());
    }

    // ---- the package ----

    private Node packagePane() {
        Label summary = new Label();
        summary.setId("costingSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        Label onePercent = new Label();
        onePercent.setId("costingOnePercent");
        onePercent.getStyleClass().add("title-4");
        onePercent.textProperty().bind(viewModel.onePercentProperty());
        Label heading = new Label(Messages.get("costing.package.heading"));
        heading.getStyleClass().add("title-3");

        TableView<PackageRow> table = new TableView<>(viewModel.rows());
        table.setId("costingPackageTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PackageRow, String> period = column("costing.col.period", PackageRow::period, 220);
        TableColumn<PackageRow, String> ours = column("costing.col.ours", PackageRow::ours, 140);
        TableColumn<PackageRow, String> theirs = column("costing.col.theirs", PackageRow::theirs, 140);
        TableColumn<PackageRow, String> gap = column("costing.col.gap", PackageRow::gap, 140);
        TableColumn<PackageRow, String> settled = column("costing.col.settled", PackageRow::settled, 140);
        table.getColumns().addAll(List.of(period, ours, theirs, gap, settled));
        Tables.fitHeaders(table);
        // Every sum whole: in a narrow window the table scrolls sideways instead.
        Tables.fitContent(period, viewModel.rows(), PackageRow::period);
        Tables.fitContent(ours, viewModel.rows(), PackageRow::ours);
        Tables.fitContent(theirs, viewModel.rows(), PackageRow::theirs);
        Tables.fitContent(gap, viewModel.rows(), PackageRow::gap);
        Tables.fitContent(settled, viewModel.rows(), PackageRow::settled);
        Tables.fillOrScroll(table);
        table.setFixedCellSize(28);
        // Room for the sideways scroll bar too, when the window is too narrow for every sum.
        table.prefHeightProperty().bind(Bindings.size(viewModel.rows()).add(1.4).multiply(28)
                .add(Bindings.when(table.columnResizePolicyProperty().isEqualTo(TableView.UNCONSTRAINED_RESIZE_POLICY))
                        .then(16).otherwise(0)));
        table.setPlaceholder(new Label(Messages.get("costing.noBaseline")));
        Label packages = new Label();
        packages.setId("costingPackages");
        packages.setWrapText(true);
        packages.getStyleClass().add("text-muted");
        packages.textProperty().bind(viewModel.packagesProperty());

        CategoryAxis x = new CategoryAxis();
        x.setLabel(Messages.get("costing.chart.date"));
        NumberAxis y = new NumberAxis();
        y.setLabel(Messages.get("costing.chart.total"));
        y.setForceZeroInRange(true);
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("costingChart");
        chart.setTitle(Messages.get("costing.chart.title"));
        chart.setAnimated(false);
        chart.setMinHeight(260);
        viewModel.movement().addListener((ListChangeListener<PackagePoint>) c -> fill(chart));
        fill(chart);
        chart.visibleProperty().bind(viewModel.hasBaselineProperty());

        VBox box = new VBox(10, summary, onePercent, heading, table, packages, chart);
        box.setPadding(new Insets(14));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Money is drawn, not computed, here: the chart plots the totals the view model worked out. */
    private void fill(LineChart<String, Number> chart) {
        XYChart.Series<String, Number> ours = new XYChart.Series<>();
        ours.setName(Messages.get("costing.chart.ours"));
        XYChart.Series<String, Number> theirs = new XYChart.Series<>();
        theirs.setName(Messages.get("costing.chart.theirs"));
        for (PackagePoint p : viewModel.movement()) {
            String day = Formats.date(p.on());
            ours.getData().add(new XYChart.Data<>(day, p.ours().doubleValue()));
            theirs.getData().add(new XYChart.Data<>(day, p.theirs().doubleValue()));
        }
        chart.getData().setAll(List.of(ours, theirs));
    }

    private static <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setPrefWidth(width);
        col.setSortable(false);
        return col;
    }

    // ---- the baseline ----

    private Node baselinePane() {
        Label termHeading = new Label(Messages.get("costing.baseline.term"));
        termHeading.getStyleClass().add("title-4");
        termHeading.setWrapText(true);
        termHeading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField currency = field("costingCurrency", baseline.currencyProperty());
        TextField start = Forms.date("costingTermStart", Messages.get("common.datePrompt"), baseline.termStartProperty(), baseline.clock());
        TextField end = Forms.date("costingTermEnd", Messages.get("common.datePrompt"), baseline.termEndProperty(), baseline.clock());
        TextField rollUp = field("costingRollUp", baseline.rollUpProperty());
        GridPane term = Forms.grid();
        int row = 0;
        row = formRow(term, row, "costing.baseline.currency", currency, baseline.termErrors().messageFor("currency"));
        row = formRow(term, row, "costing.baseline.termStart", start, baseline.termErrors().messageFor("termStart"));
        row = formRow(term, row, "costing.baseline.termEnd", end, baseline.termErrors().messageFor("termEnd"));
        formRow(term, row, "costing.baseline.rollUp", rollUp, baseline.termErrors().messageFor("rollUpPercent"));
        Button saveTerm = new Button(Messages.get("costing.baseline.saveTerm"),
                new FontIcon("mdi2c-content-save-outline"));
        saveTerm.setId("costingSaveTerm");
        saveTerm.disableProperty().bind(baseline.termDirtyProperty().not().or(baseline.editor().busyProperty()));
        saveTerm.setOnAction(e -> baseline.saveTerm());
        VBox termBox = new VBox(8, termHeading, term, Forms.buttonBar(saveTerm));

        Label listHeading = new Label(Messages.get("costing.baseline.classifications"));
        listHeading.setMinWidth(160);
        listHeading.getStyleClass().add("title-4");
        Button add = new Button(Messages.get("costing.baseline.add"), new FontIcon("mdi2p-plus"));
        add.setId("costingAddClassification");
        add.setOnAction(e -> newClassification());
        Button importCsv = new Button(Messages.get("costing.baseline.import"), new FontIcon("mdi2f-file-import-outline"));
        importCsv.setId("costingImportCsv");
        importCsv.disableProperty().bind(baseline.editor().busyProperty());
        importCsv.setOnAction(e -> baseline.chooseAndImport());
        listHeading.setWrapText(true);
        listHeading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The heading over its buttons, which wrap: the list leaves the editor beside it room for its form.
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        importCsv.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox toolbar = new VBox(6, listHeading, new javafx.scene.layout.FlowPane(10, 6, add, importCsv));

        TableView<Classification> table = table("costingClassTable", baseline.classifications(),
                "costing.baseline.placeholder");
        table.getColumns().addAll(List.of(
                column("costing.col.name", Classification::name, 200),
                column("costing.col.headcount", c -> String.valueOf(c.headcount()), 70),
                column("costing.col.rate", c -> c.rate().toPlainString(), 90),
                column("costing.col.basis", c -> Labels.of(c.payBasis()), 110)));
        Tables.fitHeaders(table);
        wrapNames(table.getColumns().get(0));
        // Names and head counts whole; the pay basis and rate (in the editor beside) go first when narrow.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Tables.fillOrScroll(table, table.getColumns().get(3), table.getColumns().get(2));
        Forms.syncSelection(table.getSelectionModel(), baseline.selectedProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        // A few classifications in sight even on a short screen: the side scrolls rather than the list shrinking to a row.
        table.setMinHeight(CLASS_LIST_SHORTEST);
        VBox left = new VBox(12, termBox, new javafx.scene.control.Separator(), toolbar, table);
        left.setPadding(new Insets(14));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setFitToHeight(true);

        SplitPane split = new SplitPane(leftScroll, classificationEditor());
        split.setDividerPositions(0.5);
        split.getStyleClass().add("section-split");
        return split;
    }

    private Node classificationEditor() {
        className.setId("className");
        className.textProperty().bindBidirectional(baseline.nameProperty());
        ComboBox<PayBasis> basis = Forms.choice("classPayBasis", PayBasis.values());
        basis.valueProperty().bindBidirectional(baseline.payBasisProperty());
        GridPane form = Forms.grid();
        int row = 0;
        row = classRow(form, row, "name", className);
        row = classText(form, row, "headcount", baseline.headcountProperty());
        row = classRow(form, row, "payBasis", basis);
        row = classText(form, row, "rate", baseline.rateProperty());
        row = classText(form, row, "standardHours", baseline.standardHoursProperty());
        row = classText(form, row, "overtimeHours", baseline.overtimeHoursProperty());
        row = classText(form, row, "overtimeMultiplier", baseline.overtimeMultiplierProperty());
        row = classText(form, row, "premiumHours", baseline.premiumHoursProperty());
        row = classText(form, row, "premiumPerHour", baseline.premiumPerHourProperty());
        row = classText(form, row, "healthPremium", baseline.healthPremiumProperty());
        row = classText(form, row, "employerHealthPercent", baseline.employerHealthPercentProperty());
        classText(form, row, "pensionPercent", baseline.pensionPercentProperty());

        EditorPane pane = new EditorPane(baseline.editor(), "class", baseline::save, baseline::delete);
        return pane.pane(form, pane.saveBar(pane.deleteButton()), "classEditor", Messages.get("costing.baseline.hint"));
    }

    /**
     * A row of the classification's form, named once by the record's component: its label
     * (costing.class.rate), its message, and for a text field its id (classRate).
     */
    private int classRow(GridPane form, int row, String component, Control field) {
        return formRow(form, row, "costing.class." + component, field, baseline.editor().errors().messageFor(component));
    }

    private int classText(GridPane form, int row, String component, javafx.beans.property.StringProperty value) {
        String id = "class" + Character.toUpperCase(component.charAt(0)) + component.substring(1);
        return classRow(form, row, component, field(id, value));
    }

    // ---- the costed passes ----

    private Node passesPane() {
        passTable.getColumns().addAll(List.of(
                column("costing.col.demand", (PassRow r) -> r.demand().code(), 70),
                column("costing.col.side", (PassRow r) -> Labels.of(r.pass().side()), 90),
                column("costing.col.date", (PassRow r) -> Formats.date(r.pass().passedOn()), 100),
                // The cost before the pass's words, so that a laptop's screen shows it without scrolling.
                column("costing.col.cost", PassRow::cost, 130),
                column("costing.col.summary", (PassRow r) -> r.pass().summary(), 260)));
        Tables.fitHeaders(passTable);
        Tables.fitTexts(passTable.getColumns().get(1), java.util.stream.Stream.of(org.tablebook.domain.Side.values()).map(Labels::of), 0);
        @SuppressWarnings("unchecked")
        TableColumn<PassRow, String> summary = (TableColumn<PassRow, String>) passTable.getColumns().get(4);
        Tables.wrap(summary);
        summary.setMinWidth(PASS_SUMMARY_SHORTEST);
        Tables.fitContent(passTable.getColumns().get(3), passes.passes(), PassRow::cost);
        // Each cost whole beside its demand; when narrow, what the pass's editor shows goes first:
        // its words, its date, its side.
        passTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Tables.fillOrScroll(passTable, summary, passTable.getColumns().get(2), passTable.getColumns().get(1));
        Forms.syncSelection(passTable.getSelectionModel(), passes.selectedPassProperty());
        VBox left = new VBox(10, passTable);
        VBox.setVgrow(passTable, Priority.ALWAYS);
        left.setPadding(new Insets(14));

        Label cost = new Label();
        cost.setId("passCost");
        cost.setWrapText(true);
        cost.textProperty().bind(passes.passCostProperty());
        Label heading = new Label(Messages.get("costing.items.heading"));
        heading.getStyleClass().add("title-4");
        Button add = new Button(Messages.get("costing.items.add"), new FontIcon("mdi2p-plus"));
        add.setId("costingAddItem");
        add.setOnAction(e -> newPriced());
        HBox toolbar = new HBox(10, heading, new javafx.scene.layout.Region(), add);
        HBox.setHgrow(toolbar.getChildren().get(1), Priority.ALWAYS);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        TableView<CostItem> items = table("costingItemTable", passes.items(), "costing.items.placeholder");
        items.getColumns().addAll(List.of(
                column("costing.col.kind", (CostItem i) -> Labels.of(i.kind()), 230),
                column("costing.col.amount", (CostItem i) -> i.amount().toPlainString(), 80),
                column("costing.col.effective", (CostItem i) -> Formats.date(i.effectiveOn()), 100),
                column("costing.col.appliesTo", passes::appliesToName, 160)));
        Tables.fitHeaders(items);
        wrapNames(items.getColumns().get(0));
        // What each item is and its amount whole; when and to whom it applies (in the form below) go first.
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Tables.fillOrScroll(items, items.getColumns().get(3), items.getColumns().get(2));
        items.setPrefHeight(180);
        Forms.syncSelection(items.getSelectionModel(), passes.selectedItemProperty());

        ComboBox<CostItemKind> kind = Forms.choice("itemKind", CostItemKind.values());
        kind.valueProperty().bindBidirectional(passes.kindProperty());
        ComboBox<PassCostingViewModel.ClassChoice> appliesTo = new ComboBox<>(passes.classChoices());
        appliesTo.setId("itemAppliesTo");
        appliesTo.valueProperty().bindBidirectional(passes.appliesToProperty());
        amount.setId("itemAmount");
        amount.textProperty().bindBidirectional(passes.amountProperty());
        GridPane form = Forms.grid();
        int row = 0;
        row = formRow(form, row, "costing.item.kind", kind, passes.editor().errors().messageFor("kind"));
        row = formRow(form, row, "costing.item.classification", appliesTo,
                passes.editor().errors().messageFor("classificationId"));
        row = formRow(form, row, "costing.item.amount", amount, passes.editor().errors().messageFor("amount"));
        row = formRow(form, row, "costing.item.effectiveOn",
                Forms.date("itemEffectiveOn", Messages.get("common.datePrompt"), passes.effectiveOnProperty(), passes.clock()),
                passes.editor().errors().messageFor("effectiveOn"));
        formRow(form, row, "costing.item.note", field("itemNote", passes.noteProperty()),
                passes.editor().errors().messageFor("note"));
        // Under the pass's items, the editor of one: its buttons and Escape as every editor has them.
        EditorPane pane = new EditorPane(passes.editor(), "item", passes::save, passes::delete);
        VBox editor = new VBox(10, form, pane.saveBar(pane.deleteButton()));
        editor.setId("itemEditor");
        editor.visibleProperty().bind(passes.editor().editingProperty());
        editor.managedProperty().bind(passes.editor().editingProperty());
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                passes.editor().cancel();
                e.consume();
            }
        });
        VBox right = new VBox(12, cost, toolbar, items, editor);
        right.setPadding(new Insets(14));
        right.visibleProperty().bind(passes.selectedPassProperty().isNotNull());
        StackPane rightWithHint = new StackPane(EditorPane.hint(Messages.get("costing.passes.hint"),
                passes.selectedPassProperty().isNull()), right);

        SplitPane split = new SplitPane(left, new ScrollPane(rightWithHint) {
            {
                setFitToWidth(true);
            }
        });
        split.setDividerPositions(0.55);
        split.getStyleClass().add("section-split");
        return split;
    }

    // ---- helpers ----

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static int formRow(GridPane form, int row, String key, Control field,
            javafx.beans.value.ObservableValue<String> message) {
        String help = Messages.bundle().containsKey(key + ".help") ? Messages.get(key + ".help") : null;
        return Forms.row(form, row, Messages.get(key), field, help, message);
    }

    /** A list of the section: as wide as its columns (it scrolls sideways), saying what it holds while empty. */
    private static <T> TableView<T> table(String id, javafx.collections.ObservableList<T> rows, String placeholderKey) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(wrapped(Messages.get(placeholderKey)));
        return table;
    }

    /** A column of names that wrap between their words, a long word kept whole. */
    private static void wrapNames(TableColumn<?, ?> column) {
        Tables.wrap(column);
        column.setMinWidth(PASS_SUMMARY_SHORTEST);
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }

    private void newClassification() {
        root.getSelectionModel().select(baselineTab);
        baseline.newClassification();
        className.requestFocus();
    }

    private void newPriced() {
        passes.newItem();
        amount.requestFocus();
    }

    @Override
    public Node node() {
        return root;
    }

    /** Ctrl+N: a new item on the pass shown, or else a new classification. */
    @Override
    public void newItem() {
        if (root.getSelectionModel().getSelectedItem() == passesTab && passes.selectedPassProperty().get() != null) {
            newPriced();
        } else {
            newClassification();
        }
    }

    @Override
    public void focusSearch() {
        if (root.getSelectionModel().getSelectedItem() == passesTab) {
            passTable.requestFocus();
        }
    }

    @Override
    public void reveal(EntityRef ref, String field) {
        if (ref.kind() == EntityKind.CLASSIFICATION) {
            root.getSelectionModel().select(baselineTab);
            baseline.select(ref.id());
        } else if (ref.kind() == EntityKind.COSTING_BASELINE) {
            root.getSelectionModel().select(baselineTab);
        } else if (ref.kind() == EntityKind.COST_ITEM || ref.kind() == EntityKind.PROPOSAL) {
            root.getSelectionModel().select(passesTab);
        }
    }
}
