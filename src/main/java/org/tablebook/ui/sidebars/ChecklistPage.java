package org.tablebook.ui.sidebars;

import static org.tablebook.ui.sidebars.SidebarForms.*;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.Side;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.PickList;

/**
 * Step 1, before the sidebar: the checklist in the order the texts give it, each condition shown
 * under the field that meets it, in the texts' words.
 */
final class ChecklistPage {
    private final SidebarEditorViewModel editor;
    private final TextField purpose = new TextField();
    private final Node node;

    ChecklistPage(SidebarEditorViewModel editor) {
        this.editor = editor;
        this.node = before();
    }

    Node node() {
        return node;
    }

    /** The first field, for Ctrl+N. */
    TextField purposeField() {
        return purpose;
    }

    private Node before() {
        Label summary = new Label();
        summary.setId("sidebarChecklistSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("checklist-summary");
        summary.textProperty().bind(editor.checklistProperty().map(ChecklistState::summary));
        showMet(summary, editor.checklistProperty().map(ChecklistState::complete),
                new FontIcon("mdi2c-check-circle-outline"), new FontIcon("mdi2c-clipboard-text-outline"));

        purpose.setId("sidebarPurpose");
        purpose.setPromptText(Messages.get("sidebars.purpose.prompt"));
        purpose.textProperty().bindBidirectional(editor.purposeProperty());
        ComboBox<Side> requestedBy = Forms.choice("sidebarRequestedBy", Side.values());
        requestedBy.valueProperty().bindBidirectional(editor.requestedByProperty());
        TextField suggested = timeField("sidebarSuggestedAt", editor.suggestedAtProperty(), editor.clock());
        GridPane suggestedGrid = Forms.grid();
        int r = 0;
        r = Forms.row(suggestedGrid, r, Messages.get("sidebars.label.purpose"), purpose,
                Messages.get("sidebars.purpose.help"), editor.editor().errors().messageFor("purpose"));
        r = Forms.row(suggestedGrid, r, Messages.get("sidebars.label.requestedBy"), requestedBy,
                Messages.get("sidebars.requestedBy.help"), editor.editor().errors().messageFor("requestedBy"));
        Forms.row(suggestedGrid, r, Messages.get("sidebars.label.suggestedAt"), suggested,
                Messages.get("sidebars.time.help"), editor.editor().errors().messageFor("suggestedAt"));

        GridPane toldGrid = Forms.grid();
        r = timeRow(toldGrid, 0, "sidebars.label.teamInformedAt", timeField("sidebarInformedAt",
                editor.teamInformedAtProperty(), editor.clock()), nowButton("sidebarInformedNow", editor::informedNow), "teamInformedAt");
        r = timeRow(toldGrid, r, "sidebars.label.timeAnnouncedAt", timeField("sidebarAnnouncedAt",
                editor.timeAnnouncedAtProperty(), editor.clock()), nowButton("sidebarAnnouncedNow", editor::announcedNow),
                "timeAnnouncedAt");
        condition(toldGrid, r, SidebarCondition.TEAM_INFORMED);

        GridPane decisionGrid = Forms.grid();
        r = timeRow(decisionGrid, 0, "sidebars.label.teamAuthorizedAt", timeField("sidebarAuthorizedAt",
                editor.teamAuthorizedAtProperty(), editor.clock()), nowButton("sidebarAuthorizedNow", editor::authorizedNow),
                "teamAuthorizedAt");
        r = condition(decisionGrid, r, SidebarCondition.TEAM_AUTHORIZED);
        ComboBox<RepsChosenBy> chosenBy = Forms.choice("sidebarRepsChosenBy", RepsChosenBy.values());
        chosenBy.setPromptText(Messages.get("sidebars.repsChosenBy.prompt"));
        chosenBy.valueProperty().bindBidirectional(editor.repsChosenByProperty());
        r = Forms.row(decisionGrid, r, Messages.get("sidebars.label.repsChosenBy"), chosenBy,
                Messages.get("sidebars.repsChosenBy.help"), editor.editor().errors().messageFor("repsChosenBy"));
        condition(decisionGrid, r, SidebarCondition.REPS_CHOSEN_BY_TEAM);

        GridPane whoGrid = Forms.grid();
        r = nodeRow(whoGrid, 0, "sidebars.label.ourReps", PickList.of("sidebarOurPeople", editor.ourPeopleFilter(),
                Messages.get("sidebars.ourReps.empty")), Messages.get("sidebars.ourReps.help"));
        r = condition(whoGrid, r, SidebarCondition.TWO_OF_OURS);
        nodeRow(whoGrid, r, "sidebars.label.theirReps", PickList.of("sidebarTheirPeople", editor.theirPeopleFilter(),
                Messages.get("sidebars.theirReps.empty")), Messages.get("sidebars.theirReps.help"));

        GridPane instructionsGrid = Forms.grid();
        TextArea say = area("sidebarSay", editor.instructionsSayProperty(), "sidebars.say.prompt", 3);
        TextArea doNotSay = area("sidebarDoNotSay", editor.instructionsDoNotSayProperty(), "sidebars.doNotSay.prompt", 3);
        r = Forms.row(instructionsGrid, 0, Messages.get("sidebars.label.say"), say, Messages.get("sidebars.say.help"),
                editor.editor().errors().messageFor("instructionsSay"));
        r = Forms.row(instructionsGrid, r, Messages.get("sidebars.label.doNotSay"), doNotSay,
                Messages.get("sidebars.doNotSay.help"), editor.editor().errors().messageFor("instructionsDoNotSay"));
        condition(instructionsGrid, r, SidebarCondition.INSTRUCTED);

        GridPane rulesGrid = Forms.grid();
        r = groundRule(rulesGrid, 0, "sidebarNoNotes", "sidebars.label.noNotes", editor.noNotesRuleProperty(),
                SidebarCondition.NO_NOTES_SETTLED);
        r = groundRule(rulesGrid, r, "sidebarNotRepeated", "sidebars.label.notRepeated", editor.notRepeatedRuleProperty(),
                SidebarCondition.NOT_REPEATED_SETTLED);
        r = groundRule(rulesGrid, r, "sidebarNotUsed", "sidebars.label.notUsed", editor.notUsedInLitigationRuleProperty(),
                SidebarCondition.NOT_USED_SETTLED);
        Label advice = new Label();
        advice.setId("sidebarGroundRulesAdvice");
        advice.setWrapText(true);
        advice.getStyleClass().add("advice");
        advice.textProperty().bind(editor.groundRulesAdviceProperty());
        advice.visibleProperty().bind(editor.groundRulesAdviceProperty().isNotEmpty());
        advice.managedProperty().bind(advice.visibleProperty());
        rulesGrid.add(advice, 1, r);

        GridPane agendaGrid = Forms.grid();
        nodeRow(agendaGrid, 0, "sidebars.label.agenda", PickList.of("sidebarAgenda", editor.agendaFilter(),
                Messages.get("sidebars.agenda.empty")), Messages.get("sidebars.agenda.help"));

        GridPane whenGrid = Forms.grid();
        TextField location = new TextField();
        location.setId("sidebarLocation");
        location.setPromptText(Messages.get("sidebars.location.prompt"));
        location.textProperty().bindBidirectional(editor.locationProperty());
        r = Forms.row(whenGrid, 0, Messages.get("sidebars.label.scheduledAt"),
                timeField("sidebarScheduledAt", editor.scheduledAtProperty(), editor.clock()), Messages.get("sidebars.scheduledAt.help"),
                editor.editor().errors().messageFor("scheduledAt"));
        Forms.row(whenGrid, r, Messages.get("sidebars.label.location"), location, Messages.get("sidebars.location.help"),
                editor.editor().errors().messageFor("location"));

        VBox page = new VBox(8, summary,
                step("sidebars.step.suggested", suggestedGrid),
                step("sidebars.step.told", toldGrid),
                step("sidebars.step.decision", decisionGrid),
                step("sidebars.step.who", whoGrid),
                step("sidebars.step.instructions", instructionsGrid),
                step("sidebars.step.groundRules", rulesGrid),
                step("sidebars.step.agenda", agendaGrid),
                step("sidebars.step.when", whenGrid));
        page.setPadding(new Insets(12, 16, 16, 4));
        return page;
    }

    private int groundRule(GridPane grid, int row, String id, String labelKey,
            javafx.beans.property.ObjectProperty<GroundRuleStatus> property, SidebarCondition condition) {
        ComboBox<GroundRuleStatus> box = Forms.choice(id, GroundRuleStatus.values());
        box.valueProperty().bindBidirectional(property);
        int next = Forms.row(grid, row, Messages.get(labelKey), box, Messages.get("sidebars.groundRule.help"),
                editor.editor().errors().messageFor(condition.field()));
        return condition(grid, next, condition);
    }

    /** The condition under its field: a check when met, a warning in the texts' words when not. */
    private int condition(GridPane grid, int row, SidebarCondition condition) {
        Label label = new Label();
        label.setId("condition-" + condition.name());
        label.setWrapText(true);
        label.getStyleClass().add("condition");
        label.textProperty().bind(editor.checklistProperty().map(c -> c.text(condition)));
        showMet(label, editor.checklistProperty().map(c -> c.met(condition)),
                new FontIcon("mdi2c-check-circle-outline"), new FontIcon("mdi2a-alert-circle-outline"));
        grid.add(label, 1, row);
        return row + 1;
    }

    /** A time field with its "Now" button beside it, and the field's message below. */
    private int timeRow(GridPane grid, int row, String labelKey, TextField field, Button now, String errorField) {
        Label name = formLabel(Messages.get(labelKey), field);
        field.setTooltip(new Tooltip(Messages.get("sidebars.time.help")));
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(8, field, now);
        box.setAlignment(Pos.CENTER_LEFT);
        grid.add(name, 0, row);
        grid.add(box, 1, row);
        ObservableValue<String> message = editor.editor().errors().messageFor(errorField);
        Forms.decorate(field, message);
        grid.add(errorLabel(field.getId(), message), 1, row + 1);
        return row + 2;
    }
}
