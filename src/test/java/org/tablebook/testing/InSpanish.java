package org.tablebook.testing;

import java.util.Locale;
import org.tablebook.domain.Language;

/** Runs a part of a test with the window in Spanish, and puts the language back after it. */
public final class InSpanish {

    private InSpanish() {
    }

    public static void run(Runnable part) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Language.SPANISH.locale());
        try {
            part.run();
        } finally {
            Locale.setDefault(before);
        }
    }
}
