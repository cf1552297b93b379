package org.relance.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The child side of {@link ParseWorker}: reads one request line, answers one JSON line, until its input ends. */
public final class ParseWorkerMain {

    private ParseWorkerMain() {
    }

    /** Arguments: maxTextChars maxFileBytes maxMimeDepth maxMimeParts maxMemoryBytes. */
    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        // Nothing else may write on the answer channel: stray prints go to stderr.
        System.setOut(System.err);
        // The parent enforces the real timeout by killing this process; this one only ends a runaway thread.
        InvoiceReader.Limits limits = new InvoiceReader.Limits(Duration.ofDays(1), Integer.parseInt(args[0]),
                Long.parseLong(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (InvoiceReader reader = new InvoiceReader(limits)) {
            warmUp(reader);
            protocol.println("{\"ready\":true}");
            protocol.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                protocol.println(ExtractJson.MAPPER.writeValueAsString(ExtractJson.toWorkerJson(answer(reader, line))));
                protocol.flush();
            }
        }
        System.exit(0);
    }

    /** Loads the PDF and text machinery once before the first real document, so start-up is not parse time. */
    private static void warmUp(InvoiceReader reader) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 740);
                content.showText("Facture n\u00b0 F-1  Total TTC : 1,00 EUR");
                content.endText();
            }
            doc.save(out);
            reader.read("warm-up.pdf", out.toByteArray());
        }
    }

    private static ReadOutcome answer(InvoiceReader reader, String line) {
        String name = "document";
        try {
            JsonNode request = ExtractJson.MAPPER.readTree(line);
            name = request.path("name").asText(name);
            return reader.read(name, Files.readAllBytes(Path.of(request.path("path").asText())));
        } catch (IOException | RuntimeException e) {
            return new ReadOutcome.Failed(name, "cannot read the document: " + e.getMessage());
        }
    }
}
