package org.tablebook.app;

import java.util.Optional;

/** Which Tablebook this is: the version in the jar's manifest. */
public final class Version {
    private Version() {
    }

    /** "0.1.0"; empty when running from compiled classes rather than the jar (a development build). */
    public static Optional<String> release() {
        return Optional.ofNullable(Version.class.getPackage().getImplementationVersion());
    }
}
