package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.relance.invoice.eval.BlindLayouts;

class PdfLayoutTextTest {

    @Test
    void columnsSideBySideKeepTheirHorizontalPositionAndAWideGap() throws Exception {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        doc.text(50, 700, "Plomberie Girard SARL", 12);
        doc.text(320, 700, "Client", 9);
        doc.text(50, 686, "115 route de Lyon", 9);
        doc.text(320, 686, "Ferme Bio du Vexin", 11);
        doc.text(50, 600, "Total TTC 1 990,67 €", 10);

        String text = PdfLayoutText.of(doc.render(), 64L << 20, 10_000);
        String[] lines = text.lines().dropWhile(String::isBlank).toArray(String[]::new);

        assertThat(lines[0].strip()).startsWith("Plomberie Girard SARL  ").endsWith("Client");
        assertThat(lines[1].strip()).startsWith("115 route de Lyon  ").endsWith("Ferme Bio du Vexin");
        assertThat(lines[0].indexOf("Client")).isEqualTo(lines[1].indexOf("Ferme"));
        assertThat(lines[2]).as("a vertical gap is a blank line").isBlank();
        assertThat(lines[3].strip()).isEqualTo("Total TTC 1 990,67 €");
    }

    @Test
    void theLayoutTextIsCutAtItsBound() throws Exception {
        BlindLayouts.Doc doc = new BlindLayouts.Doc();
        for (int k = 0; k < 60; k++) {
            doc.right(560, 800 - 12 * k, "1", 9);
        }

        String text = PdfLayoutText.of(doc.render(), 64L << 20, 500);

        assertThat(text.length()).isLessThanOrEqualTo(500);
        assertThat(text).contains("1");
    }

    /** Prints the layout text of the files named in {@code relance.dumpLayout} (under eval/invoices). */
    @Test
    @EnabledIfSystemProperty(named = "relance.dumpLayout", matches = ".+")
    void printsTheLayoutTextOfSomeFiles() throws Exception {
        for (String name : System.getProperty("relance.dumpLayout").split(",")) {
            byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/eval/invoices").resolve(name));
            System.out.println("==== " + name + "\n" + PdfLayoutText.of(pdf, 64L << 20, 200_000));
        }
    }
}
