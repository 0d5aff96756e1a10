package org.tablebook.ui.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tablebook.domain.Language;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.SectionView;
import org.tablebook.ui.help.HelpWindows;

/**
 * The main window's layout: menus on top, navigation on the left, the section in the middle, the
 * rules panel on the right, the status bar below. Binds to {@link MainWindowViewModel}; holds no
 * logic of its own.
 */
public final class MainWindow extends BorderPane {
    /** Names longer than this many characters are set in a smaller size in the navigation. */
    private static final int LONG_NAVIGATION_NAME = 23;
    /** Room beside a section's name: the icon, the gaps, the cell's and the list's padding. */
    private static final double NAVIGATION_EXTRA = 80;
    private static final double COMPACT_NAVIGATION_WIDTH = 58;
    private static final double COMPACT_BELOW = 1280;
    private final MainWindowViewModel viewModel;
    private final Map<Section, SectionView> sectionViews = new EnumMap<>(Section.class);
    /** Sections not built yet: each is made the first time it is shown, so that start-up builds one. */
    private final Map<Section, java.util.function.Supplier<? extends SectionView>> unbuilt =
            new EnumMap<>(Section.class);
    private final StackPane workArea = new StackPane();
    private final ListView<Section> navigation = new ListView<>();
    private final Runnable onQuit;
    private final Runnable onAbout;
    private java.util.function.Consumer<String> onNegotiationSettings = field -> { };
    private Runnable onExport = () -> { };
    private Runnable onImportContract = () -> { };
    private Runnable onRules = () -> { };
    private MenuBar menuBar;
    private CheckMenuItem rulesPanelItem;
    private List<Menu> menus = List.of();
    private HelpWindows helpWindows;

    public MainWindow(MainWindowViewModel viewModel, Runnable onQuit, Runnable onAbout) {
        this.viewModel = viewModel;
        this.onQuit = onQuit;
        this.onAbout = onAbout;
        getStyleClass().add("main-window");
        setTop(new VBox(menuBar(), readOnlyBanner()));
        setLeft(navigation());
        setCenter(workArea());
        setBottom(statusBar());
        installSectionShortcuts();
        viewModel.setNewNegotiationForm(form -> new org.tablebook.ui.settings.NewNegotiationDialog(form)
                .show(getScene() == null ? null : getScene().getWindow()));
    }

    /** Puts a real view in place of a section's empty state. */
    public void setSectionView(Section section, SectionView view) {
        sectionViews.put(section, view);
        unbuilt.remove(section);
        showSection(viewModel.sectionProperty().get());
    }

    /** Puts a section in place to be built the first time it is shown (or a record in it revealed). */
    public void setSectionView(Section section, java.util.function.Supplier<? extends SectionView> build) {
        sectionViews.remove(section);
        unbuilt.put(section, java.util.Objects.requireNonNull(build));
        showSection(viewModel.sectionProperty().get());
    }

    /** The section's view, built now if this is its first showing. */
    private SectionView sectionView(Section section) {
        SectionView view = sectionViews.get(section);
        if (view == null && unbuilt.containsKey(section)) {
            view = unbuilt.remove(section).get();
            sectionViews.put(section, view);
        }
        return view;
    }

    /** True while {@code section} is the one on show: what its view model's snapshot follows. */
    public javafx.beans.value.ObservableValue<Boolean> shownProperty(Section section) {
        return viewModel.sectionProperty().isEqualTo(section);
    }

    /** Every section's editors, for the sections to register theirs. */
    public org.tablebook.ui.common.UnsavedEdits<Section> unsavedEdits() {
        return viewModel.unsavedEdits();
    }

    /** Shows a section, as a click in the navigation does. */
    public void select(Section section) {
        viewModel.goTo(section);
    }

    /** Puts the rules panel in its place on the right. */
    public void setRulesPanel(Node panel) {
        setRight(panel);
    }

    /**
     * Puts the rules panel in its place on the right, folded away while {@code collapsed} holds;
     * View > Rules panel (and its shortcut) folds it away and brings it back.
     */
    public void setRulesPanel(Node panel, javafx.beans.property.BooleanProperty collapsed) {
        setRight(panel);
        rulesPanelItem.setDisable(false);
        rulesPanelItem.setSelected(!collapsed.get());
        rulesPanelItem.selectedProperty().addListener((obs, was, is) -> collapsed.set(!is));
        collapsed.addListener((obs, was, is) -> rulesPanelItem.setSelected(!is));
    }

    /** The section on show. */
    public javafx.beans.value.ObservableValue<Section> sectionProperty() {
        return viewModel.sectionProperty();
    }

    /** The file open, null when none. */
    public javafx.beans.value.ObservableValue<java.nio.file.Path> fileProperty() {
        return viewModel.fileProperty();
    }

    /** What File > Export does. */
    public void setExportAction(Runnable action) {
        this.onExport = java.util.Objects.requireNonNull(action);
    }

    /** What File > Import the current contract does. */
    public void setImportContractAction(Runnable action) {
        this.onImportContract = java.util.Objects.requireNonNull(action);
    }

    /** What the navigation's Rules entry does: takes the keyboard to the rules panel. */
    public void setRulesAction(Runnable action) {
        this.onRules = java.util.Objects.requireNonNull(action);
    }

    /** What File > Negotiation settings does; it receives the field to focus, or null. */
    public void setNegotiationSettingsAction(java.util.function.Consumer<String> action) {
        this.onNegotiationSettings = java.util.Objects.requireNonNull(action);
    }

    /**
     * Takes the person to a record: its section on show, the record selected and the field focused
     * where the section can. The negotiation's own fields open the settings dialog.
     */
    public void reveal(org.tablebook.domain.EntityRef ref, String field) {
        Section section = Section.of(ref.kind());
        if (section == null) {
            onNegotiationSettings.accept(field);
            return;
        }
        viewModel.sectionProperty().set(section);
        SectionView view = sectionView(section);
        if (view != null) {
            view.reveal(ref, field);
        }
    }

    /** Ctrl+N and Ctrl+F go to the section on show; the menus hold the other shortcuts. */
    private void installSectionShortcuts() {
        sceneProperty().addListener((obs, was, scene) -> {
            if (scene == null) {
                return;
            }
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                    () -> currentSectionView().filter(v -> !viewModel.readOnlyProperty().get())
                            .ifPresent(SectionView::newItem));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                    () -> currentSectionView().ifPresent(SectionView::focusSearch));
        });
    }

    private java.util.Optional<SectionView> currentSectionView() {
        if (viewModel.snapshotProperty().get() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(sectionView(viewModel.sectionProperty().get()));
    }

    private MenuBar menuBar() {
        MenuItem newFile = item("menu.file.new", "mdi2f-file-plus-outline", viewModel::newFile,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem open = item("menu.file.open", "mdi2f-folder-open-outline", viewModel::openFile,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        Menu recent = new Menu(Messages.get("menu.file.recent"));
        recent.setId("recentMenu");
        fillRecent(recent.getItems());
        viewModel.recentFiles().addListener((ListChangeListener<String>) c -> fillRecent(recent.getItems()));
        MenuItem settings = item("menu.file.settings", "mdi2c-cog-outline", () -> onNegotiationSettings.accept(null),
                new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settings.disableProperty().bind(viewModel.snapshotProperty().isNull().or(viewModel.readOnlyProperty()));
        MenuItem importBackup = item("menu.file.import", "mdi2f-file-import-outline", viewModel::importBackup, null);
        MenuItem importContract = item("menu.file.importContract", "mdi2f-file-document-edit-outline",
                () -> onImportContract.run(), null);
        importContract.setId("importContractItem");
        importContract.disableProperty().bind(viewModel.snapshotProperty().isNull().or(viewModel.readOnlyProperty()));
        MenuItem export = item("menu.file.export", "mdi2f-file-export-outline", () -> onExport.run(),
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.disableProperty().bind(viewModel.snapshotProperty().isNull());
        MenuItem sample = item("menu.file.sample", "mdi2b-book-open-page-variant-outline", viewModel::openSample, null);
        sample.setId("openSampleItem");
        MenuItem close = item("menu.file.close", "mdi2c-close-box-outline", viewModel::closeFile,
                new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        close.setId("closeFileItem");
        close.disableProperty().bind(viewModel.snapshotProperty().isNull());
        MenuItem quit = item("menu.file.quit", null, onQuit, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu(Messages.get("menu.file"), null, newFile, open, recent, sample, close, new SeparatorMenuItem(),
                importBackup, importContract, export, new SeparatorMenuItem(), settings, new SeparatorMenuItem(), quit);

        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
        dark.setId("darkThemeItem");
        dark.setSelected(viewModel.darkThemeProperty().get());
        dark.selectedProperty().addListener((obs, was, is) -> viewModel.setDarkTheme(is));
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        Menu language = new Menu(Messages.get("menu.view.language"));
        language.setId("languageMenu");
        ToggleGroup languages = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem choice = new RadioMenuItem(Messages.get("language." + l.code()));
            choice.setId("language-" + l.code());
            choice.setToggleGroup(languages);
            choice.setSelected(l == viewModel.language());
            choice.setOnAction(e -> viewModel.chooseLanguage(l));
            language.getItems().add(choice);
        }
        rulesPanelItem = new CheckMenuItem(Messages.get("menu.view.rulesPanel"));
        rulesPanelItem.setId("rulesPanelItem");
        rulesPanelItem.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2s-shield-check-outline"));
        rulesPanelItem.setDisable(true);
        rulesPanelItem.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        Menu view = new Menu(Messages.get("menu.view"), null, dark, language, rulesPanelItem, new SeparatorMenuItem());
        for (Section s : Section.values()) {
            MenuItem go = item(s.key(), s.icon(), () -> viewModel.goTo(s), s.shortcutNumber().stream()
                    .mapToObj(n -> new KeyCodeCombination(KeyCode.valueOf("DIGIT" + n), KeyCombination.SHORTCUT_DOWN))
                    .findFirst().orElse(null));
            view.getItems().add(go);
        }
        MenuItem shortcuts = item("menu.help.shortcuts", "mdi2k-keyboard-outline", () -> helpWindows().showShortcuts(),
                new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN));
        shortcuts.setId("shortcutsItem");
        MenuItem sidebars = item("menu.help.sidebars", "mdi2f-forum-outline", () -> helpWindows().showSidebars(),
                new KeyCodeCombination(KeyCode.F1));
        sidebars.setId("sidebarsHelpItem");
        MenuItem glossary = item("menu.help.glossary", "mdi2b-book-alphabet", () -> helpWindows().showGlossary(), null);
        glossary.setId("glossaryHelpItem");
        Menu help = new Menu(Messages.get("menu.help"), null, shortcuts, sidebars, glossary, new SeparatorMenuItem(),
                item("menu.help.about", "mdi2i-information-outline", onAbout, null));
        MenuBar bar = new MenuBar(file, view, help);
        menus = bar.getMenus();
        bar.setUseSystemMenuBar(true);
        menuBar = bar;
        return bar;
    }

    /**
     * Adds Edit > Undo and Redo, each named after the action it acts on ("Undo Log a pass"). A
     * focused text field keeps its own Ctrl+Z and Ctrl+Shift+Z (it handles them before the menu
     * does); Ctrl+Y, which text fields leave alone, is sent to the field as well.
     */
    public void setUndo(UndoViewModel undo) {
        MenuItem undoItem = item("menu.edit.undo", "mdi2u-undo", undo::undo,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undoItem.setId("undoItem");
        undoItem.textProperty().bind(undo.undoLabelProperty());
        undoItem.disableProperty().bind(undo.canUndoProperty().not().or(viewModel.readOnlyProperty()));
        MenuItem redoItem = item("menu.edit.redo", "mdi2r-redo", undo::redo,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redoItem.setId("redoItem");
        redoItem.textProperty().bind(undo.redoLabelProperty());
        redoItem.disableProperty().bind(undo.canRedoProperty().not().or(viewModel.readOnlyProperty()));
        Menu edit = new Menu(Messages.get("menu.edit"), null, undoItem, redoItem);
        edit.setId("editMenu");
        menuBar.getMenus().add(1, edit);
        KeyCodeCombination ctrlY = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
        Runnable redoOrText = () -> {
            if (getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl text) {
                text.redo();
            } else if (!viewModel.readOnlyProperty().get()) {
                undo.redo();
            }
        };
        if (getScene() != null) {
            getScene().getAccelerators().put(ctrlY, redoOrText);
        }
        sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(ctrlY, redoOrText);
            }
        });
    }

    /** The Help pages, made once the window exists (they are owned by it). */
    private HelpWindows helpWindows() {
        if (helpWindows == null) {
            helpWindows = new HelpWindows(getScene() == null ? null : getScene().getWindow(), () -> menus);
        }
        return helpWindows;
    }

    /** The recent files as menu items (File > Open recent, and the no-file state's button). */
    private void fillRecent(List<MenuItem> recent) {
        recent.clear();
        for (String path : viewModel.recentFiles()) {
            MenuItem item = new MenuItem(Path.of(path).getFileName() + "  \u2014  " + path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.openRecent(path));
            recent.add(item);
        }
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.add(none);
        }
    }

    private static MenuItem item(String key, String icon, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(Messages.get(key));
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        item.setOnAction(e -> action.run());
        item.setAccelerator(accelerator);
        return item;
    }

    private Node readOnlyBanner() {
        Label banner = new Label(Messages.get("banner.readOnly"), new FontIcon("mdi2l-lock-outline"));
        banner.setId("readOnlyBanner");
        banner.setWrapText(true);
        banner.getStyleClass().add("read-only-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(viewModel.readOnlyProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** The sections, and below them the two places that are not sections: exports and the rules panel. */
    private Node navigation() {
        Button exports = navigationButton("navExports", "nav.exports", "nav.exports.tooltip", "mdi2f-file-export-outline", () -> onExport.run());
        exports.disableProperty().bind(viewModel.snapshotProperty().isNull());
        Button rules = navigationButton("navRules", "nav.rules", "nav.rules.tooltip", "mdi2s-shield-check-outline", () -> onRules.run());
        rules.disableProperty().bind(viewModel.snapshotProperty().isNull());
        VBox footer = new VBox(2, exports, rules);
        footer.getStyleClass().add("navigation-footer");
        ListView<Section> list = navigationList();
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(list, footer);
        box.getStyleClass().add("navigation-column");
        // As wide as the sections' list, which narrows to its icons in a small window; so do these two.
        box.minWidthProperty().bind(list.minWidthProperty());
        box.prefWidthProperty().bind(list.prefWidthProperty());
        list.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) change -> {
            javafx.scene.control.ContentDisplay shown = list.getStyleClass().contains("compact")
                    ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT;
            exports.setContentDisplay(shown);
            rules.setContentDisplay(shown);
            footer.setAlignment(shown == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY ? Pos.CENTER : Pos.TOP_LEFT);
        });
        return box;
    }

    private static Button navigationButton(String id, String key, String tooltipKey, String icon, Runnable action) {
        Button button = new Button(Messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new javafx.scene.control.Tooltip(Messages.get(tooltipKey)));
        button.getStyleClass().addAll("flat", "navigation-link");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setMnemonicParsing(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private ListView<Section> navigationList() {
        navigation.setId("navigation");
        navigation.getItems().setAll(Section.values());
        navigation.getStyleClass().add("navigation");
        // As wide as the longest section's name in the language shown ("Sesiones de negociación").
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 14 * 1.05));
        double navigationWidth = NAVIGATION_EXTRA + java.util.Arrays.stream(Section.values()).mapToDouble(entry -> {
            measure.setText(Messages.get(entry.key()));
            return measure.getLayoutBounds().getWidth();
        }).max().orElse(0);
        navigation.setPrefWidth(navigationWidth);
        navigation.setMinWidth(navigationWidth);
        // Below 1280 px the navigation shows its icons only (each names its section on hover), so
        // that a section keeps its room at 1024x768.
        widthProperty().addListener((obs, was, is) -> {
            boolean compact = is.doubleValue() > 0 && is.doubleValue() < COMPACT_BELOW;
            if (compact != navigation.getStyleClass().contains("compact")) {
                if (compact) {
                    navigation.getStyleClass().add("compact");
                } else {
                    navigation.getStyleClass().remove("compact");
                }
                double width = compact ? COMPACT_NAVIGATION_WIDTH : navigationWidth;
                navigation.setMinWidth(width);
                navigation.setPrefWidth(width);
            }
        });
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                if (empty || section == null) {
                    setText(null);
                    setGraphic(null);
                    setId(null);
                } else {
                    boolean dirty = viewModel.unsavedEdits().dirtySections().contains(section);
                    setText(Messages.get(section.key()) + (dirty ? "  \u2022" : ""));
                    setGraphic(new FontIcon(section.icon()));
                    setId("nav-" + section.name().toLowerCase());
                    getStyleClass().removeAll("nav-dirty", "nav-long");
                    if (getText().length() > LONG_NAVIGATION_NAME) {
                        // A long name (in Spanish, "Solicitudes de información") is set a little smaller, not cut.
                        getStyleClass().add("nav-long");
                    }
                    if (dirty) {
                        getStyleClass().add("nav-dirty");
                    }
                    setTooltip(new javafx.scene.control.Tooltip(dirty ? Messages.get(section.key()) + "\n"
                            + Messages.get("unsaved.nav.tooltip") : Messages.get(section.key())));
                }
            }
        });
        // The dot on a section holding an unsaved edit.
        viewModel.unsavedEdits().dirtySections().addListener(
                (javafx.collections.SetChangeListener<Section>) change -> navigation.refresh());
        navigation.getSelectionModel().select(viewModel.sectionProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null && is != viewModel.sectionProperty().get()) {
                viewModel.goTo(is);
                if (viewModel.sectionProperty().get() != is) {
                    // Cancelled: the entry of the section still on show stays selected.
                    javafx.application.Platform.runLater(() -> navigation.getSelectionModel()
                            .select(viewModel.sectionProperty().get()));
                }
            }
        });
        viewModel.sectionProperty().addListener((obs, was, is) -> {
            navigation.getSelectionModel().select(is);
            showSection(is);
        });
        return navigation;
    }

    private Node workArea() {
        workArea.setId("workArea");
        workArea.getStyleClass().add("work-area");
        viewModel.snapshotProperty().addListener((obs, was, is) -> showSection(viewModel.sectionProperty().get()));
        // With no file open, the "no negotiation open" state comes back as soon as the work is done.
        viewModel.busyProperty().addListener((obs, was, is) -> {
            if (viewModel.snapshotProperty().get() == null) {
                showSection(viewModel.sectionProperty().get());
            }
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        progress.visibleProperty().bind(viewModel.busyProperty());
        StackPane layered = new StackPane(workArea, progress);
        showSection(viewModel.sectionProperty().get());
        return layered;
    }

    private void showSection(Section section) {
        Node content;
        if (viewModel.snapshotProperty().get() == null) {
            content = viewModel.busyProperty().get() ? new Region() : noFileView();
        } else {
            SectionView view = sectionView(section);
            // Every section is installed by AppContext before the window shows.
            content = view != null ? view.node() : new Region();
        }
        if (!"noFile".equals(content.getId())) {
            // The "no negotiation open" state keeps its own id.
            content.setId("section-" + section.name().toLowerCase());
        }
        workArea.getChildren().setAll(content);
    }

    private Node noFileView() {
        Button create = new Button(Messages.get("noFile.new"), new FontIcon("mdi2f-file-plus-outline"));
        create.setOnAction(e -> viewModel.newFile());
        create.setDefaultButton(true);
        create.setId("noFileNew");
        Button open = new Button(Messages.get("noFile.open"), new FontIcon("mdi2f-folder-open-outline"));
        open.setOnAction(e -> viewModel.openFile());
        open.setId("noFileOpen");
        javafx.scene.control.MenuButton recent = new javafx.scene.control.MenuButton(Messages.get("noFile.recent"),
                new FontIcon("mdi2h-history"));
        recent.setId("noFileRecent");
        fillRecent(recent.getItems());
        recent.setDisable(viewModel.recentFiles().isEmpty());
        Button sample = new Button(Messages.get("noFile.sample"), new FontIcon("mdi2b-book-open-page-variant-outline"));
        sample.setOnAction(e -> viewModel.openSample());
        sample.setId("noFileSample");
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(12, 12, create, open, recent, sample);
        buttons.setAlignment(Pos.CENTER);
        buttons.setPrefWrapLength(560);
        VBox box = new EmptyStateView("mdi2b-book-open-page-variant-outline", Messages.get("noFile.title"),
                Messages.get("noFile.text"), null);
        box.getChildren().add(buttons);
        box.setId("noFile");
        return box;
    }

    /**
     * The running sidebar's clock, recomputed once a second from its stored start; a click goes
     * to the Sidebars section. Hidden while no sidebar runs.
     */
    private Node sidebarClock() {
        Label clock = new Label();
        clock.setId("statusSidebarClock");
        clock.setGraphic(new FontIcon("mdi2t-timer-outline"));
        clock.getStyleClass().add("status-sidebar-clock");
        clock.textProperty().bind(viewModel.sidebarClockProperty());
        clock.visibleProperty().bind(viewModel.sidebarClockProperty().isNotEmpty());
        clock.managedProperty().bind(clock.visibleProperty());
        clock.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip help = new javafx.scene.control.Tooltip();
        help.textProperty().bind(viewModel.sidebarClockHelpProperty());
        clock.setTooltip(help);
        clock.setOnMouseClicked(e -> viewModel.showSidebars());
        javafx.css.PseudoClass over = javafx.css.PseudoClass.getPseudoClass("over-limit");
        viewModel.sidebarOverLimitProperty().addListener((obs, was, is) -> clock.pseudoClassStateChanged(over, is));
        Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> viewModel.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        return clock;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("statusFile");
        status.textProperty().bind(viewModel.statusTextProperty());
        status.setMinWidth(0);
        // The file's path gives way first in a narrow window (the whole path on hover); who records
        // and the last change stay whole.
        status.getStyleClass().add("shortens");
        javafx.scene.control.Tooltip path = new javafx.scene.control.Tooltip();
        path.textProperty().bind(status.textProperty());
        status.setTooltip(path);
        status.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        Label changed = new Label();
        changed.setId("statusLastChange");
        changed.textProperty().bind(viewModel.lastChangeProperty());
        changed.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button user = new Button();
        user.setId("statusUser");
        user.setGraphic(new FontIcon("mdi2a-account-edit-outline"));
        user.getStyleClass().addAll("flat", "small", "status-user");
        user.setMnemonicParsing(false);
        user.setFocusTraversable(false);
        user.setMinWidth(Region.USE_PREF_SIZE);
        user.setTooltip(new javafx.scene.control.Tooltip(Messages.get("status.user.tooltip")));
        user.setOnAction(e -> viewModel.changeUserName());
        user.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("status.user", viewModel.userNameProperty().get()), viewModel.userNameProperty()));
        HBox bar = new HBox(18, status, changed, spacer, sidebarClock(), user);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }
}
