package org.relance.invoice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Currency;
import java.util.HexFormat;
import java.util.Locale;
import org.relance.ledger.Ledger;
import org.relance.ledger.Money;

/**
 * Imports invoice documents (PDF, Factur-X, CII/UBL XML, forwarded .eml): reads them, keeps the original file
 * under {@code store.files} named by its content hash, and creates or updates the invoice and its customer.
 */
public final class DocumentImport {

    /** What importing one document did: the invoice change, or why it was not imported. */
    public sealed interface Outcome {
        String file();

        /** The document became (or updated, or matched unchanged) invoice {@code number}. */
        record Imported(String file, String number, InvoiceStore.Change change) implements Outcome {
        }

        /** Nothing was stored; {@code reason} says what was missing or unreadable. */
        record Rejected(String file, String reason) implements Outcome {
        }
    }

    private final Ledger ledger;
    private final InvoiceStore invoices;
    private final InvoiceReader reader;
    private final Path filesDir;

    public DocumentImport(Ledger ledger, InvoiceStore invoices, InvoiceReader reader, Path filesDir) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.reader = reader;
        this.filesDir = filesDir;
    }

    public Outcome importFile(Path file, String actor, String channel) throws IOException {
        byte[] content = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        ReadOutcome outcome = reader.read(name, content);
        if (outcome instanceof ReadOutcome.Failed failed) {
            return new Outcome.Rejected(name, failed.error());
        }
        ExtractedInvoice read = ((ReadOutcome.Read) outcome).invoice();
        String missing = missingFields(read);
        if (missing != null) {
            return new Outcome.Rejected(name, "cannot import without " + missing
                    + (read.warnings().isEmpty() ? "" : " (" + String.join("; ", read.warnings()) + ")"));
        }
        Currency currency = Currency.getInstance(read.currency());
        Money total = Money.rounded(read.total(), currency);
        BigDecimal due = read.amountDue() == null ? read.total() : read.amountDue();
        Money prepaid = total.minus(Money.rounded(due, currency));
        if (prepaid.isNegative()) {
            return new Outcome.Rejected(name, "amount due " + due + " is more than the total " + total);
        }
        String customer = read.customerName() != null ? read.customerName() : read.customerEmail();
        InvoiceDraft draft = new InvoiceDraft(read.number(), read.kind(), customer, read.customerEmail(),
                read.issueDate(), read.dueDate(), total, prepaid, read.source());
        String hash = sha256(content);
        Path stored = keep(content, hash, extension(name));
        InvoiceStore.Change change = ledger.inTransaction(h -> {
            InvoiceStore.Change c = invoices.upsert(h, draft, actor, channel);
            invoices.attachFile(h, draft.number(), draft.kind(), hash, stored.toString());
            return c;
        });
        return new Outcome.Imported(name, draft.number(), change);
    }

    private static String missingFields(ExtractedInvoice read) {
        if (read.number() == null) {
            return "an invoice number";
        }
        if (read.total() == null) {
            return "a total";
        }
        if (read.currency() == null) {
            return "a currency";
        }
        if (read.customerName() == null && read.customerEmail() == null) {
            return "a customer (name or email)";
        }
        return null;
    }

    /** Content-addressed: the same document forwarded twice is stored once. */
    private Path keep(byte[] content, String hash, String extension) {
        try {
            Files.createDirectories(filesDir);
            Path target = filesDir.resolve(hash + extension);
            if (!Files.exists(target)) {
                Path partial = Files.createTempFile(filesDir, hash, ".part");
                Files.write(partial, content);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the original under store.files " + filesDir, e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
