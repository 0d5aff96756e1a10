package org.tablebook.domain;

/** Where a tentative agreement was reached. */
public enum TaSource {
    TABLE, SIDEBAR
}
