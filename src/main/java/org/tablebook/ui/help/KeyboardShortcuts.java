package org.tablebook.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * Every keyboard shortcut of the window, read from the menus' accelerators so the list can never
 * drift from what the keys do; the few keys that live outside the menus are given alongside.
 */
public final class KeyboardShortcuts {
    /** One key and what it does. */
    public record Shortcut(String keys, String action) {
    }

    /** The shortcuts of one menu, or of the window as a whole. */
    public record Group(String title, List<Shortcut> shortcuts) {
        public Group {
            shortcuts = List.copyOf(shortcuts);
        }
    }

    private KeyboardShortcuts() {
    }

    /** One group per menu that has shortcuts (submenus included, named "File \u203a Open recent"), in menu order. */
    public static List<Group> fromMenus(List<Menu> menus) {
        List<Group> groups = new ArrayList<>();
        for (Menu menu : menus) {
            collect(menu, plain(menu.getText()), groups);
        }
        return List.copyOf(groups);
    }

    private static void collect(Menu menu, String title, List<Group> groups) {
        List<Shortcut> shortcuts = new ArrayList<>();
        List<Menu> submenus = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            if (item instanceof Menu submenu) {
                submenus.add(submenu);
            } else if (item.getAccelerator() != null) {
                shortcuts.add(new Shortcut(item.getAccelerator().getDisplayText(), plain(item.getText())));
            }
        }
        if (!shortcuts.isEmpty()) {
            groups.add(new Group(title, shortcuts));
        }
        for (Menu submenu : submenus) {
            collect(submenu, title + " \u203a " + plain(submenu.getText()), groups);
        }
    }

    /** A menu label as read: mnemonic underscores and trailing ellipses removed. */
    static String plain(String label) {
        if (label == null) {
            return "";
        }
        return label.replace("__", "\u0000").replace("_", "").replace("\u0000", "_")
                .replaceFirst("(\u2026|\\.\\.\\.)$", "").strip();
    }
}
