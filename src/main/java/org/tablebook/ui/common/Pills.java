package org.tablebook.ui.common;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A status pill: how a record stands, in a word or two, in a rounded label. Every section's pills
 * have one shape ({@code .pill} in app.css) and one set of tones, in the theme's muted colours so
 * that the light and dark themes both work; a section says only which tone its status takes.
 */
public final class Pills {
    private Pills() {
    }

    /** How things stand, as a pill's colour says it. */
    public enum Tone {
        /** Nothing to do, or not begun: grey. */
        NEUTRAL,
        /** Under way: the accent colour. */
        ACCENT,
        /** Done, agreed or met. */
        SUCCESS,
        /** Waiting on someone, or still open. */
        WARNING,
        /** Broken, reopened or refused. */
        DANGER,
        /** A step of its own between the others (in the memorandum). */
        HIGHLIGHT
    }

    /** A pill of {@code tone} that keeps its words whole: what is beside it wraps instead. */
    public static Label of(Tone tone) {
        Label pill = new Label();
        pill.setMinWidth(Region.USE_PREF_SIZE);
        pill.getStyleClass().add("pill");
        tone(pill, tone);
        return pill;
    }

    /** Gives a pill its tone in place of the one it had (a cell shown again for another row). */
    public static void tone(Label pill, Tone tone) {
        pill.getStyleClass().removeIf(c -> c.startsWith("pill-"));
        if (tone != null) {
            pill.getStyleClass().add("pill-" + tone.name().toLowerCase(Locale.ROOT));
        }
    }
}
