package org.tablebook.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.tablebook.domain.ValidationException;

/**
 * A form's messages, one per field (named as the domain record's component), for the view to
 * show next to each field. Nothing is written while any field has a message.
 */
public final class FieldErrors {
    private final ObservableMap<String, String> messages = FXCollections.observableHashMap();
    private final BooleanBinding empty = Bindings.isEmpty(messages);

    public void set(String field, String message) {
        if (message == null || message.isBlank()) {
            messages.remove(field);
        } else {
            messages.put(field, message);
        }
    }

    public void clear(String field) {
        messages.remove(field);
    }

    public void clearAll() {
        messages.clear();
    }

    /** Records a domain refusal against the field it names. */
    public void set(ValidationException e) {
        set(e.field() == null ? "" : e.field(), e.getMessage());
    }

    public String get(String field) {
        return messages.get(field);
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message for one field, or null: for the view's decoration. */
    public StringBinding messageFor(String field) {
        return Bindings.createStringBinding(() -> messages.get(field), messages);
    }

    public BooleanBinding noneProperty() {
        return empty;
    }

    public boolean none() {
        return messages.isEmpty();
    }

    public ObservableMap<String, String> all() {
        return FXCollections.unmodifiableObservableMap(messages);
    }
}
