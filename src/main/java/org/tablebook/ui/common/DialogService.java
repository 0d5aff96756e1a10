package org.tablebook.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How view models reach the person at the keyboard without touching a window, so they can be
 * tested with a fake.
 */
public interface DialogService {
    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Asks a yes/no question; true when the person chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** What to do with an unsaved edit before leaving it. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** Asks what to do with an unsaved edit: Save, Discard, or Cancel (stay). */
    Unsaved askUnsaved(String title, String message);

    /** Asks for a line of text; empty when cancelled. */
    Optional<String> askText(String title, String question, String initialValue);

    Optional<Path> chooseFileToOpen(String title, Path initialFolder);

    Optional<Path> chooseFileToCreate(String title, Path initialFolder, String suggestedName);

    /** Chooses a JSON backup to import. */
    Optional<Path> chooseBackupToOpen(String title, Path initialFolder);

    /** Chooses a contract to import: Markdown, plain text or Word. */
    default Optional<Path> chooseContractToOpen(String title, Path initialFolder) {
        return chooseFileToOpen(title, initialFolder);
    }
}
