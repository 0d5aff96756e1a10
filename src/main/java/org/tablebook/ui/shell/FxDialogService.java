package org.tablebook.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.Messages;

/** {@link DialogService} with JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final FileChooser.ExtensionFilter TABLEBOOK_FILES =
            new FileChooser.ExtensionFilter(Messages.get("shell.fxDialogService.tablebookNegotiationTablebook"), "*.tablebook");

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(460);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Unsaved askUnsaved(String title, String message) {
        ButtonType save = new ButtonType(org.tablebook.ui.common.Messages.get("unsaved.save"),
                ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(org.tablebook.ui.common.Messages.get("unsaved.discard"),
                ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(org.tablebook.ui.common.Messages.get("unsaved.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, message, save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(460);
        alert.getDialogPane().setId("unsavedQuestion");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public Optional<String> askText(String title, String question, String initialValue) {
        TextInputDialog dialog = new TextInputDialog(initialValue);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.getDialogPane().setMinWidth(480);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder) {
        FileChooser chooser = chooser(title, initialFolder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToCreate(String title, Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser(title, initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseBackupToOpen(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("shell.fxDialogService.tablebookBackupJson"), "*.json"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseContractToOpen(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("contract.import.files"),
                "*.md", "*.markdown", "*.txt", "*.docx"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    private static FileChooser chooser(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(TABLEBOOK_FILES);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }
}
