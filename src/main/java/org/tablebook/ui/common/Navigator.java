package org.tablebook.ui.common;

import org.tablebook.domain.EntityRef;

/** Takes the person to a record: its section, the record selected, and a field focused if named. */
@FunctionalInterface
public interface Navigator {
    /**
     * @param field the record component to focus (a rule finding names it), or null
     */
    void reveal(EntityRef ref, String field);
}
