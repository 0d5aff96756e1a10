package org.tablebook.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.tablebook.document.PreferencesStore;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.tablebook.domain.Language;
import org.tablebook.store.TablebookStore;
import org.tablebook.ui.common.AppIcons;
import org.tablebook.ui.common.DialogService;
import org.tablebook.document.Preferences.WindowBounds;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.shell.MainWindow;
import org.tablebook.ui.shell.MainWindowViewModel;

/** The JavaFX application: builds the context off the JavaFX thread, then shows the main window. */
public final class TablebookApp extends Application {
    private static final double DEFAULT_WIDTH = 1480;
    private static final double DEFAULT_HEIGHT = 940;

    private final Supplier<AppContext> contextFactory;
    private AppContext context;
    private MainWindowViewModel viewModel;

    public TablebookApp() {
        this(() -> new AppContext(Clock.systemDefaultZone(), DataFolders.forThisMachine()));
    }

    /** For tests: a context with its own clock and data folder. */
    public TablebookApp(Supplier<AppContext> contextFactory) {
        this.contextFactory = Objects.requireNonNull(contextFactory);
    }

    @Override
    public void init() {
        // Runs on the launcher thread: reading the preferences file here keeps disk work off the
        // JavaFX thread during start-up.
        context = contextFactory.get();
        useLanguage(context.preferences(), getParameters() == null ? List.of() : getParameters().getRaw());
    }

    /**
     * Chooses the language before any screen is built: {@code --lang} for this start, else the one
     * chosen in the app, else (on the first start, and remembered from then on) the system's.
     */
    static Language useLanguage(PreferencesStore preferences, List<String> args) {
        Optional<Language> asked = Cli.language(args.toArray(String[]::new));
        Optional<Language> chosen = preferences.get().chosenLanguage();
        Language language = asked.orElseGet(() -> chosen.orElse(Language.of(Locale.getDefault())));
        if (chosen.isEmpty()) {
            preferences.update(p -> p.withLanguage(language));
        }
        if (Language.of(Locale.getDefault()) != language) {
            Locale.setDefault(language.locale());
        }
        return language;
    }

    @Override
    public void start(Stage stage) {
        if (context == null) {
            init();
        }
        applyTheme(context.preferences().get().darkTheme());
        DialogService dialogs = context.dialogs(stage);
        installErrorHandler(dialogs);
        viewModel = context.mainWindowViewModel(dialogs);
        viewModel.darkThemeProperty().addListener((obs, was, dark) -> applyTheme(dark));
        // When the person's name is known, nothing needs asking first: the file is opened on the
        // background thread while the window is built, and shown as soon as both are ready.
        boolean openNow = !context.preferences().get().userName().isBlank();
        if (openNow) {
            viewModel.start(fileFromArguments(getParameters().getRaw()));
        }

        MainWindow window = new MainWindow(viewModel, () -> viewModel.quit(Platform::exit), () -> showAbout(dialogs));
        context.installSections(window, dialogs, getHostServices());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.94),
                Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.92));
        scene.getStylesheets().add(Objects.requireNonNull(
                TablebookApp.class.getResource("/org/tablebook/ui/app.css")).toExternalForm());
        stage.setScene(scene);
        AppIcons.apply(stage);
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        // Closing the window asks about unsaved edits, as File > Quit does.
        stage.setOnCloseRequest(e -> {
            e.consume();
            viewModel.quit(Platform::exit);
        });
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        placeWindow(stage);
        StartupProbe.requested().ifPresent(mode -> StartupProbe.attach(mode, stage, viewModel));
        stage.show();
        if (!openNow) {
            viewModel.start(fileFromArguments(getParameters().getRaw()));
        }
    }

    /**
     * Every uncaught exception goes to the log in the data folder and, once, to a calm dialog. A
     * handler already in place (a test's that fails on any exception) is left alone.
     */
    private void installErrorHandler(DialogService dialogs) {
        if (Thread.getDefaultUncaughtExceptionHandler() != null) {
            return;
        }
        UncaughtErrors[] handler = new UncaughtErrors[1];
        handler[0] = new UncaughtErrors(context.folders().logs(), log -> Platform.runLater(() -> {
            try {
                dialogs.showError(Messages.get("error.unexpected.title"), Messages.format("error.unexpected", log));
            } finally {
                handler[0].told();
            }
        })).install();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    /** A double-clicked file arrives as the only argument. */
    static Optional<Path> fileFromArguments(List<String> args) {
        return Cli.withoutLanguage(args.toArray(String[]::new)).stream().filter(a -> !a.startsWith("-")).findFirst()
                .map(Path::of);
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void showAbout(DialogService dialogs) {
        dialogs.showInformation(Messages.get("dialog.about.title"), Messages.format("dialog.about.text",
                Version.release().orElse(Messages.get("dialog.about.development")),
                TablebookStore.SCHEMA_VERSION, context.folders().root()));
    }

    /** Puts the window where it was last time, if that place is still on a screen. */
    private void placeWindow(Stage stage) {
        WindowBounds remembered = context.preferences().get().window();
        java.util.List<Screen> screens = remembered == null ? java.util.List.of() : Screen.getScreensForRectangle(
                new Rectangle2D(remembered.x(), remembered.y(), remembered.width(), remembered.height()));
        if (remembered != null && remembered.width() >= 400 && remembered.height() >= 300 && !screens.isEmpty()) {
            Rectangle2D area = screens.get(0).getVisualBounds();
            WindowBounds saved = remembered.within(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
            stage.setMaximized(saved.maximized());
        } else {
            // A stage shown before (as in tests) keeps its old size unless told: start at the scene's.
            stage.sizeToScene();
        }
        Runnable remember = () -> {
            if (!stage.isIconified() && !stage.isMaximized()) {
                WindowBounds bounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                        false);
                context.preferences().update(p -> p.withWindow(bounds));
            } else if (stage.isMaximized()) {
                WindowBounds last = context.preferences().get().window();
                WindowBounds bounds = last == null ? new WindowBounds(stage.getX(), stage.getY(), DEFAULT_WIDTH,
                        DEFAULT_HEIGHT, true)
                        : new WindowBounds(last.x(), last.y(), last.width(), last.height(), true);
                context.preferences().update(p -> p.withWindow(bounds));
            }
        };
        stage.xProperty().addListener(o -> remember.run());
        stage.yProperty().addListener(o -> remember.run());
        stage.widthProperty().addListener(o -> remember.run());
        stage.heightProperty().addListener(o -> remember.run());
        stage.maximizedProperty().addListener(o -> remember.run());
    }

    public AppContext context() {
        return context;
    }

    public MainWindowViewModel viewModel() {
        return viewModel;
    }
}
