package org.relance.invoice;

import static org.relance.invoice.XmlElements.children;
import static org.relance.invoice.XmlElements.path;
import static org.relance.invoice.XmlElements.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;
import org.relance.text.DateText;
import org.relance.text.Decimals;
import org.w3c.dom.Element;

/**
 * Reads e-invoices (CII, UBL, and the CII embedded in Factur-X / ZUGFeRD PDFs) taking every field
 * exactly as the XML states it.
 */
final class StructuredInvoiceReader {

    /** UNTDID 1001 document codes that EN 16931 treats as credit notes. */
    private static final Set<String> CREDIT_NOTE_CODES =
            Set.of("81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532");

    private static final Set<String> CII_ROOTS = Set.of("CrossIndustryInvoice", "CrossIndustryDocument");
    private static final Set<String> UBL_ROOTS = Set.of("Invoice", "CreditNote");
    private static final String DOC = "ExchangedDocument|HeaderExchangedDocument";
    private static final String TRANSACTION = "SupplyChainTradeTransaction|SpecifiedSupplyChainTradeTransaction";
    private static final String AGREEMENT = "ApplicableHeaderTradeAgreement|ApplicableSupplyChainTradeAgreement";
    private static final String SETTLEMENT = "ApplicableHeaderTradeSettlement|ApplicableSupplyChainTradeSettlement";
    private static final String SUMMATION =
            "SpecifiedTradeSettlementHeaderMonetarySummation|SpecifiedTradeSettlementMonetarySummation";

    /**
     * The invoice XML embedded in a Factur-X / ZUGFeRD / XRechnung PDF, found by Mustang; empty for a
     * plain PDF.
     */
    Optional<byte[]> embeddedXml(byte[] pdf) {
        XmlOnlyImporter importer = new XmlOnlyImporter();
        importer.setInputStream(new ByteArrayInputStream(pdf));
        return Optional.ofNullable(importer.xml());
    }

    /**
     * Reads CII or UBL XML.
     *
     * @param embedded true when the XML came out of a PDF (source {@code facturx})
     * @return empty when the XML is some other document (neither CII nor UBL)
     */
    Optional<ExtractedInvoice> read(String file, byte[] xml, boolean embedded) throws Unreadable {
        Element root = XmlElements.parse(xml).getDocumentElement();
        String rootName = XmlElements.localName(root);
        try {
            if (CII_ROOTS.contains(rootName)) {
                return Optional.of(cii(file, root, embedded ? "facturx" : "cii"));
            }
            if (UBL_ROOTS.contains(rootName)) {
                return Optional.of(ubl(file, root, embedded ? "facturx" : "ubl"));
            }
        } catch (ImpossibleAmount e) {
            throw new Unreadable(e.getMessage());
        }
        return Optional.empty();
    }

    private ExtractedInvoice cii(String file, Element root, String source) throws Unreadable {
        Element doc = path(root, DOC).orElseThrow(() -> new Unreadable("CII without ExchangedDocument"));
        Element transaction = path(root, TRANSACTION)
                .orElseThrow(() -> new Unreadable("CII without SupplyChainTradeTransaction"));
        Optional<Element> agreement = path(transaction, AGREEMENT);
        Optional<Element> settlement = path(transaction, SETTLEMENT);
        Optional<Element> summation = settlement.flatMap(s -> path(s, SUMMATION));
        Optional<Element> buyer = agreement.flatMap(a -> path(a, "BuyerTradeParty"));

        String currency = settlement.flatMap(s -> text(s, "InvoiceCurrencyCode")).orElse(null);
        BigDecimal total = summation.flatMap(s -> amount(s, "GrandTotalAmount", currency)).orElse(null);
        BigDecimal due = summation.flatMap(s -> amount(s, "DuePayableAmount", currency)).orElse(total);
        String email = buyer.flatMap(b -> text(b, "URIUniversalCommunication", "URIID"))
                .or(() -> buyer.flatMap(b -> text(b, "DefinedTradeContact", "EmailURIUniversalCommunication", "URIID")))
                .orElse(null);
        String iban = settlement.flatMap(s -> text(s, "SpecifiedTradeSettlementPaymentMeans",
                "PayeePartyCreditorFinancialAccount", "IBANID")).orElse(null);
        LocalDate dueDate = settlement.flatMap(s -> path(s, "SpecifiedTradePaymentTerms", "DueDateDateTime"))
                .flatMap(StructuredInvoiceReader::ciiDate).orElse(null);

        return finish(file, source,
                text(doc, "ID").orElse(null),
                text(doc, "TypeCode").orElse(null),
                path(doc, "IssueDateTime").flatMap(StructuredInvoiceReader::ciiDate).orElse(null),
                dueDate, currency, total, due,
                summation.flatMap(s -> amount(s, "TaxBasisTotalAmount", currency)).orElse(null),
                summation.flatMap(s -> amount(s, "TaxTotalAmount", currency)).orElse(null),
                buyer.flatMap(b -> text(b, "Name")).orElse(null),
                email,
                agreement.flatMap(a -> text(a, "SellerTradeParty", "Name")).orElse(null),
                iban);
    }

    private ExtractedInvoice ubl(String file, Element root, String source) throws Unreadable {
        boolean creditNoteDocument = XmlElements.localName(root).equals("CreditNote");
        Optional<Element> totals = path(root, "LegalMonetaryTotal");
        String currency = text(root, "DocumentCurrencyCode").orElse(null);
        BigDecimal total = totals.flatMap(t -> amount(t, "TaxInclusiveAmount", currency)).orElse(null);
        BigDecimal due = totals.flatMap(t -> amount(t, "PayableAmount", currency)).orElse(total);
        Optional<Element> customer = path(root, "AccountingCustomerParty", "Party");
        Optional<Element> supplier = path(root, "AccountingSupplierParty", "Party");
        BigDecimal tax = null;
        for (Element taxTotal : children(root, "TaxTotal")) {
            Optional<BigDecimal> t = amount(taxTotal, "TaxAmount", currency);
            if (t.isPresent()) {
                tax = t.get();
                break;
            }
        }
        String typeCode = text(root, "InvoiceTypeCode|CreditNoteTypeCode").orElse(creditNoteDocument ? "381" : null);
        LocalDate dueDate = text(root, "DueDate").or(() -> text(root, "PaymentMeans", "PaymentDueDate"))
                .flatMap(StructuredInvoiceReader::isoDate).orElse(null);

        return finish(file, source,
                text(root, "ID").orElse(null),
                typeCode,
                text(root, "IssueDate").flatMap(StructuredInvoiceReader::isoDate).orElse(null),
                dueDate, currency, total, due,
                totals.flatMap(t -> amount(t, "TaxExclusiveAmount", currency)).orElse(null),
                tax,
                customer.flatMap(StructuredInvoiceReader::ublPartyName).orElse(null),
                customer.flatMap(c -> text(c, "Contact", "ElectronicMail")).orElse(null),
                supplier.flatMap(StructuredInvoiceReader::ublPartyName).orElse(null),
                text(root, "PaymentMeans", "PayeeFinancialAccount", "ID").orElse(null));
    }

    private ExtractedInvoice finish(String file, String source, String number, String typeCode, LocalDate issueDate,
            LocalDate dueDate, String currency, BigDecimal total, BigDecimal amountDue, BigDecimal net, BigDecimal tax,
            String customerName, String customerEmail, String sellerName, String iban) throws Unreadable {
        if (number == null && total == null) {
            throw new Unreadable("e-invoice XML has neither an invoice number nor a grand total");
        }
        List<String> warnings = new ArrayList<>();
        if (number == null) {
            warnings.add("number: missing from the XML");
        }
        if (total == null) {
            warnings.add("total: no grand total in the XML");
        }
        if (issueDate == null) {
            warnings.add("issueDate: missing or unreadable in the XML");
        }
        InvoiceKind kind = typeCode != null && CREDIT_NOTE_CODES.contains(typeCode)
                ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE;
        double confidence = warnings.isEmpty() ? 1.0 : 0.8;
        return new ExtractedInvoice(file, kind, number, issueDate, dueDate, currency, total, amountDue, net, tax,
                customerName, customerEmail, sellerName, iban == null ? null : iban.replace(" ", ""), source,
                confidence, warnings);
    }

    private static Optional<String> ublPartyName(Element party) {
        return text(party, "PartyLegalEntity", "RegistrationName").or(() -> text(party, "PartyName", "Name"));
    }

    /**
     * An amount element; when it is repeated with different currencyID attributes (tax in the
     * accounting currency), the one in the invoice currency.
     */
    private static Optional<BigDecimal> amount(Element parent, String name, String currency) {
        List<Element> candidates = children(parent, name);
        for (Element e : candidates) {
            String cur = e.getAttribute("currencyID");
            if (candidates.size() == 1 || cur.isEmpty() || cur.equals(currency)) {
                Decimals.Result value = Decimals.parse(e.getTextContent());
                if (value instanceof Decimals.Refused refused && refused.outOfBounds()) {
                    // Bounded on the text: "1E100000000" must never become a BigDecimal to be scaled.
                    throw new ImpossibleAmount(name + ": " + refused.reason());
                }
                Optional<String> problem = value.value().flatMap(v -> currencyOf(currency)
                        .flatMap(c -> Decimals.amountProblem(v, c)));
                if (problem.isPresent() && problem.get().startsWith("too")) {
                    throw new ImpossibleAmount(name + ": " + problem.get());
                }
                return value.value();
            }
        }
        return Optional.empty();
    }

    private static Optional<Currency> currencyOf(String code) {
        try {
            return code == null ? Optional.empty() : Optional.of(Currency.getInstance(code.strip()));
        } catch (IllegalArgumentException notACurrency) {
            return Optional.empty();
        }
    }

    /** An amount of the XML that no invoice can carry; the file is then unreadable, naming the element. */
    private static final class ImpossibleAmount extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ImpossibleAmount(String message) {
            super(message, null, false, false);
        }
    }

    private static Optional<LocalDate> ciiDate(Element holder) {
        return text(holder, "DateTimeString").flatMap(s -> {
            try {
                return plausible(LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE));
            } catch (DateTimeParseException notFormat102) {
                return isoDate(s);
            }
        });
    }

    private static Optional<LocalDate> isoDate(String s) {
        try {
            return plausible(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date outside 1900–2200 is read as missing (and so warned about), never stored. */
    private static Optional<LocalDate> plausible(LocalDate date) {
        return DateText.implausible(date).isPresent() ? Optional.empty() : Optional.of(date);
    }

    /** Mustang's PDF attachment finder, stopped before its own model parse (which rejects rounding gaps). */
    private static final class XmlOnlyImporter extends ZUGFeRDInvoiceImporter {

        @Override
        public void setRawXML(byte[] rawXML) throws IOException, ParseException {
            // Keep the bytes only: we read the XML ourselves so every field is exactly what it says.
            this.rawXML = rawXML;
            this.containsMeta = true;
        }

        byte[] xml() {
            return rawXML;
        }
    }
}
