package org.tablebook.ui.contract;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.tablebook.ui.common.Pills;
import org.tablebook.ui.common.Tables;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.contract.NewContract;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.FormRows;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.RowColumns;
import org.tablebook.ui.common.RecordListPane;
import org.tablebook.ui.common.RedlineText;
import org.tablebook.ui.common.SectionView;

/**
 * The Contract section: on the first tab the current contract's sections beside the editor of
 * the one selected, with the import; on the second the new contract the TAs make, each section
 * as a redline against the current contract and the open ones marked.
 */
public final class ContractView implements SectionView {
    /** The least width of a column that wraps names: a long word and the cell's padding. */
    private static final double LONG_WORD_COLUMN = 130;
    private final ContractViewModel viewModel;
    private final TabPane root = new TabPane();
    private final RecordListPane<ContractSection> list;
    private final TextField articleNumber = new TextField();

    public ContractView(ContractViewModel viewModel) {
        this.viewModel = viewModel;
        list = new RecordListPane<>(viewModel.list(), "contract", Messages.get("contract.search.prompt"),
                Messages.get("contract.search.help"), Messages.get("contract.empty"));
        Tab sectionsTab = new Tab(Messages.get("contract.tab.sections"), EditorPane.split(list(), editor()));
        sectionsTab.setId("contractSectionsTab");
        Tab newTab = new Tab(Messages.get("contract.tab.new"), newContract());
        newTab.setId("newContractTab");
        for (Tab t : List.of(sectionsTab, newTab)) {
            t.setClosable(false);
        }
        root.getTabs().setAll(sectionsTab, newTab);
        root.setId("contractTabs");
    }

    private Node list() {
        Button importButton = EditorPane.add("contractImport", Messages.get("contract.import"),
                "mdi2f-file-import-outline", Messages.get("contract.import.help"), viewModel::importContract);
        importButton.disableProperty().bind(viewModel.importingProperty());
        Button add = EditorPane.add("contractAdd", Messages.get("contract.add"), "mdi2p-plus",
                Messages.get("contract.add.help"), this::newItem);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(10, importButton, gap, add);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        list.search().setMaxWidth(Double.MAX_VALUE);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(viewModel.importingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("contractImportStatus");
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(viewModel.importStatusProperty());
        HBox statusBar = new HBox(8, progress, status);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.visibleProperty().bind(viewModel.importStatusProperty().isNotEmpty());
        statusBar.managedProperty().bind(statusBar.visibleProperty());
        ListView<String> problems = new ListView<>(viewModel.importProblems());
        problems.setId("contractImportProblems");
        problems.getStyleClass().add("import-problems");
        problems.setPrefHeight(110);
        problems.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setGraphic(empty ? null : new FontIcon("mdi2a-alert-circle-outline"));
            }
        });
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.importProblems()));
        problems.managedProperty().bind(problems.visibleProperty());

        TableView<ContractSection> table = list.table();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ContractSection, String> article = column("contract.col.article",
                c -> (c.articleNumber() + " " + c.articleTitle()).strip(), 150);
        TableColumn<ContractSection, String> number = column("contract.col.number", ContractSection::number, 72);
        // A section the current contract lacks (a new article a demand adds) says so after its title.
        TableColumn<ContractSection, String> title = column("contract.col.title", c -> c.inCurrentContract()
                ? c.title() : Messages.format("contract.state.added", c.title()).strip(), 150);
        table.getColumns().addAll(List.of(article, number, title));
        // Long article and section names (longer in Spanish) wrap rather than end in "...".
        Tables.wrap(article);
        Tables.wrap(title);
        // They wrap between words; a long word ("Identification", "Reconocimiento") stays whole.
        article.setMinWidth(LONG_WORD_COLUMN);
        title.setMinWidth(LONG_WORD_COLUMN);
        // When narrow, the article (also in the section beside the list) goes first.
        Tables.fillOrScroll(table, article);
        table.setSortPolicy(t -> false);
        VBox box = RecordListPane.box(toolbar, list.search(), statusBar, problems, table);
        box.setMinWidth(300);
        return box;
    }

    private static TableColumn<ContractSection, String> column(String key,
            java.util.function.Function<ContractSection, String> value, double width) {
        TableColumn<ContractSection, String> col = RowColumns.text(Messages.get(key), value, width);
        col.setSortable(false);
        return col;
    }

    private Node editor() {
        EditorPane pane = new EditorPane(viewModel.editor(), "contractSection", viewModel::save, viewModel::delete);
        articleNumber.setId("sectionArticleNumber");
        articleNumber.setPromptText(Messages.get("contract.articleNumber.prompt"));
        articleNumber.textProperty().bindBidirectional(viewModel.articleNumberProperty());
        TextField articleTitle = Forms.text("sectionArticleTitle", "contract.articleTitle.prompt",
                viewModel.articleTitleProperty());
        TextField number = Forms.text("sectionNumber", "contract.number.prompt", viewModel.numberProperty());
        TextField title = Forms.text("sectionTitle", "contract.title.prompt", viewModel.titleProperty());
        TextArea text = Forms.area("sectionText", Messages.get("contract.text.prompt"), 14, viewModel.textProperty());

        Label note = new Label(Messages.get("contract.text.note"));
        note.setWrapText(true);
        note.getStyleClass().addAll("text-muted", "text-small");
        FormRows form = new FormRows(viewModel.editor().errors())
                .field(Messages.get("contract.field.articleNumber"), Messages.get("contract.articleNumber.help"),
                        articleNumber, "articleNumber")
                .field(Messages.get("contract.field.articleTitle"), Messages.get("contract.articleTitle.help"),
                        articleTitle, "articleTitle")
                .field(Messages.get("contract.field.number"), Messages.get("contract.number.help"), number, "number")
                .field(Messages.get("contract.field.title"), Messages.get("contract.title.help"), title, "title")
                .field(Messages.get("contract.field.text"), Messages.get("contract.text.help"), text, "text")
                .under(note);

        return pane.pane(form.grid(), pane.saveBar(pane.deleteButton()), "contractSectionEditor",
                Messages.get("contract.hint"));
    }

    private Node newContract() {
        Label summary = new Label();
        summary.setId("newContractSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.newContractSummaryProperty());
        Label legend = new Label(Messages.get("contract.assembled.legend"));
        legend.setWrapText(true);
        legend.getStyleClass().addAll("text-muted", "text-small");
        ListView<NewContract.Section> list = new ListView<>(viewModel.newContract());
        list.setId("newContractList");
        list.getStyleClass().add("new-contract");
        Label empty = new Label(Messages.get("contract.assembled.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new AssembledCell(l));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, summary, legend, list);
        box.setPadding(new Insets(14));
        return box;
    }

    /** One section of the new contract: its name, where it stands, and its redline. */
    private final class AssembledCell extends ListCell<NewContract.Section> {
        private final Label head = new Label();
        private final Label state = Pills.of(null);
        private final VBox box = new VBox(4);

        AssembledCell(ListView<NewContract.Section> list) {
            head.getStyleClass().add("assembled-head");
            head.setWrapText(true);
            head.setMinHeight(Region.USE_PREF_SIZE);
            box.getStyleClass().add("assembled-section");
            box.maxWidthProperty().bind(list.widthProperty().subtract(34));
            box.prefWidthProperty().bind(box.maxWidthProperty());
        }

        @Override
        protected void updateItem(NewContract.Section s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            head.setText(ContractViewModel.name(s.section()));
            state.setText(Messages.get("contract.assembled.state." + s.state().name()));
            Pills.tone(state, switch (s.state()) {
                case UNCHANGED -> Pills.Tone.NEUTRAL;
                case AGREED -> Pills.Tone.SUCCESS;
                case OPEN -> Pills.Tone.WARNING;
            });
            state.getStyleClass().removeIf(c -> c.startsWith("assembled-state-"));
            state.getStyleClass().add("assembled-state-" + s.state().name().toLowerCase(java.util.Locale.ROOT));
            // The name takes the room the badge leaves and wraps in it.
            head.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(head, Priority.ALWAYS);
            HBox top = new HBox(8, head, state);
            top.setAlignment(Pos.CENTER_LEFT);
            javafx.scene.text.TextFlow text = RedlineText.of(null, s.redline(), List.of());
            text.prefWidthProperty().bind(box.prefWidthProperty().subtract(20));
            box.getChildren().setAll(top, text);
            if (!s.agreed().isEmpty()) {
                Label from = new Label(Messages.format("contract.assembled.from", s.agreed().size()));
                from.getStyleClass().addAll("text-muted", "text-small");
                box.getChildren().add(from);
            }
            setGraphic(box);
            setId("assembled-" + s.section().id());
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        root.getSelectionModel().select(0);
        viewModel.newSection();
        articleNumber.requestFocus();
    }

    @Override
    public void focusSearch() {
        root.getSelectionModel().select(0);
        list.focusSearch();
    }

    @Override
    public void reveal(org.tablebook.domain.EntityRef ref, String field) {
        if (ref.kind() == org.tablebook.domain.EntityKind.CONTRACT_SECTION) {
            root.getSelectionModel().select(0);
            viewModel.list().select(ref.id());
        }
    }
}
