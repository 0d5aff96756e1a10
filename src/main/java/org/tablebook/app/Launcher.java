package org.tablebook.app;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.application.Application;

/**
 * The program's entry point. A plain class (not an {@code Application}) so that the command line
 * runs without JavaFX, and so that the window can be started with JavaFX as named modules, the one
 * configuration JavaFX supports: from the packaged runtime and from {@code mvn javafx:run} they
 * already are; from {@code java -jar tablebook.jar}, whose manifest can only name a class path, the
 * JavaFX jars beside it are loaded into a module layer of their own and the app runs on top of it.
 */
public final class Launcher {
    /** The platform's JavaFX jars ({@code javafx-graphics-21.0.12-linux.jar}), which hold the modules. */
    private static final Pattern JAVAFX_PLATFORM_JAR = Pattern.compile("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar");
    /** The empty jars that only point Maven at the platform's jars. */
    private static final Pattern JAVAFX_JAR = Pattern.compile("javafx-[a-z]+-.*\\.jar");

    private Launcher() {
    }

    public static void main(String[] args) {
        DataFolders folders = DataFolders.forThisMachine();
        if (!Cli.handles(args) || Cli.readsFiles(args)) {
            folders.prepareNativeLibraryFolder();
        }
        if (Cli.handles(args)) {
            int code = new Cli(System.out, System.err, java.time.Clock.systemDefaultZone(), folders).run(args);
            if (code != Cli.OK) {
                System.exit(code);
            }
            return;
        }
        List<Path> classPath = classPath();
        if (!javafxIsNamed() && classPath.stream().anyMatch(Launcher::isJavafxPlatformJar)) {
            try {
                onJavafxModules(classPath, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        } else {
            window(args);
        }
    }

    /** Shows the window; called in the class loader that sees JavaFX as modules. */
    public static void window(String[] args) {
        Application.launch(TablebookApp.class, args);
    }

    /** True when JavaFX was loaded as modules (the runtime image, or --module-path). */
    private static boolean javafxIsNamed() {
        return ModuleLayer.boot().findModule("javafx.graphics").isPresent();
    }

    /**
     * Loads the JavaFX jars of the class path as modules in a layer of their own and starts the
     * window from a class loader above it that holds the rest of the class path.
     */
    private static void onJavafxModules(List<Path> classPath, String[] args) throws ReflectiveOperationException {
        Path[] javafx = classPath.stream().filter(Launcher::isJavafxPlatformJar).toArray(Path[]::new);
        Configuration config = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(javafx), ModuleFinder.of(),
                Set.of("javafx.controls", "javafx.fxml"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        List<URL> rest = new ArrayList<>();
        for (Path p : classPath) {
            if (!JAVAFX_JAR.matcher(p.getFileName().toString()).matches()) {
                rest.add(url(p));
            }
        }
        ClassLoader app = new URLClassLoader("tablebook", rest.toArray(URL[]::new),
                layer.findLoader("javafx.graphics"));
        Thread.currentThread().setContextClassLoader(app);
        app.loadClass(Launcher.class.getName()).getMethod("window", String[].class).invoke(null, (Object) args);
    }

    private static boolean isJavafxPlatformJar(Path p) {
        return p.getFileName() != null && JAVAFX_PLATFORM_JAR.matcher(p.getFileName().toString()).matches();
    }

    /** The class path as the JVM was given it, with the entries a jar's manifest adds. */
    private static List<Path> classPath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath();
            entries.add(path);
            if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(path.toFile())) {
                    java.util.jar.Manifest manifest = jar.getManifest();
                    String more = manifest == null ? null
                            : manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH);
                    if (more != null) {
                        for (String relative : more.trim().split("\\s+")) {
                            entries.add(path.resolveSibling(relative).normalize());
                        }
                    }
                } catch (java.io.IOException e) {
                    // An unreadable jar adds nothing; the JVM reports it when it loads from it.
                }
            }
        }
        return entries;
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Not a class path entry: " + p, e);
        }
    }
}
