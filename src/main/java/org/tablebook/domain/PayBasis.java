package org.tablebook.domain;

/** How a classification's rate is stated: by the hour, or as a yearly salary. */
public enum PayBasis {
    HOURLY,
    ANNUAL
}
