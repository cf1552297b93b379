package org.relance.invoice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.relance.text.AmountText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads invoice files — Factur-X/ZUGFeRD PDFs, CII or UBL XML, plain PDFs, forwarded emails — into
 * {@link ExtractedInvoice}s; a file that cannot be read is a {@link ReadOutcome.Failed}, never an exception.
 * Build one and reuse it: the parsers inside are costly to set up. Thread-safe.
 */
public final class InvoiceReader implements DocumentReader, AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;
    public static final long DEFAULT_MAX_FILE_BYTES = 25L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceReader.class);
    public static final int DEFAULT_MAX_EMAIL_DEPTH = 20;
    public static final int DEFAULT_MAX_EMAIL_PARTS = 500;
    public static final long DEFAULT_MAX_MEMORY_BYTES = 64L * 1024 * 1024;

    /** The bounds on one read; {@code mail.limits} in the configuration. */
    public record Limits(Duration timeout, int maxTextChars, long maxFileBytes, int maxMimeDepth, int maxMimeParts,
                         long maxMemoryBytes) {

        public static Limits defaults() {
            return new Limits(DEFAULT_TIMEOUT, DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_EMAIL_DEPTH,
                    DEFAULT_MAX_EMAIL_PARTS, DEFAULT_MAX_MEMORY_BYTES);
        }
    }

    private final Duration timeout;
    private final long maxFileBytes;
    private final long maxMemoryBytes;
    private final StructuredInvoiceReader structured = new StructuredInvoiceReader();
    private final TextInvoiceReader text;
    private final ForwardedEmailReader emails;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "invoice-reader");
        // A parse stuck past its timeout must not keep the JVM alive.
        t.setDaemon(true);
        return t;
    });

    public InvoiceReader() {
        this(Limits.defaults());
    }

    /**
     * @param timeout      how long one file may take before it is given up as unreadable
     * @param maxTextChars text kept from a PDF; the rest is ignored with a warning
     * @param maxFileBytes larger files are refused
     */
    public InvoiceReader(Duration timeout, int maxTextChars, long maxFileBytes) {
        this(new Limits(timeout, maxTextChars, maxFileBytes, DEFAULT_MAX_EMAIL_DEPTH, DEFAULT_MAX_EMAIL_PARTS,
                DEFAULT_MAX_MEMORY_BYTES));
    }

    public InvoiceReader(Limits limits) {
        this.timeout = limits.timeout();
        this.maxFileBytes = limits.maxFileBytes();
        this.maxMemoryBytes = limits.maxMemoryBytes();
        this.text = new TextInvoiceReader(limits.maxTextChars(), limits.maxMemoryBytes());
        this.emails = new ForwardedEmailReader(limits.maxMimeDepth(), limits.maxMimeParts());
    }

    /** Reads a file; {@code file} in the result is the path as given. */
    public ReadOutcome read(Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > maxFileBytes) {
                return new ReadOutcome.Failed(name, "file larger than " + maxFileBytes / (1024 * 1024) + " MiB");
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new ReadOutcome.Failed(name, "no such file");
        } catch (IOException e) {
            return new ReadOutcome.Failed(name, "cannot read file: " + e.getMessage());
        }
    }

    /** Reads a file's content (an email attachment, an upload); {@code name} tells the kind when the bytes do not. */
    @Override
    public ReadOutcome read(String name, byte[] content) {
        if (content.length > maxFileBytes) {
            return new ReadOutcome.Failed(name, "file larger than " + maxFileBytes / (1024 * 1024) + " MiB");
        }
        Future<ReadOutcome> job = workers.submit(() -> readNow(name, content));
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            return new ReadOutcome.Failed(name, "reading took longer than " + timeout.toSeconds() + " s; given up");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            return new ReadOutcome.Failed(name, "interrupted");
        } catch (ExecutionException e) {
            // Parsers throw all sorts on hostile files; the file is unreadable, the bot carries on.
            LOG.warn("unexpected failure reading {}", name, e.getCause());
            return new ReadOutcome.Failed(name, "unexpected error: " + TextInvoiceReader.rootMessage(e.getCause()));
        }
    }

    private ReadOutcome readNow(String name, byte[] content) {
        try {
            if (kindOf(name, content) == FileKind.EMAIL) {
                return readEmail(name, content);
            }
            return new ReadOutcome.Read(readDocument(name, content));
        } catch (Unreadable e) {
            return new ReadOutcome.Failed(name, e.getMessage());
        }
    }

    private enum FileKind { PDF, XML, EMAIL, OTHER }

    private static FileKind kindOf(String name, byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (head.contains("%PDF-")) {
            return FileKind.PDF;
        }
        String start = head.replace("\u00EF\u00BB\u00BF", "").stripLeading();
        if (start.startsWith("<")) {
            return FileKind.XML;
        }
        if (lower.endsWith(".eml") || start.matches("(?s)^[A-Za-z][A-Za-z0-9-]*:.*")) {
            return FileKind.EMAIL;
        }
        return FileKind.OTHER;
    }

    private ExtractedInvoice readDocument(String name, byte[] content) throws Unreadable {
        switch (kindOf(name, content)) {
            case PDF:
                return readPdf(name, content);
            case XML:
                return structured.read(name, content, false)
                        .orElseThrow(() -> new Unreadable("XML file that is neither a CII nor a UBL invoice"));
            default:
                throw new Unreadable(name.toLowerCase(Locale.ROOT).endsWith(".pdf")
                        ? "corrupt PDF: no PDF header" : "not a PDF, XML invoice or email");
        }
    }

    private ExtractedInvoice readPdf(String name, byte[] pdf) throws Unreadable {
        boolean hasAttachments;
        // Open it once ourselves: clear errors for encrypted or broken files, and Mustang only when it can help.
        // Buffers past the memory bound spill to a temp file instead of growing the heap.
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMixed(maxMemoryBytes).streamCache)) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            hasAttachments = names != null && names.getEmbeddedFiles() != null;
        } catch (InvalidPasswordException e) {
            throw new Unreadable("encrypted PDF: it needs a password to be read", e);
        } catch (IOException e) {
            throw new Unreadable("corrupt PDF: " + TextInvoiceReader.rootMessage(e), e);
        }
        if (hasAttachments) {
            Optional<byte[]> xml = structured.embeddedXml(pdf);
            if (xml.isPresent()) {
                // A PDF carrying some other XML (an order, a report) is read as a plain PDF.
                Optional<ExtractedInvoice> einvoice = structured.read(name, xml.get(), true);
                if (einvoice.isPresent()) {
                    return einvoice.get();
                }
            }
        }
        return text.read(name, pdf);
    }

    private ReadOutcome readEmail(String name, byte[] eml) throws Unreadable {
        ForwardedEmailReader.Parts parts = emails.parts(eml);
        if (parts.attachments().isEmpty()) {
            throw new Unreadable("email without a PDF or XML attachment");
        }
        ExtractedInvoice best = null;
        List<String> failures = new ArrayList<>();
        for (ForwardedEmailReader.Attachment a : parts.attachments()) {
            try {
                ExtractedInvoice candidate = readDocument(a.name(), a.content());
                // An e-invoice beats text heuristics; otherwise the surest reading.
                if (best == null || rank(candidate) > rank(best)) {
                    best = candidate;
                }
            } catch (Unreadable e) {
                failures.add(a.name() + ": " + e.getMessage());
            }
        }
        if (best == null) {
            throw new Unreadable("no readable invoice attached (" + String.join("; ", failures) + ")");
        }
        ExtractedInvoice invoice = best.withFile(name);
        Optional<ForwardedHeaders> headers = parts.headers();
        String documentEmail = null;
        if (headers.isPresent()) {
            String printed = invoice.customerEmail();
            String forwardedTo = headers.get().to();
            // The founder chose the recipient: it wins, but the document's own address is kept to be reported.
            if (printed != null && forwardedTo != null && !printed.equalsIgnoreCase(forwardedTo)) {
                documentEmail = printed;
            }
            invoice = invoice.withCustomerEmail(forwardedTo);
        } else if (invoice.customerEmail() == null) {
            // Without the quoted headers the recipient is unknown; a document printing the address says it instead.
            invoice = invoice.withWarning("customerEmail: no forwarded headers found in the email");
        }
        Optional<String> disagreement = statedElsewhere(invoice, parts.bodies());
        if (disagreement.isPresent()) {
            invoice = invoice.withWarning(disagreement.get());
        }
        return new ReadOutcome.Read(invoice, headers, documentEmail);
    }

    /** How the warning that the forwarding email states another amount begins; such a reading waits for a person. */
    static final String EMAIL_DISAGREES = "total: the email states ";

    /**
     * When the email's text states amounts (with a currency) and none is the total or the amount due read from the
     * document, says so: one of them is wrong, and a person decides which.
     */
    private static Optional<String> statedElsewhere(ExtractedInvoice invoice, List<String> bodies) {
        if (invoice.total() == null) {
            return Optional.empty();
        }
        List<AmountText.Found> stated = new ArrayList<>();
        for (String body : bodies) {
            for (AmountText.Found found : AmountText.findAll(body)) {
                if (found.currency().isPresent() && found.amount().signum() > 0
                        && !body.substring(Math.max(0, found.start() - 40), found.start()).toLowerCase(Locale.ROOT)
                        .contains("capital")) {
                    stated.add(found);
                }
            }
        }
        if (stated.isEmpty()) {
            return Optional.empty();
        }
        boolean agrees = stated.stream().anyMatch(f -> f.amount().compareTo(invoice.total()) == 0
                || invoice.amountDue() != null && f.amount().compareTo(invoice.amountDue()) == 0);
        if (agrees) {
            return Optional.empty();
        }
        String amounts = stated.stream().limit(3)
                .map(f -> f.amount().toPlainString() + " " + f.currency().get().getCurrencyCode()).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        return Optional.of(EMAIL_DISAGREES + amounts + "; the document reads " + invoice.total().toPlainString()
                + " " + invoice.currency());
    }

    private static double rank(ExtractedInvoice invoice) {
        return (invoice.source().equals("text") ? 0 : 10) + invoice.confidence();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
