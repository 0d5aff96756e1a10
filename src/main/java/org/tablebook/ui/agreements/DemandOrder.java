package org.tablebook.ui.agreements;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tablebook.domain.Demand;

/** Demand codes in the order people expect: U-2 before U-10, then the other side's. */
final class DemandOrder {
    private static final Pattern CODE = Pattern.compile("(.*?)(\\d+)(.*)");

    static final Comparator<String> CODES = DemandOrder::compareCodes;
    static final Comparator<Demand> BY_CODE = Comparator.comparing(Demand::proposedBy)
            .thenComparing(Demand::code, CODES);

    private DemandOrder() {
    }

    static int compareCodes(String a, String b) {
        Matcher ma = CODE.matcher(a);
        Matcher mb = CODE.matcher(b);
        if (ma.matches() && mb.matches()) {
            int prefix = ma.group(1).compareToIgnoreCase(mb.group(1));
            if (prefix != 0) {
                return prefix;
            }
            String na = ma.group(2).replaceFirst("^0+(?=.)", "");
            String nb = mb.group(2).replaceFirst("^0+(?=.)", "");
            int number = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
            if (number != 0) {
                return number;
            }
            return ma.group(3).compareToIgnoreCase(mb.group(3));
        }
        return a.compareToIgnoreCase(b);
    }
}
