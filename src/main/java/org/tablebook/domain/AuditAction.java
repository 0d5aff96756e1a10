package org.tablebook.domain;

/** What a write did to a row. */
public enum AuditAction {
    CREATE, UPDATE, DELETE
}
