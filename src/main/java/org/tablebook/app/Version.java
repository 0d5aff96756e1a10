package org.tablebook.app;

import java.util.Optional;
import org.tablebook.store.TablebookStore;

/** Which Tablebook this is: the version in the jar's manifest, and the file format it writes. */
public final class Version {
    private Version() {
    }

    /** "0.1.0", or "(development build)" when running from compiled classes rather than the jar. */
    public static String current() {
        return Optional.ofNullable(Version.class.getPackage().getImplementationVersion()).orElse("(development build)");
    }

    /** "Tablebook 0.1.0 (file format 1)". */
    public static String line() {
        return "Tablebook " + current() + " (file format " + TablebookStore.SCHEMA_VERSION + ")";
    }
}
