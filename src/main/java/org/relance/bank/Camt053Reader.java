package org.relance.bank;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.relance.ledger.Money;
import org.relance.text.DateText;
import org.relance.text.Decimals;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads the booked credit entries of an ISO 20022 CAMT.053 statement (any 001.xx version; CAMT.052/054 entries too). */
final class Camt053Reader {

    BankReadResult read(String file, byte[] xml) {
        Document document;
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            document = builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            return BankReadResult.failed(file, "not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured securely", e);
        }
        Element root = document.getDocumentElement();
        List<Element> entries = descendants(root, "Ntry");
        String namespace = String.valueOf(root.getNamespaceURI());
        if (entries.isEmpty() && !namespace.contains("camt.05")) {
            return BankReadResult.failed(file, "XML is not a CAMT.053 statement (root element " + root.getLocalName() + ")");
        }
        List<BankCredit> credits = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int number = 0;
        for (Element entry : entries) {
            number++;
            if (!isBookedCredit(entry)) {
                continue;
            }
            Optional<String> problem = amountProblem(entry)
                    .or(() -> dateProblem(entry));
            if (problem.isPresent()) {
                rejected.add("entry " + number + text(entry, "AcctSvcrRef").map(r -> " (" + r + ")").orElse("")
                        + ": " + problem.get());
            } else {
                credits.addAll(credits(file, entry));
            }
        }
        return BankReadResult.read(file, credits, rejected);
    }

    private static boolean isBookedCredit(Element entry) {
        if (!"CRDT".equals(text(entry, "CdtDbtInd").orElse(""))) {
            return false;
        }
        if (Boolean.parseBoolean(text(entry, "RvslInd").orElse("false"))) {
            // A reversed credit is money going back out, not a payment received.
            return false;
        }
        // Version 02 writes <Sts>BOOK</Sts>, later versions <Sts><Cd>BOOK</Cd></Sts>.
        Optional<Element> status = child(entry, "Sts");
        if (status.isEmpty()) {
            return true;
        }
        String code = child(status.get(), "Cd").map(Camt053Reader::content).orElse(content(status.get()));
        return "BOOK".equals(code);
    }

    /** One credit per transaction of a batch booking when each carries its amount, else one for the entry. */
    private static List<BankCredit> credits(String file, Element entry) {
        Optional<Money> entryAmount = amount(child(entry, "Amt"));
        Optional<LocalDate> date = date(entry, "BookgDt").or(() -> date(entry, "ValDt"));
        Optional<String> entryTxId = text(entry, "AcctSvcrRef");
        if (date.isEmpty()) {
            return List.of();
        }
        List<Element> transactions = new ArrayList<>();
        child(entry, "NtryDtls").ifPresent(details -> transactions.addAll(children(details, "TxDtls")));
        List<BankCredit> credits = new ArrayList<>();
        if (transactions.size() > 1) {
            for (Element tx : transactions) {
                Optional<Money> txAmount = transactionAmount(tx);
                boolean debit = text(tx, "CdtDbtInd").map("DBIT"::equals).orElse(false);
                if (txAmount.isPresent() && txAmount.get().isPositive() && !debit) {
                    credits.add(credit(file, date.get(), txAmount.get(), Optional.of(tx),
                            path(tx, "Refs", "AcctSvcrRef").or(() -> entryTxId)));
                }
            }
            if (!credits.isEmpty()) {
                return credits;
            }
        }
        Optional<Element> only = transactions.isEmpty() ? Optional.empty() : Optional.of(transactions.get(0));
        entryAmount.filter(Money::isPositive).ifPresent(money -> credits.add(credit(file, date.get(), money, only,
                entryTxId.or(() -> only.flatMap(tx -> path(tx, "Refs", "AcctSvcrRef"))))));
        return credits;
    }

    private static BankCredit credit(String file, LocalDate date, Money amount, Optional<Element> tx, Optional<String> txId) {
        String payer = tx.flatMap(t -> path(t, "RltdPties", "Dbtr", "Nm")
                        .or(() -> path(t, "RltdPties", "Dbtr", "Pty", "Nm"))
                        .or(() -> path(t, "RltdPties", "UltmtDbtr", "Nm"))
                        .or(() -> path(t, "RltdPties", "UltmtDbtr", "Pty", "Nm")))
                .orElse(null);
        String reference = tx.flatMap(Camt053Reader::reference).orElse(null);
        return new BankCredit(file, date, amount, payer, reference, txId.orElse(null), BankCredit.Source.CAMT053);
    }

    private static Optional<String> reference(Element tx) {
        Optional<Element> remittance = child(tx, "RmtInf");
        if (remittance.isPresent()) {
            List<String> unstructured = children(remittance.get(), "Ustrd").stream().map(Camt053Reader::content)
                    .filter(s -> !s.isBlank()).toList();
            if (!unstructured.isEmpty()) {
                return Optional.of(String.join(" ", unstructured));
            }
            for (Element structured : children(remittance.get(), "Strd")) {
                Optional<String> ref = path(structured, "CdtrRefInf", "Ref");
                if (ref.isPresent()) {
                    return ref;
                }
            }
        }
        // The payer's end-to-end id often carries the invoice number when there is no remittance information.
        return path(tx, "Refs", "EndToEndId").filter(id -> !"NOTPROVIDED".equalsIgnoreCase(id));
    }

    private static Optional<Money> transactionAmount(Element tx) {
        return amount(child(tx, "Amt")).or(() -> amount(pathElement(tx, "AmtDtls", "TxAmt", "Amt")));
    }

    private static Optional<Money> amount(Optional<Element> amt) {
        return amt.flatMap(a -> money(a) instanceof Read.Ok ok ? Optional.of(ok.money()) : Optional.empty());
    }

    /** An amount element read, or why not. */
    private sealed interface Read permits Read.Ok, Read.Bad {
        record Ok(Money money) implements Read {
        }

        record Bad(String reason) implements Read {
        }
    }

    /** The amount of an {@code <Amt Ccy="EUR">}, or why it cannot be one (bounded before it becomes a number). */
    private static Read money(Element amt) {
        Currency currency;
        try {
            currency = Currency.getInstance(amt.getAttribute("Ccy").strip());
        } catch (IllegalArgumentException badCurrency) {
            return new Read.Bad("not an ISO currency: \"" + amt.getAttribute("Ccy") + "\"");
        }
        Decimals.Result value = Decimals.parse(content(amt));
        if (value instanceof Decimals.Refused refused) {
            return new Read.Bad(refused.reason());
        }
        BigDecimal amount = ((Decimals.Value) value).amount();
        Optional<String> problem = Decimals.amountProblem(amount, currency);
        if (problem.isPresent()) {
            return new Read.Bad(problem.get());
        }
        return new Read.Ok(Money.of(amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0)), currency));
    }

    /** Why an entry's amounts cannot be stored, if one cannot (a credit is then left out and reported). */
    private static Optional<String> amountProblem(Element entry) {
        List<Element> amounts = new ArrayList<>();
        child(entry, "Amt").ifPresent(amounts::add);
        child(entry, "NtryDtls").ifPresent(details -> children(details, "TxDtls").forEach(tx -> {
            child(tx, "Amt").ifPresent(amounts::add);
            pathElement(tx, "AmtDtls", "TxAmt", "Amt").ifPresent(amounts::add);
        }));
        for (Element amt : amounts) {
            if (money(amt) instanceof Read.Bad bad) {
                return Optional.of("amount: " + bad.reason());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> dateProblem(Element entry) {
        for (String name : List.of("BookgDt", "ValDt")) {
            Optional<String> why = date(entry, name).flatMap(DateText::implausible);
            if (why.isPresent()) {
                return Optional.of(name + ": " + why.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Element entry, String name) {
        Optional<Element> holder = child(entry, name);
        Optional<String> raw = holder.flatMap(h -> text(h, "Dt")).or(() -> holder.flatMap(h -> text(h, "DtTm")));
        try {
            return raw.map(s -> LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(Camt053Reader::content).filter(s -> !s.isEmpty());
    }

    private static Optional<String> path(Element from, String... names) {
        return pathElement(from, names).map(Camt053Reader::content).filter(s -> !s.isEmpty());
    }

    private static Optional<Element> pathElement(Element from, String... names) {
        Optional<Element> current = Optional.of(from);
        for (String name : names) {
            current = current.flatMap(e -> child(e, name));
        }
        return current;
    }

    private static String content(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
    }

    private static Optional<Element> child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** No DOCTYPE at all, hence no external entities or entity expansion bombs. */
    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
