package org.tablebook.ui.costing;

/** One line of the package table, as shown: a contract year, the total, a percent or an average. */
public record PackageRow(String period, String ours, String theirs, String gap, String settled) {
}
