package org.relance.invoice;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.relance.config.Invoices;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
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

        /**
         * The document became (or updated, or matched unchanged, or — from mail — proposed a change held for a person
         * to) invoice or credit note {@code number}; {@code notes} say what a person should know (a held change, an
         * address chosen or kept).
         */
        record Imported(String file, String number, InvoiceStore.Change change, List<String> notes, InvoiceKind kind)
                implements Outcome {
            public Imported {
                notes = List.copyOf(notes);
            }

            public Imported(String file, String number, InvoiceStore.Change change, List<String> notes) {
                this(file, number, change, notes, InvoiceKind.INVOICE);
            }

            public Imported(String file, String number, InvoiceStore.Change change) {
                this(file, number, change, List.of(), InvoiceKind.INVOICE);
            }
        }

        /** Nothing was stored; {@code reason} says what was missing or unreadable. */
        record Rejected(String file, String reason) implements Outcome {
        }
    }

    private static final String HELD_EVENT = "invoice.change_held";

    private final Ledger ledger;
    private final InvoiceStore invoices;
    private final DocumentReader reader;
    private final Path filesDir;
    private final EventLog events;
    private final Clock clock;
    private final BigDecimal confirmBelow;

    public DocumentImport(Ledger ledger, InvoiceStore invoices, DocumentReader reader, Path filesDir) {
        this(ledger, invoices, reader, filesDir, Invoices.DEFAULT_CONFIRM_BELOW);
    }

    /** @param confirmBelow {@code invoices.confirmBelow}: a plain-document reading under it waits for a person */
    public DocumentImport(Ledger ledger, InvoiceStore invoices, DocumentReader reader, Path filesDir,
                          BigDecimal confirmBelow) {
        this.confirmBelow = confirmBelow;
        this.ledger = ledger;
        this.invoices = invoices;
        this.reader = reader;
        this.filesDir = filesDir;
        this.events = invoices.events();
        this.clock = invoices.clock();
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
        /** @param documentEmail the address printed in the document when the forwarded mail's recipient replaced it */
        record Ready(String file, InvoiceDraft draft, String hash, Path kept, String sourceMessageId,
                     String documentEmail) implements Prepared {
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
                read.issueDate(), read.dueDate(), total, prepaid, read.source()).doubted(doubts(read));
        String hash = StoredFiles.sha256(content);
        String original = readOutcome.forwarded().map(ForwardedHeaders::messageId).orElse(null);
        return new Prepared.Ready(name, draft, hash, StoredFiles.keep(filesDir, content, extension(name)), original,
                readOutcome.documentEmail());
    }

    /** Stores a prepared document in the caller's transaction: creates or updates the invoice and its customer. */
    public Outcome.Imported store(Handle h, Prepared.Ready ready, String actor, String channel) {
        List<String> notes = new ArrayList<>();
        addressNote(ready).ifPresent(notes::add);
        return stored(h, ready, ready.draft(), actor, channel, notes);
    }

    /**
     * Stores a document that came by mail, where the sender may be forged: a new invoice is created, but an existing
     * one is never changed (the difference is recorded on it and reported as {@link InvoiceStore.Change#HELD}, to be
     * applied by a person's {@code relance import}), and a customer's stored email is only filled when missing, never
     * replaced (another address is kept in the event).
     */
    public Outcome.Imported storeFromMail(Handle h, Prepared.Ready ready, String actor) {
        InvoiceDraft draft = ready.draft();
        Optional<Invoice> existing = invoices.find(h, draft.number(), draft.kind());
        if (existing.isPresent()) {
            List<String> changes = invoices.changesFor(h, existing.get(), draft);
            if (!changes.isEmpty()) {
                String reason = "would change " + kindWord(draft.kind()) + " " + draft.number() + ": "
                        + String.join("; ", changes) + "; import the file with `relance import` to apply it";
                if (!invoices.hasEvent(h, existing.get().id(), HELD_EVENT, reason)) {
                    events.append(h, Event.onInvoice(clock.instant(), actor, "email", HELD_EVENT, existing.get().id(),
                            reason));
                }
                return new Outcome.Imported(ready.file(), draft.number(), InvoiceStore.Change.HELD, List.of(reason),
                        draft.kind());
            }
        }
        List<String> notes = new ArrayList<>();
        addressNote(ready).ifPresent(notes::add);
        Optional<Customer> known = invoices.customerNamed(h, draft.customerName());
        String stored = known.map(Customer::email).orElse(null);
        if (stored != null && draft.customerEmail() != null && !stored.equalsIgnoreCase(draft.customerEmail())) {
            notes.add("customer " + known.get().name() + " keeps its email " + stored + "; this mail gives "
                    + draft.customerEmail() + " (not applied: a mail never replaces a stored address)");
            draft = withoutEmail(draft);
        }
        return stored(h, ready, draft, actor, "email", notes);
    }

    private Outcome.Imported stored(Handle h, Prepared.Ready ready, InvoiceDraft draft, String actor, String channel,
                                    List<String> notes) {
        Optional<Invoice> known = invoices.find(h, draft.number(), draft.kind());
        if (known.isPresent() && invoices.confirmedSince(h, known.get(), ready.hash())) {
            return new Outcome.Imported(ready.file(), draft.number(), InvoiceStore.Change.UNCHANGED,
                    List.of("confirmed by a person since this document was read; kept as confirmed"), draft.kind());
        }
        InvoiceStore.Change change = invoices.upsert(h, draft, actor, channel);
        invoices.attachFile(h, draft.number(), draft.kind(), ready.hash(), ready.kept().toString());
        if (ready.sourceMessageId() != null) {
            invoices.attachSourceMessage(h, draft.number(), draft.kind(), ready.sourceMessageId());
        }
        if (change != InvoiceStore.Change.UNCHANGED && !notes.isEmpty()) {
            long id = invoices.find(h, draft.number(), draft.kind()).orElseThrow().id();
            events.append(h, Event.onInvoice(clock.instant(), actor, channel, "invoice.imported", id,
                    "read from " + ready.file() + ": " + String.join("; ", notes)));
        }
        if (!draft.doubts().isEmpty() && change != InvoiceStore.Change.UNCHANGED) {
            // Said to whoever imported it; the invoice.to_confirm event already keeps the reasons.
            notes = new ArrayList<>(notes);
            notes.add("to confirm: " + String.join("; ", draft.doubts()) + "; nothing is chased before `relance confirm "
                    + draft.number() + "` (or confirm in the digest)");
        }
        return new Outcome.Imported(ready.file(), draft.number(), change, notes, draft.kind());
    }

    /** Defect 9: the forwarded recipient was used although the document prints another address; say so. */
    private static Optional<String> addressNote(Prepared.Ready ready) {
        if (ready.documentEmail() == null) {
            return Optional.empty();
        }
        return Optional.of("customer email from the forwarded mail (" + ready.draft().customerEmail()
                + "); the PDF says " + ready.documentEmail());
    }

    private static InvoiceDraft withoutEmail(InvoiceDraft d) {
        return new InvoiceDraft(d.number(), d.kind(), d.customerName(), null, d.issueDate(), d.dueDate(), d.total(),
                d.prepaid(), d.source(), d.customerLanguage(), d.doubts());
    }

    private static String kindWord(InvoiceKind kind) {
        return kind == InvoiceKind.CREDIT_NOTE ? "credit note" : "invoice";
    }

    /**
     * Why a reading must wait for a person before anything is planned: a plain-document reading with a warning or a
     * confidence under {@code invoices.confirmBelow}; any reading whose forwarding email states another amount.
     * Structured e-invoices are otherwise trusted as read.
     */
    List<String> doubts(ExtractedInvoice read) {
        List<String> doubts = new ArrayList<>();
        if (read.source().equals("text")) {
            doubts.addAll(read.warnings());
            BigDecimal confidence = BigDecimal.valueOf(read.confidence());
            if (confidence.compareTo(confirmBelow) < 0) {
                doubts.add("confidence " + confidence.setScale(2, java.math.RoundingMode.HALF_UP)
                        + " is under invoices.confirmBelow " + confirmBelow.toPlainString());
            }
        } else {
            read.warnings().stream().filter(w -> w.startsWith(InvoiceReader.EMAIL_DISAGREES)).forEach(doubts::add);
        }
        return doubts;
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
