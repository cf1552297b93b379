package org.relance.invoice.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites the committed evaluation set; runs only when asked:
 * {@code mvn -B -o test -Dtest=GenerateEvalSetTest -Drelance.generateEval=true}.
 */
class GenerateEvalSetTest {

    @Test
    @EnabledIfSystemProperty(named = "relance.generateEval", matches = "true")
    void writesTheDevAndHeldOutSets() throws IOException {
        InvoicePdfGenerator.main(new String[] {"src/test/resources/eval/invoices/dev", "dev", "12", "60"});
        InvoicePdfGenerator.main(new String[] {"src/test/resources/eval/invoices/heldout", "heldout", "977", "40"});
    }

    /** Rewrites the blind set: {@code -Drelance.generateBlind=true}. */
    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind", matches = "true")
    void writesTheBlindSet() throws IOException {
        BlindLayouts.main(new String[] {"src/test/resources/eval/invoices/blind", "20261202", "3", "blind"});
        // The same layouts with other names, amounts and dates, generated once the reader was improved: how much
        // of the score is the layouts' and how much the particular files'.
        BlindLayouts.main(new String[] {"src/test/resources/eval/invoices/reseed", "777", "2", "reseed"});
    }

    /** Writes the second blind set: {@code -Drelance.generateBlind2=true}. */
    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind2", matches = "true")
    void writesTheSecondBlindSet() throws IOException {
        BlindLayouts2.main(new String[] {"src/test/resources/eval/invoices/blind2", "20261203", "2", "blind2"});
    }

    /** Writes the third blind set: {@code -Drelance.generateBlind3=true}. */
    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind3", matches = "true")
    void writesTheThirdBlindSet() throws IOException {
        BlindLayouts3.main(new String[] {"src/test/resources/eval/invoices/blind3", "20261204", "2", "blind3"});
    }

    /** Writes the fourth blind set: {@code -Drelance.generateBlind4=true}. */
    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind4", matches = "true")
    void writesTheFourthBlindSet() throws IOException {
        BlindLayouts4.main(new String[] {"src/test/resources/eval/invoices/blind4", "20261205", "2", "blind4"});
    }

    /** Writes the fifth blind set: {@code -Drelance.generateBlind5=true}. */
    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind5", matches = "true")
    void writesTheFifthBlindSet() throws IOException {
        BlindLayouts5.main(new String[] {"src/test/resources/eval/invoices/blind5", "20261206", "2", "blind5"});
    }

    /** Writes the sixth blind set: {@code -Drelance.generateBlind6=true}. */
    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind6", matches = "true")
    void writesTheSixthBlindSet() throws IOException {
        BlindLayouts6.main(new String[] {"src/test/resources/eval/invoices/blind6", "20261207", "2", "blind6"});
    }

    /** Writes the seventh blind set: {@code -Drelance.generateBlind7=true}. */
    @Test
    @EnabledIfSystemProperty(named = "relance.generateBlind7", matches = "true")
    void writesTheSeventhBlindSet() throws IOException {
        BlindLayouts7.main(new String[] {"src/test/resources/eval/invoices/blind7", "20261208", "2", "blind7"});
    }

    /** Adds the category layouts to the dev set: {@code -Drelance.generateDevCategories=true}. */
    @Test
    @EnabledIfSystemProperty(named = "relance.generateDevCategories", matches = "true")
    void addsTheCategoryLayoutsToTheDevSet() throws IOException {
        DevCategoryLayouts.main(new String[] {"src/test/resources/eval/invoices/dev", "4242"});
    }

    /** Adds the layouts of blind2's failure kinds to the dev set: {@code -Drelance.generateDevCategories2=true}. */
    @Test
    @EnabledIfSystemProperty(named = "relance.generateDevCategories2", matches = "true")
    void addsTheSecondCategoryLayoutsToTheDevSet() throws IOException {
        DevCategoryLayouts2.main(new String[] {"src/test/resources/eval/invoices/dev", "1203"});
    }

    /** Prints the text Tika gives for the files named in {@code relance.dumpEval} (comma-separated, under the set). */
    @Test
    @EnabledIfSystemProperty(named = "relance.dumpEval", matches = ".+")
    void printsTheTextOfSomeFiles() throws Exception {
        for (String name : System.getProperty("relance.dumpEval").split(",")) {
            java.nio.file.Path file = java.nio.file.Path.of("src/test/resources/eval/invoices", name);
            org.apache.tika.parser.pdf.PDFParserConfig config = new org.apache.tika.parser.pdf.PDFParserConfig();
            config.setSortByPosition(true);
            org.apache.tika.parser.ParseContext context = new org.apache.tika.parser.ParseContext();
            context.set(org.apache.tika.parser.pdf.PDFParserConfig.class, config);
            org.apache.tika.sax.BodyContentHandler handler = new org.apache.tika.sax.BodyContentHandler(-1);
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                new org.apache.tika.parser.AutoDetectParser().parse(in, handler, new org.apache.tika.metadata.Metadata(), context);
            }
            System.out.println("==== " + name + "\n" + handler);
        }
    }
}
