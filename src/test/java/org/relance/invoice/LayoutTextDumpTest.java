package org.relance.invoice;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Prints the column-keeping text the reader sees for the eval files named in {@code relance.dumpLayout}. */
class LayoutTextDumpTest {

    @Test
    @EnabledIfSystemProperty(named = "relance.dumpLayout", matches = ".+")
    void printsTheLayoutTextOfSomeFiles() throws Exception {
        for (String name : System.getProperty("relance.dumpLayout").split(",")) {
            byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/eval/invoices", name));
            System.out.println("==== " + name + "\n" + PdfLayoutText.of(pdf, 64L << 20, 200_000));
        }
    }
}
