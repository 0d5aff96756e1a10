package org.tablebook.ui.shell;

import java.nio.file.Path;
import javafx.scene.image.WritableImage;

/** Writes a snapshot of the window to a PNG, for tests that keep pictures to look at. */
public final class Screenshots {
    private Screenshots() {
    }

    public static void write(WritableImage image, Path file) throws Exception {
        SpanishScreenshots.write(image, file);
    }
}
