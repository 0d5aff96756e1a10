package org.tablebook.export.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractImportTest {
    static final String MARKDOWN = """
            # Article 7 Hours of Work

            ## 7.1 Normal Hours

            The normal work week is forty hours,
            worked in five shifts of eight hours.

            ## 7.2 Overtime

            Overtime is paid at time and a half.

            Overtime is offered by seniority.

            # Article 12: Wages

            Wages are set out in Appendix A.
            """;

    static final List<ImportedSection> EXPECTED = List.of(
            new ImportedSection("7", "Hours of Work", "7.1", "Normal Hours",
                    "The normal work week is forty hours,\nworked in five shifts of eight hours."),
            new ImportedSection("7", "Hours of Work", "7.2", "Overtime",
                    "Overtime is paid at time and a half.\n\nOvertime is offered by seniority."),
            new ImportedSection("12", "Wages", "", "", "Wages are set out in Appendix A."));

    @TempDir
    Path dir;

    @Test
    void aMarkdownContractBecomesArticlesAndSections() throws Exception {
        Path file = dir.resolve("contract.md");
        Files.writeString(file, MARKDOWN);
        assertEquals(EXPECTED, ContractImport.read(file));
    }

    @Test
    void aWordContractBecomesTheSameArticlesAndSections() throws Exception {
        Path file = dir.resolve("contract.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            heading(doc, "Heading1", "Article 7 Hours of Work");
            heading(doc, "Heading2", "7.1 Normal Hours");
            doc.createParagraph().createRun().setText("The normal work week is forty hours,\nworked in five shifts of eight hours.");
            heading(doc, "Heading2", "7.2 Overtime");
            doc.createParagraph().createRun().setText("Overtime is paid at time and a half.");
            doc.createParagraph().createRun().setText("Overtime is offered by seniority.");
            heading(doc, "Heading1", "Article 12: Wages");
            doc.createParagraph().createRun().setText("Wages are set out in Appendix A.");
            doc.write(out);
        }
        assertEquals(EXPECTED, ContractImport.read(file));
    }

    @Test
    void aPlainTextContractBecomesTheSameArticlesAndSections() throws Exception {
        String text = """
                Article 7 Hours of Work

                7.1 Normal Hours
                The normal work week is forty hours,
                worked in five shifts of eight hours.

                Section 7.2 Overtime
                Overtime is paid at time and a half.

                Overtime is offered by seniority.

                Article 12: Wages
                Wages are set out in Appendix A.
                """;
        List<ImportedSection> read = ContractImport.plainText(text);
        assertEquals(List.of(
                new ImportedSection("7", "Hours of Work", "7.1", "Normal Hours",
                        "The normal work week is forty hours, worked in five shifts of eight hours."),
                EXPECTED.get(1), EXPECTED.get(2)), read);
    }

    @Test
    void everyProblemOfAMalformedFileIsNamedByLineAndNothingIsImported() {
        String bad = """
                Some preamble.

                ## 3.1 Orphan

                # Article 7 Hours

                ## Overtime rules

                # Chapter 9

                # Article 7 Again

                ## 7.1 A
                Text.
                """;
        ContractImportException e = assertThrows(ContractImportException.class, () -> ContractImport.markdown(bad));
        assertEquals(List.of(
                "Line 1: text comes before the first article; start the file with an \"Article\" heading.",
                "Line 3: the section \"3.1 Orphan\" comes before any article; put an \"Article\" heading above it.",
                "Line 7: the section heading \"Overtime rules\" does not start with its number, as in \"7.2 Overtime\".",
                "Line 5: article 7 has no text and no sections.",
                "Line 9: the article heading \"Chapter 9\" does not start with \"Article\" and its number, as in "
                        + "\"Article 7 Hours of Work\".",
                "Line 11: article 7 appears twice."), e.problems());
    }

    @Test
    void aSpanishContractIsReadAndItsProblemsAreNamedInSpanish() throws Exception {
        String text = """
                Artículo 7 Jornada de trabajo

                7.1 Jornada normal
                La semana normal es de cuarenta horas.

                Sección 7.2 Horas extra
                Las horas extra se pagan al 150 %.
                """;
        assertEquals(List.of(
                new ImportedSection("7", "Jornada de trabajo", "7.1", "Jornada normal",
                        "La semana normal es de cuarenta horas."),
                new ImportedSection("7", "Jornada de trabajo", "7.2", "Horas extra", "Las horas extra se pagan al 150 %.")),
                ContractImport.plainText(text));
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(org.tablebook.domain.Language.SPANISH.locale());
            ContractImportException e = assertThrows(ContractImportException.class,
                    () -> ContractImport.markdown("# Capítulo 9\n\n# Artículo 7 Jornada\n"));
            assertEquals(List.of(
                    "Línea 1: el encabezado de artículo «Capítulo 9» no empieza por «Artículo» y su número, como en "
                            + "«Artículo 7 Jornada de trabajo».",
                    "Línea 3: el artículo 7 no tiene texto ni secciones."), e.problems());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aWordFileWithAProblemNamesTheParagraph() throws Exception {
        Path file = dir.resolve("bad.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            heading(doc, "Heading1", "Article 1 Recognition");
            doc.createParagraph().createRun().setText("The employer recognizes the union.");
            heading(doc, "Heading2", "Scope");
            doc.write(out);
        }
        ContractImportException e = assertThrows(ContractImportException.class, () -> ContractImport.read(file));
        assertEquals(List.of("Paragraph 3: the section heading \"Scope\" does not start with its number, as in "
                + "\"7.2 Overtime\"."), e.problems());
    }

    @Test
    void aFileThatIsNotWordIsRefusedInWords() throws Exception {
        Path file = dir.resolve("fake.docx");
        Files.writeString(file, "not a zip");
        ContractImportException e = assertThrows(ContractImportException.class, () -> ContractImport.read(file));
        assertEquals(List.of("fake.docx is not a Word document Tablebook can read; save it again as .docx or as "
                + "plain text."), e.problems());
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }
}
