package org.tablebook.ui.rules;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.tablebook.document.PreferencesStore;
import org.tablebook.domain.EntityRef;

/**
 * What the rules panel knows of the window around it, for its filters and its memory.
 *
 * @param sections the names of the places a finding can be in, in the window's order, to filter by
 * @param sectionOf the name of the place where a finding's subject is kept (one of {@code sections})
 * @param openRecords the ids of the records open in the section on show: "this record"
 * @param file the path of the open file, under which the findings seen are kept; null when none
 * @param preferences where the panel's state is kept between starts; null keeps it for this run
 */
public record RulesPanelContext(List<String> sections, Function<EntityRef, String> sectionOf,
        ObservableValue<Set<String>> openRecords, ObservableValue<String> file, PreferencesStore preferences) {

    public RulesPanelContext {
        sections = List.copyOf(sections);
    }

    /** A panel on its own: no sections, no record open, no file to remember findings by. */
    public static RulesPanelContext alone() {
        return new RulesPanelContext(List.of(), ref -> "", new SimpleObjectProperty<>(Set.of()),
                new SimpleObjectProperty<>(), null);
    }
}
