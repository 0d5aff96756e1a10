package org.tablebook.rules;

/** The reference texts and practices the rules cite. */
final class Sources {
    /** A union guide: "Off-the-Record Talks" and "Sidebars". */
    static final String OFF_THE_RECORD_GUIDE = "000_66497e2942694ff8.txt";
    /** An orchestra-union negotiator's rules for off-the-record meetings. */
    static final String OFF_THE_RECORD_RULES = "001_0bdf9e53e13e1618.txt";
    /** An organizer on face-to-face negotiations, unions and community organizations. */
    static final String FACE_TO_FACE = "002_8d9c9d946486dbbc.txt";
    static final String BARGAINING_PRACTICE = "bargaining practice";
    static final String LABOR_LAW_PRACTICE = "labor-law practice";
    static final String DRAFTING_PRACTICE = "drafting practice";

    private Sources() {
    }
}
