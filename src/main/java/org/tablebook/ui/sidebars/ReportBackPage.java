package org.tablebook.ui.sidebars;

import static org.tablebook.ui.sidebars.SidebarForms.*;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.CommitteeDecision;
import org.tablebook.domain.Person;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;

/**
 * Step 4: the reps' report to the team, then the committee's decision on each topic, and the
 * one step from an accepted topic to a tentative agreement.
 */
final class ReportBackPage {
    private final SidebarsViewModel viewModel;
    private final Node node;

    ReportBackPage(SidebarsViewModel viewModel) {
        this.viewModel = viewModel;
        this.node = report();
    }

    Node node() {
        return node;
    }

    private Node report() {
        ReportBackViewModel report = viewModel.reportBack();
        Label status = new Label();
        status.setId("reportStatus");
        status.setWrapText(true);
        status.getStyleClass().add("report-status");
        status.textProperty().bind(report.statusProperty());

        GridPane grid = Forms.grid();
        TextField at = timeField("reportAt", report.reportedAtProperty());
        Label atLabel = formLabel(Messages.get("sidebars.label.reportedAt"), at);
        at.setTooltip(new Tooltip(Messages.get("sidebars.time.help")));
        HBox.setHgrow(at, Priority.ALWAYS);
        at.setMaxWidth(Double.MAX_VALUE);
        HBox atBox = new HBox(8, at, nowButton("reportNow", report::reportedNow));
        grid.add(atLabel, 0, 0);
        grid.add(atBox, 1, 0);
        Forms.decorate(at, report.errors().messageFor("reportedAt"));
        grid.add(errorLabel("reportAt", report.errors().messageFor("reportedAt")), 1, 1);
        ComboBox<Person> by = new ComboBox<>(report.reporters());
        by.setId("reportBy");
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
                report.errors().messageFor("reportedById"));
        CheckBox full = new CheckBox(Messages.get("sidebars.fullTeam"));
        full.setId("reportFullTeam");
        full.selectedProperty().bindBidirectional(report.fullTeamPresentProperty());
        r = Forms.row(grid, r, Messages.get("sidebars.label.fullTeam"), full, Messages.get("sidebars.fullTeam.help"), null);
        TextArea summary = area("reportSummary", report.summaryProperty(), "sidebars.summary.prompt", 4);
        Forms.row(grid, r, Messages.get("sidebars.label.summary"), summary, Messages.get("sidebars.summary.help"),
                report.errors().messageFor("summary"));
        Button save = new Button();
        save.setId("reportSave");
        save.setGraphic(new FontIcon("mdi2c-content-save-outline"));
        save.setMnemonicParsing(true);
        save.textProperty().bind(Bindings.when(report.existsProperty()).then(Messages.get("sidebars.report.save"))
                .otherwise(Messages.get("sidebars.report.record")));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(report.dirtyProperty().not().or(report.busyProperty())
                .or(report.availableProperty().not()));
        save.setOnAction(e -> report.save());
        Button cancel = new Button(Messages.get("sidebars.cancel"));
        cancel.setId("reportCancel");
        cancel.disableProperty().bind(report.existsProperty().not().or(report.dirtyProperty().not()));
        cancel.setOnAction(e -> report.cancel());
        handOver(cancel, () -> summary);
        VBox form = new VBox(8, grid, Forms.buttonBar(save, cancel));
        form.disableProperty().bind(report.availableProperty().not());

        Label decisionsTitle = new Label(Messages.get("sidebars.decisions.title"));
        decisionsTitle.getStyleClass().add("step-title");
        Label principle = new Label(Messages.get("sidebars.decisions.principle"));
        principle.setWrapText(true);
        principle.getStyleClass().add("principle");
        VBox cards = new VBox(10);
        cards.setId("decisionTopics");
        Runnable fill = () -> {
            int i = 0;
            cards.getChildren().clear();
            for (TopicViewModel t : viewModel.topics()) {
                cards.getChildren().add(decisionCard(t, i++));
            }
            if (cards.getChildren().isEmpty()) {
                Label none = new Label(Messages.get("sidebars.decisions.none"));
                none.getStyleClass().add("text-muted");
                none.setWrapText(true);
                cards.getChildren().add(none);
            }
        };
        viewModel.topics().addListener((ListChangeListener<TopicViewModel>) c -> fill.run());
        fill.run();

        // Once the report-back is recorded, the committee's first decision takes the keyboard.
        java.util.function.Supplier<Node> afterReport = () -> {
            Node first = cards.lookup(".combo-box");
            return report.existsProperty().get() && first != null ? first : summary;
        };
        handOver(save, afterReport);
        report.existsProperty().addListener((obs, was, is) -> {
            Node focused = form.getScene() == null ? null : form.getScene().getFocusOwner();
            if (is && focused != null && isInside(focused, form)) {
                javafx.application.Platform.runLater(() -> afterReport.get().requestFocus());
            }
        });

        VBox page = new VBox(10, status, form, new Separator(), decisionsTitle, principle, cards);
        page.setPadding(new Insets(12, 16, 16, 4));
        return page;
    }

    private Node decisionCard(TopicViewModel t, int index) {
        Label title = new Label();
        title.getStyleClass().add("topic-title");
        title.textProperty().bind(t.demandLabelProperty());
        Label conclusion = new Label();
        conclusion.setWrapText(true);
        conclusion.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("sidebars.decision.conclusion",
                blankAsDash(t.tentativeConclusionProperty().get())), t.tentativeConclusionProperty()));
        Label positions = new Label();
        positions.setWrapText(true);
        positions.getStyleClass().add("text-muted");
        positions.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("sidebars.decision.positions",
                blankAsDash(t.ourPositionProperty().get()), blankAsDash(t.theirPositionProperty().get())),
                t.ourPositionProperty(), t.theirPositionProperty()));

        ComboBox<CommitteeDecision> decision = Forms.choice("topic-" + index + "-decision", CommitteeDecision.values());
        decision.setPromptText(Messages.get("sidebars.decision.prompt"));
        decision.setTooltip(new Tooltip(Messages.get("sidebars.decision.help")));
        decision.valueProperty().bindBidirectional(t.decisionProperty());
        decision.setMinWidth(Region.USE_PREF_SIZE);
        TextField note = new TextField();
        note.setId("topic-" + index + "-note");
        note.setPromptText(Messages.get("sidebars.decision.note.prompt"));
        note.setTooltip(new Tooltip(Messages.get("sidebars.decision.note.help")));
        note.textProperty().bindBidirectional(t.decisionNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button save = new Button(Messages.get("sidebars.decision.save"));
        save.setId("topic-" + index + "-saveDecision");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(t.decisionDirtyProperty().not().or(t.busyProperty()));
        save.setOnAction(e -> t.saveDecision());
        HBox decide = new HBox(8, decision, note, save);
        decide.setAlignment(Pos.CENTER_LEFT);
        decide.disableProperty().bind(t.canDecideProperty().not());
        note.setOnAction(e -> t.saveDecision());

        Label decided = new Label();
        decided.setId("topic-" + index + "-decided");
        decided.getStyleClass().add("text-muted");
        decided.textProperty().bind(t.decisionTextProperty());
        Button agree = new Button(Messages.get("sidebars.decision.makeAgreement"), new FontIcon("mdi2h-handshake-outline"));
        agree.setId("topic-" + index + "-makeAgreement");
        agree.getStyleClass().add("success");
        agree.setTooltip(new Tooltip(Messages.get("sidebars.decision.makeAgreement.help")));
        agree.visibleProperty().bind(t.canMakeAgreementProperty());
        agree.managedProperty().bind(agree.visibleProperty());
        agree.disableProperty().bind(t.busyProperty());
        agree.setOnAction(e -> t.makeAgreement());
        Label agreement = new Label();
        agreement.setId("topic-" + index + "-agreement");
        agreement.setWrapText(true);
        agreement.getStyleClass().add("agreement-made");
        agreement.setGraphic(new FontIcon("mdi2h-handshake-outline"));
        agreement.textProperty().bind(t.agreementTextProperty());
        agreement.visibleProperty().bind(t.agreementTextProperty().isNotEmpty());
        agreement.managedProperty().bind(agreement.visibleProperty());
        HBox after = new HBox(12, decided, agree);
        after.setAlignment(Pos.CENTER_LEFT);

        handOver(save, () -> decision);
        handOver(agree, () -> decision);
        VBox card = new VBox(6, title, conclusion, positions, decide, after, agreement);
        card.getStyleClass().add("topic-card");
        card.setId("decision-" + index);
        card.getProperties().put(SAVE_ACTION, (Runnable) t::saveDecision);
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && t.decisionDirtyProperty().get()) {
                t.cancel();
                e.consume();
            }
        });
        return card;
    }
}
