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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
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
import org.tablebook.ui.common.Forms;

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
            stage.setTitle("Export");
            Scene scene = new Scene(layout(), 1080, 760);
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
        Node members = audience(group, Audience.MEMBERS, "The membership",
                "A summary every member may read: public summaries, statuses, the agreements' public text, session "
                        + "dates, what is next. Never anything confidential: no confidential demands, internal notes, "
                        + "sidebars, positions, names or rule findings.");
        Node committee = audience(group, Audience.COMMITTEE, "The committee",
                "Everything, sidebars and findings included, marked CONFIDENTIAL on every page. The JSON backup is "
                        + "also made here: the whole negotiation, for another laptop or the archive.");
        Node since = audience(group, Audience.SINCE, "The committee: what changed",
                "New passes, agreements, sidebars and their outcomes, decisions and new findings since a session "
                        + "or a date, from the file's history.");
        Node contract = audience(group, Audience.CONTRACT, "The lawyers: the new contract",
                "The current contract with every TA's agreed text applied, article by article: a redline against "
                        + "the current contract and a clean copy, sections still on the table marked OPEN.");
        group.selectToggle(group.getToggles().get(0));
        group.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is != null) {
                viewModel.audienceProperty().set((Audience) is.getUserData());
                viewModel.refreshPreview();
            }
        });

        ComboBox<ExportFormat> format = new ComboBox<>(viewModel.formats());
        format.setId("exportFormat");
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : switch (f) {
                    case PDF -> "PDF, to print or send";
                    case HTML -> "HTML, a web page";
                    case MARKDOWN -> "Markdown, for a newsletter or email";
                    case JSON -> "JSON backup of the whole negotiation";
                    case DOCX -> "Word, for the lawyers";
                };
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.setOnAction(e -> viewModel.refreshPreview());
        format.setMaxWidth(Double.MAX_VALUE);

        ComboBox<ExportViewModel.SinceChoice> session = new ComboBox<>(viewModel.sinceChoices());
        session.setId("exportSinceSession");
        session.setPromptText("No table session yet");
        session.valueProperty().bindBidirectional(viewModel.sinceChoiceProperty());
        session.setMaxWidth(Double.MAX_VALUE);
        session.setOnAction(e -> viewModel.refreshPreview());
        TextField date = new TextField();
        date.setId("exportSinceDate");
        date.setPromptText("yyyy-mm-dd");
        date.textProperty().bindBidirectional(viewModel.sinceDateProperty());
        date.setOnAction(e -> viewModel.refreshPreview());
        Forms.decorate(date, viewModel.sinceErrorProperty());
        Label dateError = new Label();
        dateError.getStyleClass().add("field-error");
        dateError.setWrapText(true);
        dateError.textProperty().bind(viewModel.sinceErrorProperty());
        Label sinceHelp = new Label("Counts from the end of the chosen session, or from the start of the day typed "
                + "(press Enter to look again).");
        sinceHelp.setWrapText(true);
        sinceHelp.getStyleClass().add("text-muted");
        VBox sinceBox = new VBox(6, label("Since", session), session, date, dateError, sinceHelp);
        sinceBox.visibleProperty().bind(viewModel.audienceProperty().isEqualTo(Audience.SINCE));
        sinceBox.managedProperty().bind(sinceBox.visibleProperty());

        VBox box = new VBox(10, heading("Who is it for?"), members, committee, since, contract, label("Format", format), format,
                sinceBox);
        box.setPadding(new Insets(16));
        box.setPrefWidth(340);
        box.getStyleClass().add("export-choices");
        return box;
    }

    /** A choice of audience with, under it, what that audience's document holds. */
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
        VBox box = new VBox(3, button, text);
        box.setPadding(new Insets(0, 0, 4, 0));
        return box;
    }

    private Node preview() {
        VBox pages = new VBox(14);
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        pages.getStyleClass().add("preview-pages");
        viewModel.previewPages().addListener((ListChangeListener<byte[]>) c -> {
            pages.getChildren().clear();
            for (byte[] png : viewModel.previewPages()) {
                ImageView page = new ImageView(new Image(new ByteArrayInputStream(png)));
                page.setPreserveRatio(true);
                page.getStyleClass().add("preview-page");
                StackPane sheet = new StackPane(page);
                sheet.getStyleClass().add("preview-sheet");
                sheet.setMaxWidth(Region.USE_PREF_SIZE);
                pages.getChildren().add(sheet);
            }
        });
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setId("exportPreview");
        scroll.setFitToWidth(true);
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
                .otherwise("The text exactly as it will be written."));
        StackPane stack = new StackPane(scroll, text);
        VBox.setVgrow(stack, Priority.ALWAYS);
        VBox box = new VBox(6, heading("Preview"), note, stack);
        box.setPadding(new Insets(16, 16, 0, 0));
        return box;
    }

    private Node footer() {
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.busyProperty());
        bar.setPrefWidth(200);
        Label status = new Label();
        status.setId("exportStatus");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Cancel");
        cancel.setId("exportCancel");
        cancel.disableProperty().bind(viewModel.busyProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        Button export = new Button("Export\u2026", new FontIcon("mdi2f-file-export-outline"));
        export.setId("exportWrite");
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.busyProperty());
        export.setOnAction(e -> chooseAndWrite());
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        HBox buttons = Forms.buttonBar(cancel, export, close);
        HBox footer = new HBox(12, bar, status, buttons);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(10, 16, 12, 16));
        footer.getStyleClass().add("export-footer");
        return footer;
    }

    private void chooseAndWrite() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to");
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
