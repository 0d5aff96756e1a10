package org.tablebook.ui.sidebars;

import static org.tablebook.ui.sidebars.SidebarForms.*;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.Demand;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;

/**
 * Step 3, after the sidebar: topic by topic, each side's position and the tentative conclusion;
 * then the confidential notes, with a warning when the ground rules said no notes.
 */
final class OutcomePage {
    private final SidebarsViewModel viewModel;
    private final SidebarEditorViewModel editor;
    private final java.util.function.BooleanSupplier shown;
    private final Node node;
    /** Set by the add-topic buttons: the next new topic card takes the keyboard. */
    private boolean focusNewTopic;

    /** {@code shown} tells whether this page is the one on screen. */
    OutcomePage(SidebarsViewModel viewModel, java.util.function.BooleanSupplier shown) {
        this.viewModel = viewModel;
        this.editor = viewModel.editor();
        this.shown = shown;
        this.node = outcome();
    }

    Node node() {
        return node;
    }

    /** Another sidebar was selected: a pending "focus the new topic" no longer applies. */
    void forgetFocusIntent() {
        focusNewTopic = false;
    }

    private Node outcome() {
        Label intro = new Label(Messages.get("sidebars.outcome.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        ComboBox<Demand> demand = new ComboBox<>(viewModel.topicChoices());
        demand.setId("topicDemand");
        demand.setPromptText(Messages.get("sidebars.topic.demand.prompt"));
        demand.setTooltip(new Tooltip(Messages.get("sidebars.topic.demand.help")));
        demand.setConverter(new StringConverter<>() {
            @Override
            public String toString(Demand d) {
                return d == null ? "" : d.code() + " " + d.title();
            }

            @Override
            public Demand fromString(String s) {
                return null;
            }
        });
        demand.valueProperty().bindBidirectional(viewModel.topicToAddProperty());
        demand.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(demand, Priority.ALWAYS);
        Button add = new Button(Messages.get("sidebars.topic.add"), new FontIcon("mdi2p-plus"));
        add.setId("topicAdd");
        add.disableProperty().bind(viewModel.topicToAddProperty().isNull().or(viewModel.canAddTopicsProperty().not()));
        add.setOnAction(e -> {
            focusNewTopic = true;
            viewModel.addTopic();
        });
        Button agenda = new Button(Messages.get("sidebars.topic.addAgenda"));
        agenda.setMnemonicParsing(true);
        agenda.setId("topicAddAgenda");
        agenda.setTooltip(new Tooltip(Messages.get("sidebars.topic.addAgenda.help")));
        agenda.disableProperty().bind(viewModel.canAddTopicsProperty().not());
        agenda.setOnAction(e -> {
            focusNewTopic = true;
            viewModel.addAgendaTopics();
        });
        demand.disableProperty().bind(viewModel.canAddTopicsProperty().not());
        HBox adder = Forms.buttonBar(add, agenda);
        adder.getChildren().add(0, demand);
        Label hint = new Label();
        hint.setId("topicsHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.textProperty().bind(viewModel.topicsHintProperty());
        hint.visibleProperty().bind(viewModel.topicsHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        VBox cards = new VBox(10);
        cards.setId("outcomeTopics");
        java.util.Set<TopicViewModel> shown = new java.util.HashSet<>();
        Runnable fill = () -> {
            int i = 0;
            cards.getChildren().clear();
            Node firstNew = null;
            for (TopicViewModel t : viewModel.topics()) {
                Node card = outcomeCard(t, i++);
                cards.getChildren().add(card);
                if (firstNew == null && focusNewTopic && !shown.contains(t)) {
                    firstNew = card.lookup(".text-area");
                }
            }
            shown.clear();
            shown.addAll(viewModel.topics());
            // A topic just added with the buttons above gets the keyboard, ready for our position.
            if (firstNew != null) {
                focusNewTopic = false;
                Node target = firstNew;
                javafx.application.Platform.runLater(target::requestFocus);
            }
        };
        viewModel.topics().addListener((ListChangeListener<TopicViewModel>) c -> fill.run());
        fill.run();

        Label notesTitle = new Label(Messages.get("sidebars.notes.title"));
        notesTitle.getStyleClass().add("step-title");
        Label warning = new Label(Messages.get("sidebars.notes.warning"), new FontIcon("mdi2n-note-alert-outline"));
        warning.setId("sidebarNotesWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add("notes-warning");
        warning.visibleProperty().bind(editor.notesAgainstGroundRulesProperty());
        warning.managedProperty().bind(warning.visibleProperty());
        TextArea notes = area("sidebarNotes", editor.confidentialNotesProperty(), "sidebars.notes.prompt", 4);
        notes.setTooltip(new Tooltip(Messages.get("sidebars.notes.help")));
        Button saveNotes = new Button(Messages.get("sidebars.notes.save"), new FontIcon("mdi2c-content-save-outline"));
        saveNotes.setId("sidebarSaveNotes");
        saveNotes.disableProperty().bind(editor.dirtyProperty().not().or(editor.busyProperty()));
        saveNotes.setOnAction(e -> editor.save());
        handOver(saveNotes, () -> notes);

        VBox page = new VBox(10, intro, adder, hint, cards, new Separator(), notesTitle, warning, notes,
                Forms.buttonBar(saveNotes));
        page.setPadding(new Insets(12, 16, 16, 4));
        return page;
    }

    private Node outcomeCard(TopicViewModel t, int index) {
        Label title = new Label();
        title.getStyleClass().add("topic-title");
        title.textProperty().bind(t.demandLabelProperty());
        GridPane grid = Forms.grid();
        TextArea ours = area("topic-" + index + "-ours", t.ourPositionProperty(), "sidebars.topic.ours.prompt", 2);
        TextArea theirs = area("topic-" + index + "-theirs", t.theirPositionProperty(), "sidebars.topic.theirs.prompt", 2);
        TextArea conclusion = area("topic-" + index + "-conclusion", t.tentativeConclusionProperty(),
                "sidebars.topic.conclusion.prompt", 2);
        int r = Forms.row(grid, 0, Messages.get("sidebars.label.ourPosition"), ours,
                Messages.get("sidebars.topic.ours.help"), t.errors().messageFor("ourPosition"));
        r = Forms.row(grid, r, Messages.get("sidebars.label.theirPosition"), theirs,
                Messages.get("sidebars.topic.theirs.help"), t.errors().messageFor("theirPosition"));
        Forms.row(grid, r, Messages.get("sidebars.label.conclusion"), conclusion,
                Messages.get("sidebars.topic.conclusion.help"), t.errors().messageFor("tentativeConclusion"));
        Button save = new Button(Messages.get("sidebars.topic.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("topic-" + index + "-save");
        save.disableProperty().bind(t.outcomeDirtyProperty().not().or(t.busyProperty()));
        save.setOnAction(e -> t.saveOutcome());
        Button cancel = new Button(Messages.get("sidebars.cancel"));
        cancel.disableProperty().bind(t.outcomeDirtyProperty().not());
        cancel.setOnAction(e -> t.cancel());
        Button remove = new Button(Messages.get("sidebars.topic.remove"));
        remove.setId("topic-" + index + "-remove");
        remove.setOnAction(e -> t.delete());
        handOver(save, () -> conclusion);
        handOver(cancel, () -> ours);
        VBox card = new VBox(6, title, grid, Forms.buttonBar(save, cancel, null, remove));
        card.getStyleClass().add("topic-card");
        card.setId("topic-" + index);
        card.getProperties().put(SAVE_ACTION, (Runnable) t::saveOutcome);
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && t.outcomeDirtyProperty().get()) {
                t.cancel();
                e.consume();
            }
        });
        return card;
    }
}
