package org.tablebook.ui.common;

import java.util.Objects;

/**
 * One entry of a drop-down: a value (null for "none") and how a person reads it. Lets a list offer
 * "Not confirmed yet" alongside the records without putting null into a control.
 */
public record LabelledChoice<T>(T value, String label) {
    public LabelledChoice {
        Objects.requireNonNull(label, "label");
    }

    public static <T> LabelledChoice<T> none(String label) {
        return new LabelledChoice<>(null, label);
    }

    public boolean isNone() {
        return value == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
