package org.tablebook.ui.sidebars;

import static org.tablebook.ui.sidebars.SidebarForms.*;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.Demand;
import org.tablebook.domain.Person;
import org.tablebook.ui.common.EditorPane;
import org.tablebook.ui.common.FormRows;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Labels;
import org.tablebook.ui.common.Messages;

/**
 * Step 3, after the sidebar, on one page with one Save (the editor's, at the top): topic by topic,
 * each side's position, the tentative conclusion and the committee's decision; the report-back
 * itself; the confidential notes. An accepted topic becomes a tentative agreement when the page is
 * saved.
 */
final class ReportBackPage {
    private final SidebarsViewModel viewModel;
    private final SidebarEditorViewModel editor;
    private final Node node;
    /** Set by the add-topic buttons and by End: the next new topic card takes the keyboard. */
    private boolean focusNewTopic;
    private Node pendingFocus;
    private final java.util.function.BooleanSupplier shown;

    /** {@code shown} tells whether this page is the one on screen. */
    ReportBackPage(SidebarsViewModel viewModel, java.util.function.BooleanSupplier shown) {
        this.viewModel = viewModel;
        this.shown = shown;
        this.editor = viewModel.editor();
        this.node = page();
    }

    Node node() {
        return node;
    }

    /** The next topic card to appear takes the keyboard (a topic added, or the agenda's topics at End). */
    void focusNextNewTopic() {
        focusNewTopic = true;
    }

    /** Another sidebar was selected: a pending "focus the new topic" no longer applies. */
    void forgetFocusIntent() {
        focusNewTopic = false;
        pendingFocus = null;
    }

    /** Gives the keyboard to a topic card that appeared while the page was not yet shown. */
    void focusPending() {
        Node target = pendingFocus;
        if (target != null && shown.getAsBoolean() && target.getScene() != null) {
            pendingFocus = null;
            // After the next layout: a tab's page only takes the keyboard once it is laid out and shown.
            javafx.scene.Scene scene = target.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                target.requestFocus();
            };
            scene.addPostLayoutPulseListener(once[0]);
            javafx.application.Platform.requestNextPulse();
        }
    }

    private Node page() {
        ReportBackViewModel report = viewModel.reportBack();
        Label status = new Label();
        status.setId("reportStatus");
        status.setWrapText(true);
        status.getStyleClass().add("report-status");
        status.textProperty().bind(report.statusProperty());
        Label intro = new Label(Messages.get("sidebars.outcome.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        VBox page = new VBox(10, status, intro, adder(), topicsHint(), cards(), new Separator(), reportForm(report),
                new Separator(), notes());
        page.setPadding(new Insets(12, 16, 16, 4));
        return page;
    }

    private Node adder() {
        ComboBox<Demand> demand = new org.controlsfx.control.SearchableComboBox<>(viewModel.topicChoices());
        demand.setId("topicDemand");
        org.tablebook.ui.common.Pickers.measuredOnFirstRows(demand);
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
        return adder;
    }

    private Node topicsHint() {
        Label hint = new Label();
        hint.setId("topicsHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.textProperty().bind(viewModel.topicsHintProperty());
        hint.visibleProperty().bind(viewModel.topicsHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    private Node cards() {
        VBox cards = new VBox(10);
        cards.setId("outcomeTopics");
        java.util.Set<TopicViewModel> shown = new java.util.HashSet<>();
        Runnable fill = () -> {
            int i = 0;
            cards.getChildren().clear();
            Node firstNew = null;
            for (TopicViewModel t : viewModel.topics()) {
                Node card = card(t, i++);
                cards.getChildren().add(card);
                if (firstNew == null && focusNewTopic && !shown.contains(t)) {
                    firstNew = card.lookup(".text-area");
                }
            }
            shown.clear();
            shown.addAll(viewModel.topics());
            // A topic just added gets the keyboard, ready for our position, once this page is shown.
            if (firstNew != null) {
                focusNewTopic = false;
                pendingFocus = firstNew;
                focusPending();
            }
        };
        viewModel.topics().addListener((ListChangeListener<TopicViewModel>) c -> fill.run());
        fill.run();
        return cards;
    }

    private Node card(TopicViewModel t, int index) {
        Label title = new Label();
        title.getStyleClass().add("topic-title");
        title.setId("topic-" + index + "-title");
        title.textProperty().bind(t.headingProperty());
        TextArea ours = area("topic-" + index + "-ours", t.ourPositionProperty(), "sidebars.topic.ours.prompt", 2);
        TextArea theirs = area("topic-" + index + "-theirs", t.theirPositionProperty(), "sidebars.topic.theirs.prompt", 2);
        TextArea conclusion = area("topic-" + index + "-conclusion", t.tentativeConclusionProperty(),
                "sidebars.topic.conclusion.prompt", 2);
        HBox choices = decisionToggles(t, index);
        TextField note = new TextField();
        note.setId("topic-" + index + "-note");
        note.setPromptText(Messages.get("sidebars.decision.note.prompt"));
        note.setTooltip(new Tooltip(Messages.get("sidebars.decision.note.help")));
        note.textProperty().bindBidirectional(t.decisionNoteProperty());
        // The note under the four decisions, so that a narrow window leaves it its width.
        note.setMaxWidth(Double.MAX_VALUE);
        Forms.decorate(note, t.errors().messageFor("decisionNote"));
        VBox decide = new VBox(6, choices, note);
        decide.setAlignment(Pos.CENTER_LEFT);
        decide.disableProperty().bind(t.canDecideProperty().not());
        Tooltip.install(choices, new Tooltip(Messages.get("sidebars.decision.help")));
        // Each field with its message under it, as in every editor: a refusal says what to fix where.
        FormRows rows = new FormRows(t.errors())
                .field(Messages.get("sidebars.label.ourPosition"), Messages.get("sidebars.topic.ours.help"), ours, "ourPosition")
                .field(Messages.get("sidebars.label.theirPosition"), Messages.get("sidebars.topic.theirs.help"), theirs,
                        "theirPosition")
                .field(Messages.get("sidebars.label.conclusion"), Messages.get("sidebars.topic.conclusion.help"), conclusion,
                        "tentativeConclusion")
                .beside(Messages.get("sidebars.label.decision"), (Control) choices.getChildren().get(0), decide)
                .under(errorLabel("topic-" + index + "-decision", t.errors().messageFor("decision")))
                .under(errorLabel("topic-" + index + "-note", t.errors().messageFor("decisionNote")));
        GridPane grid = rows.grid();

        Label decided = new Label();
        decided.setId("topic-" + index + "-decided");
        decided.getStyleClass().add("text-muted");
        decided.textProperty().bind(t.decisionTextProperty());
        Button agree = new Button(Messages.get("sidebars.decision.makeAgreement"), new FontIcon("mdi2h-handshake-outline"));
        agree.setId("topic-" + index + "-makeAgreement");
        agree.getStyleClass().add("success");
        agree.setTooltip(new Tooltip(Messages.get("sidebars.decision.makeAgreement.help")));
        agree.visibleProperty().bind(t.canMakeAgreementProperty().and(t.decisionDirtyProperty().not()));
        agree.managedProperty().bind(agree.visibleProperty());
        agree.disableProperty().bind(t.busyProperty().or(viewModel.busyProperty()));
        agree.setOnAction(e -> t.makeAgreement());
        Label agreement = new Label();
        agreement.setId("topic-" + index + "-agreement");
        agreement.setWrapText(true);
        agreement.getStyleClass().add("agreement-made");
        agreement.setGraphic(new FontIcon("mdi2h-handshake-outline"));
        agreement.textProperty().bind(t.agreementTextProperty());
        agreement.visibleProperty().bind(t.agreementTextProperty().isNotEmpty());
        agreement.managedProperty().bind(agreement.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button remove = new Button(Messages.get("sidebars.topic.remove"));
        remove.setId("topic-" + index + "-remove");
        remove.setOnAction(e -> t.delete());
        HBox after = new HBox(12, decided, agree, gap, remove);
        after.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(6, title, EditorPane.notice(t.editor(), "topic-" + index + "-"), grid, after, agreement);
        card.getStyleClass().add("topic-card");
        card.setId("topic-" + index);
        return card;
    }

    /** One toggle per decision, one click each; clicking the chosen one again takes the decision away. */
    private static HBox decisionToggles(TopicViewModel t, int index) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(4);
        box.setId("topic-" + index + "-decision");
        box.getStyleClass().add("decision-toggles");
        for (CommitteeDecision d : CommitteeDecision.values()) {
            ToggleButton b = new ToggleButton(Labels.of(d));
            b.setId("topic-" + index + "-" + d.name().toLowerCase());
            b.setUserData(d);
            b.setToggleGroup(group);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setMnemonicParsing(false);
            box.getChildren().add(b);
        }
        Runnable show = () -> group.getToggles().forEach(x -> x.setSelected(x.getUserData() == t.decisionProperty().get()));
        t.decisionProperty().addListener((obs, was, is) -> show.run());
        group.selectedToggleProperty().addListener((obs, was, is) -> {
            CommitteeDecision chosen = is == null ? null : (CommitteeDecision) is.getUserData();
            if (chosen != t.decisionProperty().get()) {
                t.decisionProperty().set(chosen);
            }
        });
        show.run();
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private Node reportForm(ReportBackViewModel report) {
        Label title = new Label(Messages.get("sidebars.report.title"));
        title.getStyleClass().add("step-title");
        GridPane grid = Forms.grid();
        TextField at = timeField("reportAt", report.reportedAtProperty(), report.clock());
        Label atLabel = formLabel(Messages.get("sidebars.label.reportedAt"), at);
        at.setTooltip(new Tooltip(Messages.get("sidebars.time.help")));
        HBox.setHgrow(at, Priority.ALWAYS);
        at.setMaxWidth(Double.MAX_VALUE);
        HBox atBox = new HBox(8, at, nowButton("reportNow", report::reportedNow));
        grid.add(atLabel, 0, 0);
        grid.add(atBox, 1, 0);
        Forms.decorate(at, report.editor().errors().messageFor("reportedAt"));
        grid.add(errorLabel("reportAt", report.editor().errors().messageFor("reportedAt")), 1, 1);
        ComboBox<Person> by = new ComboBox<>(report.reporters());
        by.setId("reportBy");
        org.tablebook.ui.common.Pickers.measuredOnFirstRows(by);
        by.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? "" : p.name();
            }

            @Override
            public Person fromString(String s) {
                return null;
            }
        });
        by.valueProperty().bindBidirectional(report.reportedByProperty());
        int r = Forms.row(grid, 2, Messages.get("sidebars.label.reportedBy"), by, Messages.get("sidebars.reportedBy.help"),
                report.editor().errors().messageFor("reportedById"));
        CheckBox full = new CheckBox(Messages.get("sidebars.fullTeam"));
        full.setId("reportFullTeam");
        full.selectedProperty().bindBidirectional(report.fullTeamPresentProperty());
        r = Forms.row(grid, r, Messages.get("sidebars.label.fullTeam"), full, Messages.get("sidebars.fullTeam.help"), null);
        TextArea summary = area("reportSummary", report.summaryProperty(), "sidebars.summary.prompt", 3);
        Forms.row(grid, r, Messages.get("sidebars.label.summary"), summary, Messages.get("sidebars.summary.help"),
                report.editor().errors().messageFor("summary"));
        Label principle = new Label(Messages.get("sidebars.decisions.principle"));
        principle.setWrapText(true);
        principle.getStyleClass().add("principle");
        VBox form = new VBox(8, title, grid, principle);
        form.disableProperty().bind(report.availableProperty().not());
        return form;
    }

    private Node notes() {
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
        return new VBox(8, notesTitle, warning, notes);
    }

}
