package org.tablebook.ui.agreements;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.ui.agreements.MemorandumViewModel.AgreementLine;
import org.tablebook.ui.agreements.MemorandumViewModel.MemorandumRow;
import org.tablebook.domain.EntityRef;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.FormRows;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.SectionView;
import org.tablebook.ui.common.RecordListPane;

/**
 * The Memorandum and ratification section: on the left, the confirmed agreements ready for a
 * memorandum and the memoranda so far; on the right, the selected memorandum, its agreements and
 * the members' vote.
 */
public final class MemorandumView implements SectionView {
    private final MemorandumViewModel viewModel;
    private final SplitPane root;
    private final ListView<MemorandumRow> table = new ListView<>();
    private final ListView<AgreementLine> ready = new ListView<>();

    public MemorandumView(MemorandumViewModel viewModel) {
        this.viewModel = viewModel;
        root = EditorPane.split(left(), details());
        AgreementsView.styled(root);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void newItem() {
        ready.requestFocus();
    }

    /** The memorandum has no search box: its lists are short. */
    @Override
    public void focusSearch() {
        newItem();
    }

    @Override
    public void reveal(EntityRef ref, String field) {
        if (viewModel.select(ref.id())) {
            table.requestFocus();
        }
    }

    private Node left() {
        Label readyTitle = new Label(Messages.get("moa.ready.title"));
        readyTitle.getStyleClass().add("title-4");
        Label readyHelp = new Label(Messages.get("moa.ready.help"));
        readyHelp.setWrapText(true);
        readyHelp.getStyleClass().addAll("text-muted", "text-small");
        readyHelp.setMinHeight(Region.USE_PREF_SIZE);

        ready.setId("moaReady");
        ready.setItems(viewModel.ready());
        ready.setPlaceholder(RecordListPane.placeholder(Messages.get("moa.ready.empty")));
        ready.setCellFactory(list -> new ReadyCell());
        ready.setPrefHeight(220);
        ready.setOnKeyPressed(e -> {
            AgreementLine line = ready.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && line != null) {
                line.chosenProperty().set(!line.isChosen());
                e.consume();
            }
        });
        VBox.setVgrow(ready, Priority.SOMETIMES);

        TextField draftOn = Forms.date("moaDraftOn", Messages.get("agreements.date.prompt"), viewModel.draftOnProperty(), viewModel.clock());
        draftOn.setTooltip(new Tooltip(Messages.get("moa.draftOn.help")));
        draftOn.disableProperty().bind(viewModel.pendingProperty());
        Label draftOnLabel = new Label(Messages.get("moa.draftOn"));
        draftOnLabel.setLabelFor(draftOn);
        draftOnLabel.getStyleClass().add("form-label");
        draftOnLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button chooseAll = new Button(Messages.get("moa.chooseAll"));
        chooseAll.setId("moaChooseAll");
        chooseAll.setOnAction(e -> viewModel.chooseAll());
        chooseAll.disableProperty().bind(Bindings.isEmpty(viewModel.ready()));
        Button put = new Button(Messages.get("moa.draft"), new FontIcon("mdi2f-file-sign"));
        put.setId("moaDraft");
        put.textProperty().bind(Bindings.when(viewModel.pendingProperty())
                .then(Bindings.createStringBinding(() -> Messages.format("moa.addTo", viewModel.pendingLabelProperty()
                        .get()), viewModel.pendingLabelProperty()))
                .otherwise(Messages.get("moa.draft")));
        put.setTooltip(new Tooltip(Messages.get("moa.draft.tooltip")));
        put.disableProperty().bind(viewModel.anyChosenProperty().not().or(viewModel.busyProperty()));
        put.setOnAction(e -> viewModel.putChosenInMemorandum());
        HBox draftBar = new HBox(8, draftOnLabel, draftOn);
        draftBar.setAlignment(Pos.CENTER_LEFT);
        // "Add to the memorandum of <date>" is long: on a line of its own, on two lines when narrow.
        put.setWrapText(true);
        put.setMinHeight(Region.USE_PREF_SIZE);
        put.setMaxWidth(Double.MAX_VALUE);
        VBox draftButtons = new VBox(8, chooseAll, put);
        Label draftError = new Label();
        draftError.setId("moaDraftOnError");
        draftError.getStyleClass().add("field-error");
        draftError.setWrapText(true);
        draftError.textProperty().bind(viewModel.errors().messageFor("moaDraftedOn"));
        draftError.visibleProperty().bind(draftError.textProperty().isNotEmpty());
        draftError.managedProperty().bind(draftError.visibleProperty());

        Label listTitle = new Label(Messages.get("moa.list.title"));
        listTitle.getStyleClass().add("title-4");
        table.setId("moaTable");
        table.setItems(viewModel.memoranda());
        table.setPlaceholder(RecordListPane.placeholder(Messages.get("moa.list.empty")));
        table.setCellFactory(list -> new MemorandumCell());
        Forms.syncSelection(table.getSelectionModel(), viewModel.selectedProperty());
        table.setPrefHeight(200);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox box = new VBox(10, readyTitle, readyHelp, ready, draftBar, draftError, draftButtons, new Separator(),
                listTitle, table);
        box.setPadding(new Insets(14));
        return box;
    }

    /** A memorandum on two lines: when it was drafted and what the members decided. */
    private static final class MemorandumCell extends ListCell<MemorandumRow> {
        MemorandumCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(MemorandumRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label heading = new Label(row.heading());
            heading.getStyleClass().add("moa-code");
            Label outcome = new Label(row.outcome());
            outcome.getStyleClass().addAll("text-small", "moa-outcome-" + row.style());
            // A list measures its cells without a width: the lines wrap at the list's width.
            for (Label l : List.of(heading, outcome)) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.prefWidthProperty().bind(widthProperty().subtract(30));
            }
            setGraphic(new VBox(2, heading, outcome));
        }
    }

    /** A confirmed agreement with the box that chooses it for the memorandum. */
    private static final class ReadyCell extends ListCell<AgreementLine> {
        private final CheckBox box = new CheckBox();
        private AgreementLine bound;

        ReadyCell() {
            // The cell takes the list's width, so long texts wrap instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(AgreementLine line, boolean empty) {
            super.updateItem(line, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.chosenProperty());
                bound = null;
            }
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = line;
            box.selectedProperty().bindBidirectional(line.chosenProperty());
            box.setId("moaChoose-" + line.demandCode());
            setGraphic(lineNode(line, box, widthProperty()));
            setText(null);
        }
    }

    /** An agreement's line in a list {@code width} wide: its title and text wrap rather than end in "…". */
    static Node lineNode(AgreementLine line, Node leading, javafx.beans.value.ObservableNumberValue width) {
        Label code = new Label(line.demandCode());
        code.getStyleClass().add("moa-code");
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(line.demandTitle());
        title.getStyleClass().add("moa-title");
        title.setWrapText(true);
        Label text = new Label(line.text());
        text.getStyleClass().addAll("text-muted", "text-small");
        text.setWrapText(true);
        // Room left beside the tick or the status, the code, the gaps and the cell's padding.
        javafx.beans.value.ObservableDoubleValue beside = leading == null
                ? new javafx.beans.property.SimpleDoubleProperty(0)
                : ((Region) leading).widthProperty();
        text.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(120, width.doubleValue() - beside.get() - 50), width, beside));
        title.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(120, width.doubleValue() - beside.get() - code.getWidth() - 60), width, beside,
                code.widthProperty()));
        title.setMinHeight(Region.USE_PREF_SIZE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox words = new VBox(2, new HBox(8, code, title), text);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        HBox row = leading == null ? new HBox(10, words) : new HBox(10, leading, words);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node details() {
        Label heading = new Label();
        heading.setId("moaHeading");
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(viewModel.headingProperty());
        heading.setWrapText(true);

        Label result = new Label();
        result.setId("moaResult");
        result.setWrapText(true);
        result.setMaxWidth(Double.MAX_VALUE);
        result.textProperty().bind(viewModel.resultProperty());
        result.getStyleClass().add("moa-result");
        Runnable restyle = () -> {
            result.getStyleClass().removeAll("moa-result-waiting", "moa-result-ratified", "moa-result-rejected");
            result.getStyleClass().add("moa-result-" + viewModel.resultStyleProperty().get());
        };
        viewModel.resultStyleProperty().addListener((obs, was, is) -> restyle.run());
        restyle.run();

        Label inTitle = new Label(Messages.get("moa.in.title"));
        inTitle.getStyleClass().add("title-4");
        ListView<AgreementLine> in = new ListView<>(viewModel.inMemorandum());
        in.setId("moaAgreements");
        in.setPrefHeight(200);
        in.setCellFactory(list -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(AgreementLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                // The status above the words, so that a long title keeps the width to wrap in.
                setGraphic(empty || line == null ? null
                        : new VBox(4, statusTag(line), lineNode(line, null, widthProperty())));
            }
        });
        Button takeOut = new Button(Messages.get("moa.remove"), new FontIcon("mdi2f-file-undo-outline"));
        takeOut.setId("moaRemove");
        takeOut.setTooltip(new Tooltip(Messages.get("moa.remove.tooltip")));
        takeOut.disableProperty().bind(viewModel.canChangeMemorandumProperty().not()
                .or(in.getSelectionModel().selectedItemProperty().isNull()));
        takeOut.setOnAction(e -> viewModel.remove(in.getSelectionModel().getSelectedItem()));
        Button discard = new Button(Messages.get("moa.discard") + "\u2026");
        discard.setId("moaDiscard");
        discard.getStyleClass().add("danger");
        discard.setTooltip(new Tooltip(Messages.get("moa.discard.tooltip")));
        discard.disableProperty().bind(viewModel.canChangeMemorandumProperty().not());
        discard.setOnAction(e -> viewModel.discard());
        javafx.scene.layout.FlowPane memoButtons = AgreementsView.flow(takeOut, discard);

        Label voteTitle = new Label(Messages.get("moa.vote.heading"));
        voteTitle.getStyleClass().add("title-4");
        Label voteHelp = new Label(Messages.get("moa.vote.help"));
        voteHelp.setWrapText(true);
        voteHelp.getStyleClass().addAll("text-muted", "text-small");
        voteHelp.setMinHeight(Region.USE_PREF_SIZE);
        TextField voteOn = Forms.date("moaVoteOn", Messages.get("agreements.date.prompt"), viewModel.voteOnProperty(), viewModel.clock());
        TextField eligible = field("moaEligible", viewModel.eligibleProperty(), Messages.get("moa.eligible.prompt"));
        TextField yes = field("moaYes", viewModel.yesProperty(), Messages.get("moa.yes.prompt"));
        TextField no = field("moaNo", viewModel.noProperty(), Messages.get("moa.no.prompt"));
        FormRows form = new FormRows(viewModel.errors(), "moa.field.")
                .field("voteOn", voteOn, "voteOn")
                .field("eligible", eligible, "eligibleVoters")
                .field("yes", yes, "yes")
                .field("no", no, "no");
        // The vote's names are short: in a narrow pane the fields keep room for their prompts.
        form.grid().getColumnConstraints().get(0).setMinWidth(80);
        for (TextField f : List.of(voteOn, eligible, yes, no)) {
            f.disableProperty().bind(viewModel.votedProperty());
        }
        Button record = new Button(Messages.get("moa.vote.record") + "\u2026", new FontIcon("mdi2v-vote"));
        record.setId("moaRecordVote");
        record.setDefaultButton(true);
        record.setTooltip(new Tooltip(Messages.get("moa.vote.record.tooltip")));
        record.disableProperty().bind(viewModel.canRecordVoteProperty().not());
        record.setOnAction(e -> viewModel.recordVote());
        VBox voteBox = new VBox(8, voteTitle, voteHelp, form.grid(), Forms.buttonBar(record));

        VBox box = new VBox(12, heading, result, inTitle, in, memoButtons, new Separator(), voteBox);
        box.setId("moaDetails");
        box.setPadding(new Insets(14));
        // As wide as the pane and no wider: the texts wrap, nothing scrolls sideways.
        box.setMinWidth(0);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.visibleProperty().bind(viewModel.selectedProperty().isNotNull());

        Label hint = RecordListPane.placeholder(Messages.get("moa.details.hint"));
        VBox hintBox = new VBox(hint);
        hintBox.setAlignment(Pos.CENTER);
        hintBox.visibleProperty().bind(viewModel.selectedProperty().isNull());
        return new StackPane(hintBox, scroll);
    }

    private static Label statusTag(AgreementLine line) {
        Label tag = AgreementsView.pill(line.status());
        tag.setMinWidth(Region.USE_PREF_SIZE);
        return tag;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(10);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
