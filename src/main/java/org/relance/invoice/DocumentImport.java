package org.relance.invoice;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.relance.ledger.Ledger;
import org.relance.ledger.Money;
import org.relance.ledger.StoredFiles;

/**
 * Imports invoice documents (PDF, Factur-X, CII/UBL XML, forwarded .eml): reads them, keeps the original file
 * under {@code store.files} named by its content hash, and creates or updates the invoice and its customer.
 */
public final class DocumentImport {

    /** What importing one document did: the invoice change, or why it was not imported. */
    public sealed interface Outcome {
        String file();

        /** The document became (or updated, or matched unchanged) invoice or credit note {@code number}. */
        record Imported(String file, String number, InvoiceStore.Change change, InvoiceKind kind) implements Outcome {
            public Imported(String file, String number, InvoiceStore.Change change) {
                this(file, number, change, InvoiceKind.INVOICE);
            }
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
        String name = file.getFileName().toString();
        Prepared prepared = prepare(name, Files.readAllBytes(file));
        if (prepared instanceof Prepared.Refused refused) {
            return refused.outcome();
        }
        Prepared.Ready ready = (Prepared.Ready) prepared;
        return ledger.inTransaction(h -> store(h, ready, actor, channel));
    }

    /** A document read and checked, not yet stored: reading is slow and stays outside any transaction. */
    public sealed interface Prepared {
        /** @param sourceMessageId the original invoice email's Message-ID, when the document came attached to it */
        record Ready(String file, InvoiceDraft draft, String hash, Path kept, String sourceMessageId)
                implements Prepared {
        }

        record Refused(Outcome.Rejected outcome) implements Prepared {
        }
    }

    /** Reads the document and keeps the original file (content-addressed, so keeping it twice is harmless). */
    public Prepared prepare(String name, byte[] content) {
        ReadOutcome outcome = reader.read(name, content);
        if (outcome instanceof ReadOutcome.Failed failed) {
            return new Prepared.Refused(new Outcome.Rejected(name, failed.error()));
        }
        ReadOutcome.Read readOutcome = (ReadOutcome.Read) outcome;
        ExtractedInvoice read = readOutcome.invoice();
        String missing = missingFields(read);
        if (missing != null) {
            return new Prepared.Refused(new Outcome.Rejected(name, "cannot import without " + missing
                    + (read.warnings().isEmpty() ? "" : " (" + String.join("; ", read.warnings()) + ")")));
        }
        Currency currency = Currency.getInstance(read.currency());
        Money total = Money.rounded(read.total(), currency);
        BigDecimal due = read.amountDue() == null ? read.total() : read.amountDue();
        Money prepaid = total.minus(Money.rounded(due, currency));
        if (prepaid.isNegative()) {
            return new Prepared.Refused(new Outcome.Rejected(name,
                    "amount due " + due + " is more than the total " + total));
        }
        String customer = read.customerName() != null ? read.customerName() : read.customerEmail();
        InvoiceDraft draft = new InvoiceDraft(read.number(), read.kind(), customer, read.customerEmail(),
                read.issueDate(), read.dueDate(), total, prepaid, read.source());
        String hash = StoredFiles.sha256(content);
        String original = readOutcome.forwarded().map(ForwardedHeaders::messageId).orElse(null);
        return new Prepared.Ready(name, draft, hash, StoredFiles.keep(filesDir, content, extension(name)), original);
    }

    /** Stores a prepared document in the caller's transaction: creates or updates the invoice and its customer. */
    public Outcome.Imported store(Handle h, Prepared.Ready ready, String actor, String channel) {
        InvoiceDraft draft = ready.draft();
        InvoiceStore.Change change = invoices.upsert(h, draft, actor, channel);
        invoices.attachFile(h, draft.number(), draft.kind(), ready.hash(), ready.kept().toString());
        if (ready.sourceMessageId() != null) {
            invoices.attachSourceMessage(h, draft.number(), draft.kind(), ready.sourceMessageId());
        }
        return new Outcome.Imported(ready.file(), draft.number(), change, draft.kind());
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

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
