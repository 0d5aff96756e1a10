package org.tablebook.ui.rules;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.Severity;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.Finding;
import org.tablebook.ui.common.Messages;

/**
 * The rules panel on the right of the window: counts by severity in its header, then every finding
 * with what is wrong, a link to its subject, "Why?" and "Acknowledge…".
 */
public final class RulesPanelView extends VBox {
    private final RulesPanelViewModel viewModel;
    private final ListView<EvaluatedFinding> list;

    public RulesPanelView(RulesPanelViewModel viewModel) {
        this.viewModel = viewModel;
        setId("rulesPanel");
        getStyleClass().add("rules-panel");
        getStylesheets().add(RulesPanelView.class.getResource("rules.css").toExternalForm());
        setPadding(new Insets(12, 10, 10, 12));
        setSpacing(8);
        setPrefWidth(330);
        setMinWidth(260);

        Label title = new Label(Messages.get("rules.title"), new FontIcon("mdi2s-shield-check-outline"));
        title.getStyleClass().addAll("title-4", "panel-title");
        HBox counts = new HBox(6, chip("rulesErrors", Severity.ERROR, viewModel.errorCountProperty()),
                chip("rulesWarnings", Severity.WARNING, viewModel.warningCountProperty()),
                chip("rulesInfos", Severity.INFO, viewModel.infoCountProperty()));
        counts.setAlignment(Pos.CENTER_RIGHT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, counts);
        header.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("rulesSummary");
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());

        TextField lookAhead = new TextField();
        lookAhead.setId("rulesLookAhead");
        lookAhead.setPromptText(Messages.get("rules.lookAhead.prompt"));
        lookAhead.setTooltip(new javafx.scene.control.Tooltip(Messages.get("rules.lookAhead.tooltip")));
        lookAhead.textProperty().bindBidirectional(viewModel.lookAheadTextProperty());
        lookAhead.setOnAction(e -> viewModel.lookAhead());
        Button now = new Button(Messages.get("rules.lookAhead.now"));
        now.setId("rulesBackToNow");
        now.getStyleClass().addAll("small", "flat");
        now.visibleProperty().bind(viewModel.lookingAheadProperty());
        now.managedProperty().bind(now.visibleProperty());
        now.setOnAction(e -> viewModel.backToNow());
        HBox.setHgrow(lookAhead, Priority.ALWAYS);
        HBox lookAheadRow = new HBox(4, lookAhead, now);
        lookAheadRow.setAlignment(Pos.CENTER_LEFT);
        Label lookAheadStatus = new Label();
        lookAheadStatus.setId("rulesLookAheadStatus");
        lookAheadStatus.setWrapText(true);
        lookAheadStatus.getStyleClass().add("text-muted");
        lookAheadStatus.textProperty().bind(Bindings.when(viewModel.lookAheadErrorProperty().isEmpty())
                .then(viewModel.lookingAheadToProperty()).otherwise(viewModel.lookAheadErrorProperty()));
        lookAheadStatus.visibleProperty().bind(lookAheadStatus.textProperty().isNotEmpty());
        lookAheadStatus.managedProperty().bind(lookAheadStatus.visibleProperty());

        list = new ListView<>(viewModel.findings());
        list.setId("rulesList");
        list.getStyleClass().add("rules-list");
        list.setPlaceholder(placeholder());
        list.setCellFactory(l -> new FindingCell());
        list.setOnKeyPressed(e -> {
            EvaluatedFinding selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                viewModel.open(selected);
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, summary, lookAheadRow, lookAheadStatus, list);

        // The clock alone can break a rule while a sidebar runs; the view model decides whether to look.
        Timeline minute = new Timeline(new KeyFrame(Duration.minutes(1), e -> viewModel.minuteTick()));
        minute.setCycleCount(Animation.INDEFINITE);
        // Ticks only while the panel is in a window on screen, so a closed window leaves no timer behind.
        sceneProperty().flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty)
                .orElse(false).addListener((obs, was, showing) -> {
                    if (showing) {
                        minute.play();
                    } else {
                        minute.stop();
                    }
                });
    }

    private static Node chip(String id, Severity severity, javafx.beans.value.ObservableIntegerValue count) {
        Label chip = new Label();
        chip.setId(id);
        chip.getStyleClass().addAll("severity-chip", severity.name().toLowerCase());
        chip.setGraphic(new FontIcon(icon(severity)));
        chip.textProperty().bind(Bindings.convert(count));
        chip.setTooltip(new javafx.scene.control.Tooltip(switch (severity) {
            case ERROR -> Messages.get("rules.rulesPanelView.errorsGroundRulesBroken");
            case WARNING -> Messages.get("rules.rulesPanelView.warningsSomethingToLookAt");
            case INFO -> Messages.get("rules.rulesPanelView.notesWorthKnowing");
        }));
        return chip;
    }

    static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> "mdi2a-alert-octagon";
            case WARNING -> "mdi2a-alert";
            case INFO -> "mdi2i-information-outline";
        };
    }

    private Node placeholder() {
        Label ok = new Label(Messages.get("rules.none"), new FontIcon("mdi2c-check-circle-outline"));
        ok.setWrapText(true);
        ok.getStyleClass().add("text-muted");
        return ok;
    }

    /** One finding: severity and rule, the subject as a link, the message, and its actions. */
    private final class FindingCell extends ListCell<EvaluatedFinding> {
        private final FontIcon icon = new FontIcon();
        private final Label rule = new Label();
        private final Hyperlink subject = new Hyperlink();
        private final Label message = new Label();
        private final Label acknowledgement = new Label();
        private final Label lapsed = new Label();
        private final Button why = new Button(Messages.get("rules.why"));
        private final Button acknowledge = new Button(Messages.get("rules.acknowledge"));
        private final VBox box;

        FindingCell() {
            rule.getStyleClass().add("finding-rule");
            rule.setGraphic(icon);
            rule.setWrapText(true);
            subject.getStyleClass().add("finding-subject");
            subject.setWrapText(true);
            message.setWrapText(true);
            message.getStyleClass().add("finding-message");
            acknowledgement.setWrapText(true);
            acknowledgement.getStyleClass().addAll("text-muted", "finding-acknowledgement");
            lapsed.setWrapText(true);
            lapsed.getStyleClass().addAll("text-muted", "finding-lapsed");
            why.getStyleClass().addAll("small", "flat");
            acknowledge.getStyleClass().addAll("small", "flat");
            why.setMinWidth(Region.USE_PREF_SIZE);
            acknowledge.setMinWidth(Region.USE_PREF_SIZE);
            // Wrapped labels in a list cell report one line unless told to take their full height.
            for (Region r : new Region[] {rule, subject, message, acknowledgement, lapsed}) {
                r.setMinHeight(Region.USE_PREF_SIZE);
            }
            HBox actions = new HBox(4, why, acknowledge);
            box = new VBox(2, rule, subject, message, acknowledgement, lapsed, actions);
            box.getStyleClass().add("finding");
            // Wrapping labels need a width to wrap at: the list's, less its scroll bar and padding.
            box.maxWidthProperty().bind(list.widthProperty().subtract(34));
            box.prefWidthProperty().bind(box.maxWidthProperty());
            setOnMouseClicked(e -> {
                if (getItem() != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    viewModel.open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(EvaluatedFinding item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("error", "warning", "info", "acknowledged");
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Finding f = item.finding();
            getStyleClass().add(f.severity().name().toLowerCase());
            icon.setIconLiteral(icon(f.severity()));
            rule.setText(viewModel.title(item));
            subject.setText(viewModel.subjectLabel(item));
            subject.setOnAction(e -> viewModel.open(item));
            subject.setTooltip(new javafx.scene.control.Tooltip("Open it: " + viewModel.fixAction(item)));
            message.setText(viewModel.message(item));
            String lapsedNote = viewModel.lapsedNote(item).orElse("");
            lapsed.setText(lapsedNote);
            lapsed.setVisible(!lapsedNote.isEmpty());
            lapsed.setManaged(!lapsedNote.isEmpty());
            why.setOnAction(e -> viewModel.explain(item));
            acknowledge.setOnAction(e -> viewModel.acknowledge(item));
            acknowledge.setVisible(!item.acknowledged());
            acknowledge.setManaged(!item.acknowledged());
            boolean ack = item.acknowledged();
            acknowledgement.setVisible(ack);
            acknowledgement.setManaged(ack);
            item.acknowledgement().ifPresent(a -> acknowledgement.setText(Messages.format("rules.acknowledgedBy", a.by(), a.reason())));
            if (ack) {
                getStyleClass().add("acknowledged");
            }
            setGraphic(box);
        }
    }
}
