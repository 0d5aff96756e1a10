package org.tablebook.ui.common;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import org.tablebook.domain.ValidationException;

/**
 * Checks a form while the person types, so that a message appears on a field before anything is
 * saved. A field's message shows once that field has been changed, or once a save was attempted;
 * a fresh form does not greet anyone with "is required".
 *
 * <p>The rules are one function that reports every problem of the form as it stands, field by
 * field, usually by calling the domain's own checks so that the messages are the domain's.
 */
public final class LiveValidation {
    private final FieldErrors errors;
    private final Consumer<Problems> rules;
    private final Set<String> fields = new HashSet<>();
    private final Set<String> touched = new HashSet<>();
    private boolean showAll;
    private final QuietChanges quiet = new QuietChanges();

    public LiveValidation(FieldErrors errors, Consumer<Problems> rules) {
        this.errors = errors;
        this.rules = rules;
    }

    /** Re-checks the form whenever one of these values changes, and counts the field as touched. */
    public LiveValidation watch(String field, Observable... values) {
        fields.add(field);
        Runnable changed = () -> {
            if (!quiet.isQuiet()) {
                touched.add(field);
                refresh();
            }
        };
        for (Observable value : values) {
            // A change listener, not an invalidation listener: a value nobody has read since it was
            // last set reports no invalidation at all.
            if (value instanceof ObservableValue<?> v) {
                v.addListener((obs, was, is) -> changed.run());
            } else {
                value.addListener(o -> changed.run());
            }
        }
        return this;
    }

    /** Fills the form without counting anything as touched, then starts afresh. */
    public void load(Runnable fill) {
        quiet.run(fill);
        touched.clear();
        showAll = false;
        errors.clearAll();
    }

    /** Runs changes that are not the person's own (a default following another field) quietly. */
    public void quietly(Runnable change) {
        quiet.run(change);
        refresh();
    }

    /** Shows every problem on its field; true when there is none and the form may be saved. */
    public boolean checkAll() {
        showAll = true;
        refresh();
        return problems().isEmpty();
    }

    public void refresh() {
        Map<String, String> found = problems();
        for (String field : fields) {
            String message = found.get(field);
            errors.set(field, message != null && (showAll || touched.contains(field)) ? message : null);
        }
        found.forEach((field, message) -> {
            if (!fields.contains(field) && showAll) {
                errors.set(field, message);
            }
        });
    }

    private Map<String, String> problems() {
        Problems p = new Problems();
        rules.accept(p);
        return p.found;
    }

    /** What the rules report into: the first problem of each field counts. */
    public static final class Problems {
        private final Map<String, String> found = new LinkedHashMap<>();

        public void add(String field, String message) {
            found.putIfAbsent(field, message);
        }

        /** Runs a domain check; its refusal becomes the problem of the field it names. */
        public void check(Runnable domainCheck) {
            try {
                domainCheck.run();
            } catch (ValidationException e) {
                add(e.field(), e.getMessage());
            }
        }

        public boolean has(String field) {
            return found.containsKey(field);
        }
    }
}
