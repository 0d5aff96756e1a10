package org.tablebook.ui.costing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tablebook.domain.Dates;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.Messages;

/** Reading the costing forms' text fields into values, each refusal naming its field. */
final class Fields {
    private Fields() {
    }

    /** A decimal as typed; thousands commas and a leading currency sign are allowed. */
    static BigDecimal decimal(String field, String labelKey, String text) {
        String v = text == null ? "" : text.strip().replace(",", "").replaceFirst("^[$€£]", "").replaceFirst("%$", "");
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, Messages.format("costing.error.number", Messages.get(labelKey)));
        }
    }

    static int whole(String field, String labelKey, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ValidationException(field, Messages.format("costing.error.whole", Messages.get(labelKey)));
        }
    }

    static LocalDate date(String field, String labelKey, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, Messages.format("costing.error.date", Messages.get(labelKey)));
        }
        return Dates.parseDate(field, Messages.get(labelKey), text);
    }

    /** How a stored amount is shown for editing: as it was typed. */
    static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
