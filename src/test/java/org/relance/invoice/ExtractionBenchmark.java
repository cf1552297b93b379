package org.relance.invoice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Measures extraction time per corpus file (cold first parse, warm median) and compares it with
 * bare PDFBox text extraction of the same file. Not a test: run it by hand, see bench/README.md.
 */
public final class ExtractionBenchmark {

    private static final int WARMUP_ROUNDS = 30;
    private static final int MEASURED_ROUNDS = 50;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long jvmStart = System.nanoTime();
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("einvoices", "pdf", "pdf-fr")) {
            try (Stream<Path> list = Files.list(corpus.resolve(folder))) {
                list.filter(p -> !p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        }
        try (InvoiceReader reader = new InvoiceReader()) {
            long built = System.nanoTime();
            ReadOutcome first = reader.read(files.get(files.size() - 1));
            long firstDone = System.nanoTime();
            System.out.printf(Locale.ROOT, "cold: build reader %.0f ms, first parse (%s) %.0f ms, %s%n",
                    ms(built - jvmStart), files.get(files.size() - 1).getFileName(), ms(firstDone - built),
                    first instanceof ReadOutcome.Read ? "read" : "failed");

            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                for (Path f : files) {
                    reader.read(f);
                    if (f.toString().endsWith(".pdf")) {
                        bareText(f);
                    }
                }
            }
            System.out.println("| file | source | warm median (ms) | bare PDFBox text (ms) | ratio |");
            System.out.println("|---|---|---:|---:|---:|");
            for (Path f : files) {
                double[] ours = new double[MEASURED_ROUNDS];
                double[] bare = new double[MEASURED_ROUNDS];
                String source = "";
                for (int i = 0; i < MEASURED_ROUNDS; i++) {
                    long t0 = System.nanoTime();
                    ReadOutcome outcome = reader.read(f);
                    ours[i] = ms(System.nanoTime() - t0);
                    source = outcome instanceof ReadOutcome.Read r ? r.invoice().source() : "error";
                    if (f.toString().endsWith(".pdf")) {
                        long t1 = System.nanoTime();
                        bareText(f);
                        bare[i] = ms(System.nanoTime() - t1);
                    }
                }
                double oursMedian = median(ours);
                boolean pdf = f.toString().endsWith(".pdf");
                double bareMedian = median(bare);
                System.out.printf(Locale.ROOT, "| %s/%s | %s | %.1f | %s | %s |%n",
                        f.getParent().getFileName(), f.getFileName(), source, oursMedian,
                        pdf ? String.format(Locale.ROOT, "%.1f", bareMedian) : "–",
                        pdf ? String.format(Locale.ROOT, "%.1f×", oursMedian / bareMedian) : "–");
            }
        }
    }

    private static void bareText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper().getText(doc);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
