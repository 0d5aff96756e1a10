package org.tablebook.ui.demands;

import java.util.Comparator;
import java.util.Locale;

/** Orders demand codes as people read them: U-2 before U-12, case ignored. */
public final class CodeOrder implements Comparator<String> {
    public static final CodeOrder INSTANCE = new CodeOrder();

    private CodeOrder() {
    }

    @Override
    public int compare(String a, String b) {
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
                for (int k = 0; k < i - si; k++) {
                    int byDigit = Character.compare(x.charAt(si + k), y.charAt(sj + k));
                    if (byDigit != 0) {
                        return byDigit;
                    }
                }
            } else {
                if (c != d) {
                    return Character.compare(c, d);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
