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
                String n = x.substring(si, i).replaceFirst("^0+(?=.)", "");
                String m = y.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(n.length(), m.length());
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = n.compareTo(m);
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
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
