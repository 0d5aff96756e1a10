package org.tablebook.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} for view model tests: answers are queued up front, messages are recorded. */
public final class FakeDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final Deque<Optional<String>> textAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Optional<Path>> fileAnswers = new ArrayDeque<>();

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        questions.add(message);
        return confirmAnswers.isEmpty() ? false : confirmAnswers.pop();
    }

    public final Deque<Unsaved> unsavedAnswers = new ArrayDeque<>();

    @Override
    public Unsaved askUnsaved(String title, String message) {
        questions.add(message);
        return unsavedAnswers.isEmpty() ? Unsaved.CANCEL : unsavedAnswers.pop();
    }

    @Override
    public Optional<String> askText(String title, String question, String initialValue) {
        questions.add(question);
        return textAnswers.isEmpty() ? Optional.empty() : textAnswers.pop();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder) {
        return fileAnswers.isEmpty() ? Optional.empty() : fileAnswers.pop();
    }

    @Override
    public Optional<Path> chooseFileToCreate(String title, Path initialFolder, String suggestedName) {
        return fileAnswers.isEmpty() ? Optional.empty() : fileAnswers.pop();
    }

    @Override
    public Optional<Path> chooseBackupToOpen(String title, Path initialFolder) {
        return fileAnswers.isEmpty() ? Optional.empty() : fileAnswers.pop();
    }
}
