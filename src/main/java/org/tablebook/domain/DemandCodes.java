package org.tablebook.domain;

import java.util.Comparator;
import java.util.Locale;

/**
 * Demand codes in the order people read them, the one order every screen, report and export uses:
 * U-2 before U-12, U-007 with U-7, case ignored ("u-3" beside "U-3").
 */
public final class DemandCodes {
    /** Compares codes run by run: digits by their value, everything else letter by letter. */
    public static final Comparator<String> ORDER = DemandCodes::compare;

    /** The union's demands first (or whichever side the enum names first), then by code. */
    public static final Comparator<Demand> BY_SIDE_THEN_CODE = Comparator.comparing(Demand::proposedBy)
            .thenComparing(Demand::code, ORDER);

    private DemandCodes() {
    }

    private static int compare(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            char c = x.charAt(i);
            char d = y.charAt(j);
            if (Character.isDigit(c) && Character.isDigit(d)) {
                int si = i;
                int sj = j;
                while (i < x.length() && Character.isDigit(x.charAt(i))) {
                    i++;
                }
                while (j < y.length() && Character.isDigit(y.charAt(j))) {
                    j++;
                }
                // Leading zeros do not count: U-007 sorts with U-7.
                while (si < i - 1 && x.charAt(si) == '0') {
                    si++;
                }
                while (sj < j - 1 && y.charAt(sj) == '0') {
                    sj++;
                }
                int byLength = Integer.compare(i - si, j - sj);
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = x.substring(si, i).compareTo(y.substring(sj, j));
                if (byDigits != 0) {
                    return byDigits;
                }
            } else {
                if (c != d) {
                    return Character.compare(c, d);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(x.length() - i, y.length() - j);
        // Codes equal but for case still get one fixed order, so a sort is stable across runs.
        return byRest != 0 ? byRest : a.compareTo(b);
    }
}
