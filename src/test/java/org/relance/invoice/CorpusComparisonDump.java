package org.relance.invoice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Prints every field, the confidence and the warnings of each corpus plain PDF ({@code -Drelance.dumpCorpus=true}). */
class CorpusComparisonDump {

    @Test
    @EnabledIfSystemProperty(named = "relance.dumpCorpus", matches = "true")
    void printsTheReadingOfEveryCorpusPlainPdf() throws Exception {
        Path corpus = Path.of("../shared/corpus");
        try (InvoiceReader r = new InvoiceReader()) {
            for (String folder : new String[] {"pdf", "pdf-fr"}) {
                try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                        ReadOutcome o = r.read(f);
                        String line = o instanceof ReadOutcome.Read rd ? show(rd.invoice()) : o.toString();
                        System.out.println("CORPUS " + folder + "/" + f.getFileName() + " | " + line);
                    }
                }
            }
        }
    }

    /** Runs {@link ExtractionBenchmark} inside surefire when the dependency plugin is not at hand offline. */
    @Test
    @EnabledIfSystemProperty(named = "relance.bench", matches = "true")
    void runsTheExtractionBenchmark() throws Exception {
        ExtractionBenchmark.main(new String[] {"../shared/corpus"});
    }

    private static String show(ExtractedInvoice i) {
        return i.number() + " " + i.issueDate() + " " + i.dueDate() + " " + i.total() + " " + i.amountDue() + " "
                + i.currency() + " " + i.customerName() + " " + i.kind() + " conf " + i.confidence() + " "
                + i.warnings();
    }
}
