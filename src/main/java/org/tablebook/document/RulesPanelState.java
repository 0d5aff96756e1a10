package org.tablebook.document;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules panel remembers between starts: whether it is folded away, and for each
 * negotiation file the findings the person has seen there, so that a finding that came up since
 * is marked new.
 *
 * <p>The seen findings are kept here, with the person's preferences, rather than in the
 * negotiation file: having looked is one person's state on one laptop, not part of the record;
 * written into the file it would travel in backups and copies and mark a finding seen for
 * everyone. They are keyed by the file's path, for the last {@link #FILES_KEPT} files looked at,
 * and written to a file of their own beside the preferences ({@link PreferencesStore#seenFile()}),
 * only when they change.
 *
 * @param collapsed the panel is folded to a narrow strip
 * @param seen per file path, the keys of the findings seen there (see the rules panel)
 */
public record RulesPanelState(boolean collapsed, Map<String, List<String>> seen) {
    public static final RulesPanelState NONE = new RulesPanelState(false, Map.of());
    /** Files whose seen findings are kept; the one looked at longest ago goes first. */
    public static final int FILES_KEPT = 16;

    public RulesPanelState {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (seen != null) {
            seen.forEach((file, keys) -> {
                if (file != null && keys != null) {
                    copy.put(file, List.copyOf(keys));
                }
            });
        }
        seen = Collections.unmodifiableMap(copy);
    }

    public RulesPanelState withCollapsed(boolean value) {
        return new RulesPanelState(value, seen);
    }

    /** The findings seen in {@code file}, replacing what was kept for it; it becomes the latest file. */
    public RulesPanelState withSeen(String file, Collection<String> keys) {
        Map<String, List<String>> next = new LinkedHashMap<>(seen);
        next.remove(file);
        next.put(file, List.copyOf(keys));
        while (next.size() > FILES_KEPT) {
            next.remove(next.keySet().iterator().next());
        }
        return new RulesPanelState(collapsed, next);
    }

    /** Whether anything was ever kept for {@code file}: before that, nothing there is new. */
    public boolean knows(String file) {
        return seen.containsKey(file);
    }

    public Set<String> seenIn(String file) {
        return Set.copyOf(seen.getOrDefault(file, List.of()));
    }
}
