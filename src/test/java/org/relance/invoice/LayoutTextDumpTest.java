package org.relance.invoice;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Prints the column-keeping text the reader sees, and its reading's warnings, for the eval files named in {@code relance.dumpLayout}. */
class LayoutTextDumpTest {

    @Test
    @EnabledIfSystemProperty(named = "relance.dumpLayout", matches = ".+")
    void printsTheLayoutTextOfSomeFiles() throws Exception {
        for (String name : System.getProperty("relance.dumpLayout").split(",")) {
            byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/eval/invoices", name));
            System.out.println("==== " + name + "\n" + PdfLayoutText.of(pdf, 64L << 20, 200_000));
            try (InvoiceReader reader = new InvoiceReader()) {
                if (reader.read(name, pdf) instanceof ReadOutcome.Read r) {
                    System.out.println("---- " + r.invoice().confidence() + " " + r.invoice().warnings());
                }
            }
        }
    }
}
