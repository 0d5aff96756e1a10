package org.tablebook.ui.rules;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.Severity;
import org.tablebook.rules.EvaluatedFinding;
import org.tablebook.rules.Finding;
import org.tablebook.ui.common.FindingTexts;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;

/**
 * The rules panel on the right of the window: counts by severity in its header (a click on one
 * shows only that severity), filters by section and by the record open, the findings new since
 * the last look marked, then every finding with what is wrong, a link to its subject, "Why?" and
 * "Acknowledge…". It folds away to a narrow strip and comes back.
 */
public final class RulesPanelView extends VBox {
    private final RulesPanelViewModel viewModel;
    private final ListView<EvaluatedFinding> list;

    public RulesPanelView(RulesPanelViewModel viewModel) {
        this.viewModel = viewModel;
        setId("rulesPanel");
        getStyleClass().add("rules-panel");
        getStylesheets().add(RulesPanelView.class.getResource("rules.css").toExternalForm());

        Button fold = new Button(null, new FontIcon("mdi2c-chevron-double-right"));
        fold.setId("rulesCollapse");
        fold.getStyleClass().addAll("flat", "small", "button-icon");
        fold.setTooltip(new Tooltip(Messages.get("rules.collapse.tooltip")));
        fold.setOnAction(e -> viewModel.toggleCollapsed());
        Label title = new Label(Messages.get("rules.title"), new FontIcon("mdi2s-shield-check-outline"));
        title.getStyleClass().addAll("title-4", "panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        // The counts follow the title, and go to a line of their own when they do not fit beside it
        // (four-digit counts on a large negotiation), never past the window's edge.
        HBox counts = new HBox(6, chip("rulesErrors", Severity.ERROR, viewModel.errorBadgeProperty()),
                chip("rulesWarnings", Severity.WARNING, viewModel.warningBadgeProperty()),
                chip("rulesInfos", Severity.INFO, viewModel.infoBadgeProperty()));
        counts.setId("rulesCounts");
        counts.setAlignment(Pos.CENTER_LEFT);
        HBox named = new HBox(6, fold, title);
        named.setAlignment(Pos.CENTER_LEFT);
        FlowPane header = new FlowPane(10, 4, named, counts);
        header.setId("rulesHeader");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setMinWidth(0);
        Label summary = new Label();
        summary.setId("rulesSummary");
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.summaryProperty());

        ComboBox<String> section = new ComboBox<>(viewModel.sectionChoices());
        section.setId("rulesSection");
        section.setTooltip(new Tooltip(Messages.get("rules.filter.section.tooltip")));
        section.valueProperty().bindBidirectional(viewModel.sectionChoiceProperty());
        // A row of its own: section names are long ("Configuración de la negociación").
        section.setMaxWidth(Double.MAX_VALUE);
        ToggleButton thisRecord = new ToggleButton(Messages.get("rules.filter.thisRecord"),
                new FontIcon("mdi2f-file-document-outline"));
        thisRecord.setId("rulesThisRecord");
        thisRecord.setMinWidth(Region.USE_PREF_SIZE);
        thisRecord.setTooltip(new Tooltip(Messages.get("rules.filter.thisRecord.tooltip")));
        thisRecord.selectedProperty().bindBidirectional(viewModel.thisRecordProperty());

        Label shown = new Label();
        shown.setId("rulesShown");
        shown.getStyleClass().add("text-muted");
        shown.textProperty().bind(viewModel.shownSummaryProperty());
        Hyperlink clear = new Hyperlink(Messages.get("rules.filter.clear"));
        clear.setId("rulesClearFilters");
        clear.setOnAction(e -> viewModel.clearFilters());
        shown.setWrapText(true);
        for (Node n : new Node[] {shown, clear}) {
            n.visibleProperty().bind(viewModel.filteredProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox shownRow = new HBox(6, thisRecord, shown, clear);
        shownRow.setAlignment(Pos.CENTER_LEFT);

        Label fresh = new Label();
        fresh.setId("rulesNewCount");
        fresh.getStyleClass().add("rules-new-count");
        fresh.setWrapText(true);
        fresh.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("rules.new.count", viewModel.newCountProperty().get()), viewModel.newCountProperty()));
        Hyperlink seen = new Hyperlink(Messages.get("rules.new.markSeen"));
        seen.setId("rulesMarkSeen");
        seen.setMinWidth(Region.USE_PREF_SIZE);
        seen.setTooltip(new Tooltip(Messages.get("rules.new.markSeen.tooltip")));
        seen.setOnAction(e -> viewModel.markAllSeen());
        HBox freshRow = new HBox(6, fresh, seen);
        freshRow.setAlignment(Pos.CENTER_LEFT);
        freshRow.visibleProperty().bind(viewModel.newCountProperty().greaterThan(0));
        freshRow.managedProperty().bind(freshRow.visibleProperty());

        TextField lookAhead = Forms.dateTime("rulesLookAhead", Messages.get("rules.lookAhead.prompt"),
                viewModel.lookAheadTextProperty(), viewModel.clock());
        lookAhead.setTooltip(new javafx.scene.control.Tooltip(Messages.get("rules.lookAhead.tooltip")));
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
        // Seen or not changes no finding in the list: the cells are drawn again to drop their marks.
        viewModel.newCountProperty().addListener((obs, was, is) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox open = new VBox(8, header, summary, section, shownRow, freshRow, lookAheadRow, lookAheadStatus, list);
        open.setId("rulesPanelOpen");
        open.setPadding(new Insets(12, 10, 10, 8));
        VBox.setVgrow(open, Priority.ALWAYS);

        Node strip = strip();
        open.visibleProperty().bind(viewModel.collapsedProperty().not());
        open.managedProperty().bind(open.visibleProperty());
        strip.visibleProperty().bind(viewModel.collapsedProperty());
        strip.managedProperty().bind(strip.visibleProperty());
        getChildren().addAll(open, strip);
        Runnable width = () -> {
            boolean folded = viewModel.collapsedProperty().get();
            setPrefWidth(folded ? Region.USE_COMPUTED_SIZE : 330);
            setMinWidth(folded ? Region.USE_PREF_SIZE : 260);
            getStyleClass().remove("collapsed");
            if (folded) {
                getStyleClass().add("collapsed");
            }
        };
        viewModel.collapsedProperty().addListener((obs, was, is) -> width.run());
        width.run();

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

    /** A count of one severity; a click shows only that severity, a second click all again. */
    private ToggleButton chip(String id, Severity severity, javafx.beans.value.ObservableStringValue count) {
        ToggleButton chip = new ToggleButton();
        chip.setId(id);
        chip.getStyleClass().addAll("severity-chip", severity.name().toLowerCase());
        chip.setGraphic(new FontIcon(icon(severity)));
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.textProperty().bind(count);
        chip.setTooltip(new Tooltip(switch (severity) {
            case ERROR -> Messages.get("rules.rulesPanelView.errorsGroundRulesBroken");
            case WARNING -> Messages.get("rules.rulesPanelView.warningsSomethingToLookAt");
            case INFO -> Messages.get("rules.rulesPanelView.notesWorthKnowing");
        } + "\n" + Messages.get("rules.filter.severity.tooltip")));
        chip.setOnAction(e -> viewModel.toggleSeverity(severity));
        Runnable sync = () -> chip.setSelected(viewModel.severityFilterProperty().get() == severity);
        viewModel.severityFilterProperty().addListener((obs, was, is) -> sync.run());
        sync.run();
        return chip;
    }

    static String icon(Severity severity) {
        return FindingTexts.icon(severity);
    }

    /** The panel folded away: a narrow strip with the way back and the counts that matter. */
    private Node strip() {
        Button unfold = new Button(null, new FontIcon("mdi2c-chevron-double-left"));
        unfold.setId("rulesExpand");
        unfold.getStyleClass().addAll("flat", "button-icon");
        unfold.setTooltip(new Tooltip(Messages.get("rules.expand.tooltip")));
        unfold.setOnAction(e -> viewModel.toggleCollapsed());
        FontIcon shield = new FontIcon("mdi2s-shield-check-outline");
        VBox strip = new VBox(8, unfold, shield,
                stripCount("rulesStripErrors", Severity.ERROR, viewModel.errorBadgeProperty()),
                stripCount("rulesStripWarnings", Severity.WARNING, viewModel.warningBadgeProperty()));
        Label fresh = new Label();
        fresh.setId("rulesStripNew");
        fresh.getStyleClass().add("rules-strip-new");
        fresh.textProperty().bind(Bindings.convert(viewModel.newCountProperty()));
        fresh.setTooltip(new Tooltip(Messages.get("rules.new.strip.tooltip")));
        fresh.visibleProperty().bind(viewModel.newCountProperty().greaterThan(0));
        strip.getChildren().add(fresh);
        strip.setId("rulesStrip");
        strip.setAlignment(Pos.TOP_CENTER);
        strip.setPadding(new Insets(10, 4, 10, 4));
        strip.getStyleClass().add("rules-strip");
        strip.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() == strip) {
                viewModel.toggleCollapsed();
            }
        });
        VBox.setVgrow(strip, Priority.ALWAYS);
        return strip;
    }

    private static Node stripCount(String id, Severity severity, javafx.beans.value.ObservableStringValue count) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("severity-chip", "strip-count", severity.name().toLowerCase());
        label.setGraphic(new FontIcon(icon(severity)));
        label.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        label.textProperty().bind(count);
        return label;
    }

    private Node placeholder() {
        Label ok = new Label(null, new FontIcon("mdi2c-check-circle-outline"));
        ok.setId("rulesEmpty");
        ok.textProperty().bind(viewModel.emptyTextProperty());
        ok.setWrapText(true);
        ok.getStyleClass().add("text-muted");
        // While the findings are worked out a turning wheel, when they failed a warning: never the tick.
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.setPrefSize(18, 18);
        FontIcon alert = new FontIcon("mdi2a-alert-circle-outline");
        alert.getStyleClass().add("rules-failed-icon");
        ok.graphicProperty().bind(Bindings.when(viewModel.workingProperty()).<Node>then(busy)
                .otherwise(Bindings.when(viewModel.failedProperty()).<Node>then(alert)
                        .otherwise(new FontIcon("mdi2c-check-circle-outline"))));
        return ok;
    }

    /** One finding: severity and rule, the subject as a link, the message, and its actions. */
    private final class FindingCell extends ListCell<EvaluatedFinding> {
        private final FontIcon icon = new FontIcon();
        private final Label rule = new Label();
        private final Label fresh = new Label(Messages.get("rules.new.badge"));
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
            fresh.getStyleClass().add("finding-new");
            fresh.setMinWidth(Region.USE_PREF_SIZE);
            fresh.setTooltip(new Tooltip(Messages.get("rules.new.tooltip")));
            Region ruleGap = new Region();
            HBox.setHgrow(ruleGap, Priority.ALWAYS);
            HBox.setHgrow(rule, Priority.SOMETIMES);
            HBox ruleRow = new HBox(6, rule, ruleGap, fresh);
            ruleRow.setAlignment(Pos.TOP_LEFT);
            box = new VBox(2, ruleRow, subject, message, acknowledgement, lapsed, actions);
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
            getStyleClass().removeAll("error", "warning", "info", "acknowledged", "new");
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Finding f = item.finding();
            getStyleClass().add(f.severity().name().toLowerCase());
            icon.setIconLiteral(icon(f.severity()));
            rule.setText(viewModel.title(item));
            boolean isNew = viewModel.isNew(item);
            fresh.setVisible(isNew);
            fresh.setManaged(isNew);
            if (isNew) {
                getStyleClass().add("new");
            }
            subject.setText(viewModel.subjectLabel(item));
            subject.setOnAction(e -> viewModel.open(item));
            subject.setTooltip(new Tooltip(Messages.format("rules.openSubject.tooltip", viewModel.fixAction(item))));
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
