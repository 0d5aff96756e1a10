package org.tablebook.domain;

import java.util.UUID;

/** Row ids are random UUIDs as text, so that two teams' files can be merged one day. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
