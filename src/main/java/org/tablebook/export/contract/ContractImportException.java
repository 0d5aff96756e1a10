package org.tablebook.export.contract;

import java.util.List;

/** A contract file that cannot be imported; every problem, each with its place in the file. */
public final class ContractImportException extends Exception {
    private final List<String> problems;

    public ContractImportException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** "Line 12: ..." or "Paragraph 4: ...", in file order. */
    public List<String> problems() {
        return problems;
    }
}
