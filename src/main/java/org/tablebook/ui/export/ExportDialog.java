package org.tablebook.ui.export;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.export.Audience;
import org.tablebook.export.ExportFormat;
import org.tablebook.export.ExportLanguages;
import org.tablebook.ui.common.Forms;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.Pickers;

/** File > Export: the choices on the left, a preview of the document on the right. */
public final class ExportDialog {
    private final ExportViewModel viewModel;
    private Stage stage;

    public ExportDialog(ExportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public void show(Window owner) {
        viewModel.open();
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setTitle(Messages.get("export.title"));
            javafx.geometry.Dimension2D size = org.tablebook.ui.common.WindowSizes.within(owner, 1080, 760);
            Scene scene = new Scene(layout(), size.getWidth(), size.getHeight());
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            scene.getStylesheets().add(ExportDialog.class.getResource("export.css").toExternalForm());
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> {
                if (viewModel.busyProperty().get()) {
                    viewModel.cancel();
                } else {
                    stage.close();
                }
            });
            stage.setScene(scene);
            stage.setOnHidden(e -> viewModel.cancel());
        }
        viewModel.refreshPreview();
        org.tablebook.ui.common.WindowSizes.fit(stage, owner);
        stage.show();
        stage.toFront();
    }

    private BorderPane layout() {
        BorderPane root = new BorderPane();
        root.setId("exportDialog");
        root.setLeft(choices());
        root.setCenter(preview());
        root.setBottom(footer());
        return root;
    }

    private Node choices() {
        ToggleGroup group = new ToggleGroup();
        Node members = audience(group, Audience.MEMBERS, Messages.get("export.audience.members"),
                Messages.get("export.audience.members.help"));
        Node committee = audience(group, Audience.COMMITTEE, Messages.get("export.audience.committee"),
                Messages.get("export.audience.committee.help"));
        Node since = audience(group, Audience.SINCE, Messages.get("export.audience.since"),
                Messages.get("export.audience.since.help"));
        Node contract = audience(group, Audience.CONTRACT, Messages.get("export.audience.contract"),
                Messages.get("export.audience.contract.help"));
        group.selectToggle(group.getToggles().get(0));
        group.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is != null) {
                viewModel.audienceProperty().set((Audience) is.getUserData());
                viewModel.refreshPreview();
            }
        });

        ComboBox<ExportFormat> format = choice("exportFormat", viewModel.formats(), viewModel.formatProperty(),
                "export.format.");

        ComboBox<ExportViewModel.SinceChoice> session = Pickers.one("exportSinceSession", viewModel.sinceChoices());
        session.setPromptText(Messages.get("export.session.none"));
        session.valueProperty().bindBidirectional(viewModel.sinceChoiceProperty());
        session.setOnAction(e -> viewModel.refreshPreview());
        TextField date = Forms.date("exportSinceDate", Messages.get("common.datePrompt"), viewModel.sinceDateProperty(), viewModel.clock());
        date.setOnAction(e -> viewModel.refreshPreview());
        Forms.decorate(date, viewModel.sinceErrorProperty());
        Label dateError = new Label();
        dateError.getStyleClass().add("field-error");
        dateError.setWrapText(true);
        dateError.textProperty().bind(viewModel.sinceErrorProperty());
        Label sinceHelp = new Label(Messages.get("export.since.help"));
        sinceHelp.setWrapText(true);
        sinceHelp.getStyleClass().add("text-muted");
        VBox sinceBox = new VBox(6, label(Messages.get("export.since"), session), session, date, dateError, sinceHelp);
        sinceBox.visibleProperty().bind(viewModel.audienceProperty().isEqualTo(Audience.SINCE));
        sinceBox.managedProperty().bind(sinceBox.visibleProperty());

        ComboBox<ExportLanguages> language = choice("exportLanguage", viewModel.languageChoices(),
                viewModel.languagesProperty(), "export.language.");

        CheckBox money = new CheckBox(Messages.get("export.withMoney"));
        money.setId("exportWithMoney");
        money.setWrapText(true);
        money.setTooltip(new Tooltip(Messages.get("export.withMoney.help")));
        money.selectedProperty().bindBidirectional(viewModel.withMoneyProperty());
        money.setOnAction(e -> viewModel.refreshPreview());
        Label moneyHelp = new Label(Messages.get("export.withMoney.help"));
        moneyHelp.setWrapText(true);
        moneyHelp.setMinHeight(Region.USE_PREF_SIZE);
        moneyHelp.getStyleClass().add("text-muted");
        VBox moneyBox = new VBox(3, money, moneyHelp);
        moneyBox.visibleProperty().bind(viewModel.audienceProperty().isEqualTo(Audience.MEMBERS));
        moneyBox.managedProperty().bind(moneyBox.visibleProperty());

        VBox box = new VBox(10, heading(Messages.get("export.who")), members, committee, since, contract,
                label(Messages.get("export.format"), format), format,
                label(Messages.get("export.language"), language), language, moneyBox, sinceBox);
        box.setPadding(new Insets(16));
        box.setPrefWidth(340);
        box.getStyleClass().add("export-choices");
        return box;
    }

    /** A choice of audience with, under it, what that audience's document holds. */
    /**
     * A drop-down of an enum's values, each shown in the words of {@code keyPrefix} and its name
     * ("export.format.PDF"); choosing one refreshes the preview.
     */
    private <E extends Enum<E>> ComboBox<E> choice(String id, javafx.collections.ObservableList<E> values,
            javafx.beans.property.Property<E> value, String keyPrefix) {
        ComboBox<E> box = new ComboBox<>(values);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : Messages.get(keyPrefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.setOnAction(e -> viewModel.refreshPreview());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Node audience(ToggleGroup group, Audience audience, String title, String help) {
        RadioButton button = new RadioButton(title);
        button.setId("audience-" + audience.name().toLowerCase());
        button.setToggleGroup(group);
        button.setUserData(audience);
        button.getStyleClass().add("audience");
        Label text = new Label(help);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().addAll("text-muted", "audience-help");
        text.setOnMouseClicked(e -> group.selectToggle(button));
        // Only the chosen audience says what its document holds, so that the format and language
        // stay in sight on a small screen; the others say it on hover.
        button.setTooltip(new Tooltip(help));
        text.visibleProperty().bind(button.selectedProperty());
        text.managedProperty().bind(text.visibleProperty());
        VBox box = new VBox(3, button, text);
        box.setPadding(new Insets(0, 0, 4, 0));
        return box;
    }

    private Node preview() {
        VBox pages = new VBox(14);
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        pages.getStyleClass().add("preview-pages");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setId("exportPreview");
        scroll.setFitToWidth(true);
        viewModel.previewPages().addListener((ListChangeListener<byte[]>) c -> {
            pages.getChildren().clear();
            for (byte[] png : viewModel.previewPages()) {
                Image image = new Image(new ByteArrayInputStream(png));
                ImageView page = new ImageView(image);
                page.setPreserveRatio(true);
                // A page narrower than the preview shows at its size; a wider one is shrunk to fit, never scrolled sideways.
                page.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.min(image.getWidth(),
                        Math.max(100, scroll.getViewportBounds().getWidth() - 48)), scroll.viewportBoundsProperty()));
                page.getStyleClass().add("preview-page");
                StackPane sheet = new StackPane(page);
                sheet.getStyleClass().add("preview-sheet");
                sheet.setMaxWidth(Region.USE_PREF_SIZE);
                pages.getChildren().add(sheet);
            }
        });
        scroll.getStyleClass().add("preview-scroll");
        TextArea text = new TextArea();
        text.setId("exportPreviewText");
        text.setEditable(false);
        text.getStyleClass().add("preview-text");
        text.textProperty().bind(viewModel.previewTextProperty());
        scroll.visibleProperty().bind(viewModel.formatProperty().isNotEqualTo(ExportFormat.MARKDOWN)
                .and(viewModel.formatProperty().isNotEqualTo(ExportFormat.JSON)));
        text.visibleProperty().bind(scroll.visibleProperty().not());
        Label note = new Label();
        note.setId("exportPreviewNote");
        note.getStyleClass().add("text-muted");
        note.textProperty().bind(Bindings.when(scroll.visibleProperty()).then(viewModel.previewNoteProperty())
                .otherwise(Messages.get("export.preview.asWritten")));
        StackPane stack = new StackPane(scroll, text);
        VBox.setVgrow(stack, Priority.ALWAYS);
        VBox box = new VBox(6, heading(Messages.get("export.preview")), note, stack);
        box.setPadding(new Insets(16, 16, 0, 16));
        return box;
    }

    private Node footer() {
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setPrefWidth(200);
        Label status = new Label();
        status.setId("exportStatus");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button open = new Button(Messages.get("export.open"), new FontIcon("mdi2o-open-in-app"));
        open.setId("exportOpen");
        open.setTooltip(new javafx.scene.control.Tooltip(Messages.get("export.open.tooltip")));
        open.setOnAction(e -> viewModel.openWritten());
        Button folder = new Button(Messages.get("export.showInFolder"), new FontIcon("mdi2f-folder-open-outline"));
        folder.setId("exportShowInFolder");
        folder.setTooltip(new javafx.scene.control.Tooltip(Messages.get("export.showInFolder.tooltip")));
        folder.setOnAction(e -> viewModel.showWrittenInFolder());
        for (Button b : new Button[] {open, folder}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.visibleProperty().bind(viewModel.canOpenWrittenProperty());
            b.managedProperty().bind(b.visibleProperty());
        }
        Button export = new Button(Messages.get("export.button"), new FontIcon("mdi2f-file-export-outline"));
        export.setId("exportWrite");
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.busyProperty());
        export.setOnAction(e -> chooseAndWrite());
        // One way out: Close; a preview or export under way is stopped and nothing half-made is kept.
        Button close = new Button(Messages.get("common.close"));
        close.setId("exportClose");
        close.setTooltip(new javafx.scene.control.Tooltip(Messages.get("export.close.tooltip")));
        close.setOnAction(e -> stage.close());
        HBox written = Forms.buttonBar(open, folder);
        written.managedProperty().bind(open.managedProperty());
        HBox buttons = new HBox(16, written, Forms.buttonBar(export, close));
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox footer = new HBox(12, bar, status, buttons);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(10, 16, 12, 16));
        footer.getStyleClass().add("export-footer");
        return footer;
    }

    private void chooseAndWrite() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.chooser"));
        Path folder = viewModel.initialFolder();
        if (folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(viewModel.suggestedFileName());
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            viewModel.exportTo(file.toPath());
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.getStyleClass().add("form-label");
        return label;
    }
}
