package org.tablebook.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.tablebook.domain.Language;

/**
 * What the app remembers between starts. The negotiation's own settings live in its file.
 *
 * @param userName the name written into the audit trail as the actor of every change
 * @param lastFile the file open when the app last closed
 * @param recentFiles newest first
 * @param language the language of the window, "en" or "es"; null until the first start has taken
 *     the system's
 * @param rulesPanel whether the rules panel is folded away, and the findings seen in each file
 */
public record Preferences(
        String userName,
        String lastFile,
        List<String> recentFiles,
        WindowBounds window,
        boolean darkTheme,
        String exportFolder,
        String language,
        RulesPanelState rulesPanel) {

    public static final int RECENT_LIMIT = 8;

    public Preferences {
        language = Language.fromCode(language).map(Language::code).orElse(null);
        userName = userName == null ? "" : userName.strip();
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        rulesPanel = rulesPanel == null ? RulesPanelState.NONE : rulesPanel;
    }

    public static Preferences defaults() {
        return new Preferences("", null, List.of(), null, false, null, null, RulesPanelState.NONE);
    }

    public Preferences withUserName(String name) {
        return new Preferences(name, lastFile, recentFiles, window, darkTheme, exportFolder, language, rulesPanel);
    }

    /** The file just opened becomes the last file and moves to the top of the recent list. */
    public Preferences withOpened(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        recent.add(0, file);
        return new Preferences(userName, file, recent.subList(0, Math.min(RECENT_LIMIT, recent.size())), window,
                darkTheme, exportFolder, language, rulesPanel);
    }

    /** No file open when the app closes (File > Close): the next start opens the default file. */
    public Preferences withoutLastFile() {
        return new Preferences(userName, null, recentFiles, window, darkTheme, exportFolder, language, rulesPanel);
    }

    public Preferences withoutRecent(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        return new Preferences(userName, file.equals(lastFile) ? null : lastFile, recent, window, darkTheme,
                exportFolder, language, rulesPanel);
    }

    public Preferences withWindow(WindowBounds bounds) {
        return new Preferences(userName, lastFile, recentFiles, bounds, darkTheme, exportFolder, language, rulesPanel);
    }

    public Preferences withDarkTheme(boolean dark) {
        return new Preferences(userName, lastFile, recentFiles, window, dark, exportFolder, language, rulesPanel);
    }

    public Preferences withExportFolder(String folder) {
        return new Preferences(userName, lastFile, recentFiles, window, darkTheme, folder, language, rulesPanel);
    }

    public Preferences withLanguage(Language chosen) {
        return new Preferences(userName, lastFile, recentFiles, window, darkTheme, exportFolder,
                chosen == null ? null : chosen.code(), rulesPanel);
    }

    public Preferences withRulesPanel(UnaryOperator<RulesPanelState> change) {
        return new Preferences(userName, lastFile, recentFiles, window, darkTheme, exportFolder, language,
                change.apply(rulesPanel));
    }

    /** The language chosen, or none yet (the first start takes the system's). */
    public Optional<Language> chosenLanguage() {
        return Language.fromCode(language);
    }

    /** Where and how large the main window was. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

        /**
         * The same window made to fit the screen area given (a window remembered on a large
         * monitor, opened on a laptop alone): no larger than the area, and moved inside it.
         */
        public WindowBounds within(double areaX, double areaY, double areaWidth, double areaHeight) {
            double w = Math.min(width, areaWidth);
            double h = Math.min(height, areaHeight);
            double left = Math.max(areaX, Math.min(x, areaX + areaWidth - w));
            double top = Math.max(areaY, Math.min(y, areaY + areaHeight - h));
            return new WindowBounds(left, top, w, h, maximized);
        }
    }
}
