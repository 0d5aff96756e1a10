package org.tablebook.domain;

/** How serious a rule finding is, most serious first. */
public enum Severity {
    ERROR, WARNING, INFO
}
