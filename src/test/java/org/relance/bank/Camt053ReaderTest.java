package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Camt053ReaderTest {

    private final BankReader reader = new BankReader(List.of());

    private static String entry(String amount, String indicator, String status, String details) {
        return "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>" + indicator + "</CdtDbtInd>" + status
                + "<BookgDt><Dt>2026-11-23</Dt></BookgDt><ValDt><Dt>2026-11-24</Dt></ValDt>"
                + "<AcctSvcrRef>SVC-" + amount + "</AcctSvcrRef><NtryDtls><TxDtls>" + details + "</TxDtls></NtryDtls></Ntry>";
    }

    private static byte[] statement(String version, String... entries) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001."
                + version + "\"><BkToCstmrStmt><Stmt><Id>S1</Id>" + String.join("", entries)
                + "</Stmt></BkToCstmrStmt></Document>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void onlyBookedCreditsAreReadDebitsAndPendingEntriesAreIgnored() {
        byte[] xml = statement("02",
                entry("100.00", "CRDT", "<Sts>BOOK</Sts>",
                        "<RltdPties><Dbtr><Nm>CLIENT UN</Nm></Dbtr></RltdPties><RmtInf><Ustrd>F-1</Ustrd></RmtInf>"),
                entry("55.00", "DBIT", "<Sts>BOOK</Sts>",
                        "<RltdPties><Cdtr><Nm>FOURNISSEUR</Nm></Cdtr></RltdPties>"),
                entry("300.00", "CRDT", "<Sts>PDNG</Sts>",
                        "<RltdPties><Dbtr><Nm>CLIENT EN ATTENTE</Nm></Dbtr></RltdPties>"));

        BankReadResult result = reader.read("stmt.xml", xml);

        assertThat(result.failed()).isFalse();
        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo("100.00 EUR");
            assertThat(c.payerName()).isEqualTo("CLIENT UN");
            assertThat(c.reference()).isEqualTo("F-1");
            assertThat(c.bankTxId()).isEqualTo("SVC-100.00");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(c.source()).isEqualTo(BankCredit.Source.CAMT053);
        });
    }

    @Test
    void laterVersionsWithStatusCodeAndPartyNamesAreRead() {
        byte[] xml = statement("08",
                entry("42.50", "CRDT", "<Sts><Cd>BOOK</Cd></Sts>",
                        "<RltdPties><Dbtr><Pty><Nm>NOUVEAU CLIENT</Nm></Pty></Dbtr></RltdPties>"
                                + "<RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>"),
                entry("10.00", "CRDT", "<Sts><Cd>PDNG</Cd></Sts>", ""));

        BankReadResult result = reader.read("v8.xml", xml);

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.payerName()).isEqualTo("NOUVEAU CLIENT");
            assertThat(c.reference()).isEqualTo("RF18539007547034");
            assertThat(c.amount().toString()).isEqualTo("42.50 EUR");
        });
    }

    @Test
    void valueDateIsUsedWhenThereIsNoBookingDate() {
        byte[] xml = statement("02", "<Ntry><Amt Ccy=\"CHF\">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"
                + "<ValDt><Dt>2026-11-30</Dt></ValDt></Ntry>");

        assertThat(reader.read("v.xml", xml).credits()).singleElement().satisfies(c -> {
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(c.amount().toString()).isEqualTo("5.00 CHF");
            assertThat(c.payerName()).isNull();
        });
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverFetched() {
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document><BkToCstmrStmt><Stmt>" + entry("1.00", "CRDT", "<Sts>BOOK</Sts>",
                        "<RltdPties><Dbtr><Nm>&x;</Nm></Dbtr></RltdPties>") + "</Stmt></BkToCstmrStmt></Document>")
                .getBytes(StandardCharsets.UTF_8);

        BankReadResult result = reader.read("xxe.xml", xml);

        assertThat(result.failed()).isTrue();
        assertThat(result.credits()).isEmpty();
    }

    @Test
    void xmlThatIsNotAStatementIsAnError() {
        BankReadResult result = reader.read("invoice.xml",
                "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>".getBytes(StandardCharsets.UTF_8));

        assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).contains("not a CAMT.053"));
    }

    @Test
    void anEntryWithAnImpossibleAmountOrDateIsRejectedWithItsReasonAndTheOthersAreRead() {
        byte[] xml = statement("02",
                entry("100.00", "CRDT", "<Sts>BOOK</Sts>", ""),
                entry("1e20", "CRDT", "<Sts>BOOK</Sts>", ""),
                entry("1E100000000", "CRDT", "<Sts>BOOK</Sts>", ""),
                entry("99999999999999999999999999.99", "CRDT", "<Sts>BOOK</Sts>", ""),
                entry("12.345", "CRDT", "<Sts>BOOK</Sts>", ""),
                entry("50.00", "CRDT", "<Sts>BOOK</Sts>", "").replace("2026-11-23", "0001-01-01"));

        BankReadResult result = reader.read("hostile.xml", xml);

        assertThat(result.failed()).isFalse();
        assertThat(result.credits()).extracting(c -> c.amount().toString()).containsExactly("100.00 EUR");
        assertThat(result.rejected()).satisfiesExactly(
                r -> assertThat(r).isEqualTo("entry 2 (SVC-1e20): amount: too large: more than 13 digits before the decimal mark"),
                r -> assertThat(r).startsWith("entry 3 ").contains("amount: exponent out of range"),
                r -> assertThat(r).startsWith("entry 4 ").contains("amount: too large"),
                r -> assertThat(r).startsWith("entry 5 ").contains("more decimals than EUR has"),
                r -> assertThat(r).startsWith("entry 6 ").contains("BookgDt: 0001-01-01 is outside"));
    }
}
