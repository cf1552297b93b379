package org.relance.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a reader understood of one invoice file: the contract's {@code extract} fields (§3).
 *
 * @param file          the file name as given (no directories added or removed)
 * @param currency      ISO 4217 code, e.g. {@code EUR}
 * @param total         grand total including tax
 * @param amountDue     what remains payable after prepayments; equals {@code total} when nothing else is said
 * @param customerEmail from the document or, for a forwarded email, its original recipient
 * @param source        {@code facturx}, {@code cii}, {@code ubl} or {@code text}
 * @param confidence    0–1, how sure the reader is of the whole; structured invoices are 1
 * @param warnings      why fields are missing or doubtful; empty when all is clear
 */
public record ExtractedInvoice(
        String file,
        InvoiceKind kind,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        String currency,
        BigDecimal total,
        BigDecimal amountDue,
        BigDecimal net,
        BigDecimal tax,
        String customerName,
        String customerEmail,
        String sellerName,
        String iban,
        String source,
        double confidence,
        List<String> warnings) {

    public ExtractedInvoice {
        warnings = List.copyOf(warnings);
    }

    /** The same invoice under another file name (an attachment reported under its email). */
    public ExtractedInvoice withFile(String newFile) {
        return new ExtractedInvoice(newFile, kind, number, issueDate, dueDate, currency, total, amountDue, net, tax,
                customerName, customerEmail, sellerName, iban, source, confidence, warnings);
    }

    /** The same invoice with one more warning. */
    public ExtractedInvoice withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new ExtractedInvoice(file, kind, number, issueDate, dueDate, currency, total, amountDue, net, tax,
                customerName, customerEmail, sellerName, iban, source, confidence, more);
    }

    /** The same invoice with the customer's email found elsewhere (forwarded headers). */
    public ExtractedInvoice withCustomerEmail(String email) {
        return new ExtractedInvoice(file, kind, number, issueDate, dueDate, currency, total, amountDue, net, tax,
                customerName, email, sellerName, iban, source, confidence, warnings);
    }
}
