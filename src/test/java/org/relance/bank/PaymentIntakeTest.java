package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.dunning.Actor;
import org.relance.dunning.Channel;
import org.relance.dunning.Reminder;
import org.relance.dunning.ReminderState;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStatus;
import org.relance.ledger.Event;
import org.relance.ledger.Money;
import org.relance.matching.Method;
import org.relance.testing.NeedsCorpus;

/** Payments stored, matched and applied on a real SQLite ledger, on 2026-12-01 in Paris. */
class PaymentIntakeTest {

    private static final Path CORPUS = Path.of(System.getProperty("relance.corpus", "../shared/corpus"));
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Actor ALICE = new Actor("alice", Channel.CLI);

    @TempDir
    Path dir;

    private App app;
    private Path invoicesCsv;

    @BeforeEach
    void open() throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        invoicesCsv = dir.resolve("invoices.csv");
        Files.writeString(invoicesCsv, """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                FA-2017-0010,Ma Jolie Boutique,compta@majolieboutique.test,2026-10-01,2026-10-31,EUR,671.15,0
                FA-2017-0008,Me Gusta Olive,compta@megustaolive.test,2026-10-01,2026-10-31,EUR,3453.76,0
                G-1,Garage Dubois SARL,compta@garage-dubois.test,2026-10-01,2026-10-31,EUR,500.00,0
                G-2,Garage Dubois SARL,compta@garage-dubois.test,2026-10-05,2026-11-04,EUR,500.00,0
                B-42,Boulangerie Martin,,2026-10-01,2026-10-31,EUR,1000.00,0
                """);
        RelanceConfig config = ConfigLoader.load(file, Map.of());
        app = Main.wire(config, Clock.fixed(TODAY.atTime(9, 0).atZone(PARIS).toInstant(), PARIS));
        app.invoiceImport().importCsv(invoicesCsv, "test", "cli");
    }

    @AfterEach
    void close() {
        app.close();
    }

    // ------------------------------------------------------------------ helpers

    private static BankCredit credit(String date, String amount, String payer, String reference, String bankTxId,
            BankCredit.Source source) {
        return new BankCredit("test-" + source.label(), LocalDate.parse(date), Money.of(amount, "EUR"), payer,
                reference, bankTxId, source);
    }

    private IntakeResult record(BankCredit... credits) {
        return app.ledger().inTransaction(h -> app.payments().record(h, List.of(credits), "test", "cli"));
    }

    private IntakeResult importFile(Path file) {
        return app.payments().importFile(file, "test", "cli");
    }

    /** A CAMT.053 statement with the given {@code <Ntry>} elements. */
    private Path camt(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-11-22T06:00:00</CreDtTm></GrpHdr>
                    <Stmt><Id>S1</Id><Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>
                %s
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(String.join("\n", entries)));
        return file;
    }

    private static String entry(String date, String amount, String bankRef, String debtor, String remittance) {
        return """
                      <Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                        <BookgDt><Dt>%s</Dt></BookgDt><AcctSvcrRef>%s</AcctSvcrRef>
                        <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>%s</Nm></Dbtr></RltdPties>
                          <RmtInf><Ustrd>%s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>""".formatted(
                amount, date, bankRef, debtor, remittance);
    }

    private Invoice invoice(String number) {
        return app.ledger().read(h -> app.invoices().find(h, number, InvoiceKind.INVOICE)).orElseThrow();
    }

    private long payments() {
        return app.ledger().read(h -> h.createQuery("SELECT COUNT(*) FROM payments").mapTo(Long.class).one());
    }

    private List<String> allocationStates(String number) {
        long id = invoice(number).id();
        return app.ledger().read(h -> h.createQuery("SELECT state FROM allocations WHERE invoice_id = :id ORDER BY id")
                .bind("id", id).mapTo(String.class).list());
    }

    private List<Reminder> reminders(String number) {
        long id = invoice(number).id();
        return app.ledger().read(h -> app.reminders().forInvoice(h, id));
    }

    private List<Event> events(String number) {
        long id = invoice(number).id();
        return app.ledger().read(h -> app.events().forInvoice(h, id));
    }

    private long eventCount() {
        return app.ledger().read(h -> app.events().count(h));
    }

    // ------------------------------------------------------------------ dedupe

    @NeedsCorpus
    @Test
    void anAlertAndTheStatementLineOfTheSameTransferAreOnePaymentDespiteDifferentBankIds() throws IOException {
        // The alert's /REF and the statement's account-servicer reference are two id schemes for one transfer.
        IntakeResult alert = importFile(CORPUS.resolve("bank/bank-alert-credit-fr.eml"));
        IntakeResult statement = importFile(camt("stmt.xml",
                entry("2026-11-19", "1453.76", "BANKREF-70001", "ME GUSTA OLIVE SL", "FACT FA 2017 0008")));

        assertThat(alert.stored()).singleElement().satisfies(p -> assertThat(p.bankTxId()).isEqualTo("2611190042"));
        assertThat(statement.stored()).isEmpty();
        assertThat(statement.duplicates()).hasSize(1);
        assertThat(payments()).isEqualTo(1);
        assertThat(invoice("FA-2017-0008").amountDue()).isEqualTo(Money.of("2000.00", "EUR"));
    }

    @NeedsCorpus
    @Test
    void anAlertWithoutBankIdThenTheStatementLineWithOneIsOnePaymentThatKeepsTheId() throws IOException {
        IntakeResult alert = importFile(CORPUS.resolve("bank/neobank-transfer-fr.eml"));
        IntakeResult statement = importFile(camt("stmt.xml",
                entry("2026-11-20", "470.15", "BANKREF-88119", "MA JOLIE BOUTIQUE", "FA-2017-0010")));
        IntakeResult again = importFile(camt("stmt.xml",
                entry("2026-11-20", "470.15", "BANKREF-88119", "MA JOLIE BOUTIQUE", "FA-2017-0010")));

        assertThat(alert.stored()).singleElement().satisfies(p -> assertThat(p.bankTxId()).isNull());
        assertThat(statement.stored()).isEmpty();
        assertThat(again.stored()).isEmpty();
        assertThat(payments()).isEqualTo(1);
        String bankTxId = app.ledger().read(h -> h.createQuery("SELECT bank_tx_id FROM payments").mapTo(String.class).one());
        assertThat(bankTxId).isEqualTo("BANKREF-88119");
        assertThat(invoice("FA-2017-0010").amountDue()).isEqualTo(Money.of("201.00", "EUR"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1, 2, 3})
    void anAlertOnDayDAndItsStatementLineUpToThreeDaysLaterAreOnePayment(int daysLater) {
        BankCredit alert = credit("2026-11-20", "250.00", "GARAGE DUBOIS", "FACTURE G-9", null, BankCredit.Source.EMAIL);
        BankCredit line = credit(LocalDate.parse("2026-11-20").plusDays(daysLater).toString(), "250.00",
                "GARAGE DUBOIS SARL", "G-9", "STMT-" + daysLater, BankCredit.Source.CAMT053);

        record(alert);
        IntakeResult statement = record(line);

        assertThat(statement.stored()).isEmpty();
        assertThat(statement.duplicates()).hasSize(1);
        assertThat(payments()).isEqualTo(1);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {4, 5, -4})
    void anAlertAndAStatementLineFourOrMoreDaysApartAreTwoPayments(int daysLater) {
        BankCredit alert = credit("2026-11-20", "250.00", "GARAGE DUBOIS", "FACTURE G-9", null, BankCredit.Source.EMAIL);
        BankCredit line = credit(LocalDate.parse("2026-11-20").plusDays(daysLater).toString(), "250.00",
                "GARAGE DUBOIS SARL", "G-9", "STMT-" + daysLater, BankCredit.Source.CAMT053);

        record(alert);
        IntakeResult statement = record(line);

        assertThat(statement.stored()).hasSize(1);
        assertThat(payments()).isEqualTo(2);
    }

    @Test
    void theStatementLineFirstThenAnAlertTwoDaysEarlierIsOnePayment() {
        record(credit("2026-11-22", "250.00", "GARAGE DUBOIS SARL", "G-9", "STMT-1", BankCredit.Source.CAMT053));
        IntakeResult alert = record(credit("2026-11-20", "250.00", "GARAGE DUBOIS", "FACTURE G-9", null,
                BankCredit.Source.EMAIL));

        assertThat(alert.duplicates()).hasSize(1);
        assertThat(payments()).isEqualTo(1);
    }

    @NeedsCorpus
    @Test
    void theStatementLineFirstThenTheAlertWithoutBankIdIsOnePayment() throws IOException {
        importFile(camt("stmt.xml", entry("2026-11-20", "470.15", "BANKREF-88119", "MA JOLIE BOUTIQUE", "FA-2017-0010")));
        IntakeResult alert = importFile(CORPUS.resolve("bank/neobank-transfer-fr.eml"));

        assertThat(alert.stored()).isEmpty();
        assertThat(alert.duplicates()).hasSize(1);
        assertThat(payments()).isEqualTo(1);
    }

    @NeedsCorpus
    @Test
    void importingTheSameStatementTwiceStoresNothingNewAndWritesNoEvent() {
        Path statement = CORPUS.resolve("bank/camt053-sample.xml");
        IntakeResult first = importFile(statement);
        long events = eventCount();

        IntakeResult second = importFile(statement);

        assertThat(first.stored()).hasSize(2);
        assertThat(second.stored()).isEmpty();
        assertThat(second.duplicates()).hasSize(2);
        assertThat(second.applied()).isEmpty();
        assertThat(payments()).isEqualTo(2);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void twoIdenticalLinesOfOneExportAreTwoPaymentsAndStayTwoOnReimport() throws IOException {
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, """
                Date;Libellé;Montant
                21/11/2026;VIR SEPA RECU /DE CLIENT INCONNU /MOTIF ACOMPTE;100,00
                21/11/2026;VIR SEPA RECU /DE CLIENT INCONNU /MOTIF ACOMPTE;100,00
                """);

        IntakeResult first = importFile(csv);
        IntakeResult second = importFile(csv);

        assertThat(first.stored()).hasSize(2);
        assertThat(second.stored()).isEmpty();
        assertThat(second.duplicates()).hasSize(2);
        assertThat(payments()).isEqualTo(2);
    }

    @Test
    void aStatementWithTwoIdenticalTransfersAfterTheAlertOfOneStoresOnlyTheOther() {
        record(credit("2026-11-21", "100.00", "CLIENT INCONNU", "ACOMPTE", null, BankCredit.Source.EMAIL));

        IntakeResult statement = record(
                credit("2026-11-21", "100.00", "CLIENT INCONNU", "ACOMPTE", "TX-1", BankCredit.Source.CAMT053),
                credit("2026-11-21", "100.00", "CLIENT INCONNU", "ACOMPTE", "TX-2", BankCredit.Source.CAMT053));

        assertThat(statement.stored()).singleElement().satisfies(p -> assertThat(p.bankTxId()).isEqualTo("TX-2"));
        assertThat(statement.duplicates()).hasSize(1);
        assertThat(payments()).isEqualTo(2);
    }

    @Test
    void creditsThatDifferInAmountOrComeTheSameDayWithAnotherBankIdAreDifferentPayments() {
        record(credit("2026-11-21", "100.00", "CLIENT INCONNU", "ACOMPTE", "TX-1", BankCredit.Source.CAMT053));

        IntakeResult other = record(
                credit("2026-11-21", "100.00", "CLIENT INCONNU", "ACOMPTE", "TX-9", BankCredit.Source.CAMT053),
                credit("2026-11-21", "100.01", "CLIENT INCONNU", "ACOMPTE", null, BankCredit.Source.EMAIL));

        assertThat(other.stored()).hasSize(2);
        assertThat(payments()).isEqualTo(3);
    }

    // ------------------------------------------------------------------ matching and applying

    @NeedsCorpus
    @Test
    void aReferenceMatchIsAppliedAndPaysTheInvoice() {
        IntakeResult result = importFile(CORPUS.resolve("bank/camt053-sample.xml"));

        assertThat(result.applied()).filteredOn(a -> a.invoice().equals("FA-2017-0010")).singleElement()
                .satisfies(a -> {
                    assertThat(a.amount()).isEqualTo(Money.of("671.15", "EUR"));
                    assertThat(a.method()).isEqualTo(Method.REFERENCE);
                    assertThat(a.status()).isEqualTo(InvoiceStatus.PAID);
                });
        Invoice paid = invoice("FA-2017-0010");
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.amountDue().isZero()).isTrue();
        assertThat(allocationStates("FA-2017-0010")).containsExactly("applied");
        assertThat(events("FA-2017-0010")).extracting(Event::kind).contains("payment.applied");
    }

    @NeedsCorpus
    @Test
    void aPartialPaymentLeavesThePartiallyPaidInvoiceWithTheRestDueAndTheNextPaymentSettlesIt() throws IOException {
        IntakeResult first = importFile(CORPUS.resolve("bank/bank-alert-credit-fr.eml"));

        assertThat(first.applied()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
            assertThat(a.amountDue()).isEqualTo(Money.of("2000.00", "EUR"));
        });
        assertThat(invoice("FA-2017-0008").status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice("FA-2017-0008").amountDue()).isEqualTo(Money.of("2000.00", "EUR"));

        importFile(camt("rest.xml", entry("2026-11-21", "2000.00", "BANKREF-88122", "ME GUSTA OLIVE SL",
                "RF84FA20170008")));

        assertThat(invoice("FA-2017-0008").status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(allocationStates("FA-2017-0008")).containsExactly("applied", "applied");
    }

    @Test
    void aShortfallWithinTheBankFeeToleranceSettlesTheInvoiceAndAReimportKeepsItPaid() throws IOException {
        IntakeResult result = record(credit("2026-11-21", "995.00", "BOULANGERIE MARTIN", "Facture B-42", null,
                BankCredit.Source.EMAIL));

        assertThat(result.applied()).singleElement().satisfies(a -> {
            assertThat(a.fees()).isEqualTo(Money.of("5.00", "EUR"));
            assertThat(a.status()).isEqualTo(InvoiceStatus.PAID);
        });
        // A changed due date makes the import recompute what is due from the applied allocations, fees included.
        Files.writeString(invoicesCsv, Files.readString(invoicesCsv).replace("B-42,Boulangerie Martin,,2026-10-01,2026-10-31",
                "B-42,Boulangerie Martin,,2026-10-01,2026-11-02"));
        app.invoiceImport().importCsv(invoicesCsv, "test", "cli");
        assertThat(invoice("B-42").status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice("B-42").amountDue().isZero()).isTrue();
    }

    @Test
    void twoSameAmountInvoicesOfOneCustomerWithoutReferenceGiveSuggestionsAndLeaveBothUntouched() {
        IntakeResult result = record(credit("2026-11-21", "500.00", "GARAGE DUBOIS", "VIREMENT NOVEMBRE", null,
                BankCredit.Source.EMAIL));

        assertThat(result.applied()).isEmpty();
        assertThat(result.suggested()).extracting(IntakeResult.Suggested::invoice).containsExactlyInAnyOrder("G-1", "G-2");
        List<IntakeResult.Suggested> open = app.ledger().read(h -> app.payments().openSuggestions(h));
        assertThat(open).isEqualTo(result.suggested());
        for (String number : List.of("G-1", "G-2")) {
            assertThat(invoice(number).status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(invoice(number).amountDue()).isEqualTo(Money.of("500.00", "EUR"));
            assertThat(allocationStates(number)).containsExactly("suggested");
            assertThat(events(number)).extracting(Event::kind).contains("allocation.suggested")
                    .doesNotContain("payment.applied");
        }
    }

    @Test
    void aCreditFromSomeoneWhoIsNotACustomerStaysUnmatched() {
        IntakeResult result = record(credit("2026-11-21", "1000.00", "DRFIP ILE DE FRANCE",
                "REMBOURSEMENT CREDIT TVA", null, BankCredit.Source.EMAIL));

        assertThat(result.stored()).hasSize(1);
        assertThat(result.applied()).isEmpty();
        assertThat(result.suggested()).isEmpty();
        assertThat(result.unmatched()).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("not a customer payment"));
        assertThat(invoice("B-42").status()).isEqualTo(InvoiceStatus.OPEN);
        long allocations = app.ledger().read(h -> h.createQuery("SELECT COUNT(*) FROM allocations").mapTo(Long.class).one());
        assertThat(allocations).isZero();
    }

    @Test
    void aPaymentThatArrivedBeforeItsInvoiceIsAppliedOnceTheInvoiceIsKnownAndDecidedOnesAreLeftAlone()
            throws IOException {
        IntakeResult early = record(credit("2026-11-21", "350.00", "NOUVEAU CLIENT", "FACTURE N-2026-0001", null,
                BankCredit.Source.EMAIL));
        // A payment whose suggestions were all rejected was decided on: it is not offered again.
        garageSuggestions().forEach(g -> app.payments().rejectSuggestion(g.allocationId(), "bob", "slack"));
        assertThat(early.unmatched()).hasSize(1);
        Files.writeString(invoicesCsv, "N-2026-0001,Nouveau Client,,2026-11-01,2026-12-01,EUR,350.00,0\n",
                java.nio.file.StandardOpenOption.APPEND);
        app.invoiceImport().importCsv(invoicesCsv, "test", "cli");

        IntakeResult late = app.payments().matchWaiting("test", "cli");

        assertThat(late.applied()).singleElement().satisfies(a -> {
            assertThat(a.invoice()).isEqualTo("N-2026-0001");
            assertThat(a.status()).isEqualTo(InvoiceStatus.PAID);
        });
        assertThat(late.suggested()).isEmpty();
        assertThat(invoice("G-1").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(app.payments().matchWaiting("test", "cli").applied()).isEmpty();
    }

    // ------------------------------------------------------------------ reminders

    @NeedsCorpus
    @Test
    void aPaymentArrivingForAnInvoiceWithAnApprovedButUnsentReminderCancelsThatReminder() {
        assertThat(app.desk().approve("FA-2017-0010", ALICE).refused()).isFalse();
        long reminderId = reminders("FA-2017-0010").get(0).id();

        IntakeResult result = importFile(CORPUS.resolve("bank/camt053-sample.xml"));

        assertThat(result.applied()).filteredOn(a -> a.invoice().equals("FA-2017-0010")).singleElement()
                .satisfies(a -> assertThat(a.cancelledReminders()).containsExactly(reminderId));
        assertThat(reminders("FA-2017-0010")).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(ReminderState.CANCELLED));
        assertThat(events("FA-2017-0010")).filteredOn(e -> e.kind().equals("reminder.cancelled")).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("paid by payment"));
        assertThat(app.plans().planFor(TODAY.plusDays(10)).forInvoice("FA-2017-0010")).isEmpty();
    }

    @Test
    void theReminderIsCancelledInTheSameTransactionAsThePayment() {
        app.desk().approve("FA-2017-0010", ALICE);
        BankCredit paying = credit("2026-11-21", "671.15", "MA JOLIE BOUTIQUE", "FACTURE FA-2017-0010", "B-1",
                BankCredit.Source.CAMT053);

        // The caller's own bookkeeping fails after recording: the payment, the invoice and the reminder roll back.
        assertThatThrownBy(() -> app.ledger().inTransaction(h -> {
            assertThat(app.payments().record(h, List.of(paying), "watcher", "email").applied()).hasSize(1);
            throw new IllegalStateException("watcher failed after recording");
        })).hasMessageContaining("watcher failed");

        assertThat(payments()).isZero();
        assertThat(invoice("FA-2017-0010").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(reminders("FA-2017-0010")).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(ReminderState.APPROVED));
    }

    @Test
    void aPartialPaymentDoesNotCancelTheReminder() throws IOException {
        app.desk().approve("FA-2017-0008", ALICE);

        importFile(CORPUS.resolve("bank/bank-alert-credit-fr.eml"));

        assertThat(reminders("FA-2017-0008")).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(ReminderState.APPROVED));
    }

    // ------------------------------------------------------------------ suggestions

    private List<IntakeResult.Suggested> garageSuggestions() {
        return record(credit("2026-11-21", "500.00", "GARAGE DUBOIS", "VIREMENT NOVEMBRE", null,
                BankCredit.Source.EMAIL)).suggested();
    }

    private static long idFor(List<IntakeResult.Suggested> suggestions, String number) {
        return suggestions.stream().filter(s -> s.invoice().equals(number)).findFirst().orElseThrow().allocationId();
    }

    @Test
    void confirmingASuggestionPaysThatInvoiceCancelsItsReminderAndWithdrawsTheAlternative() {
        app.desk().approve("G-1", ALICE);
        List<IntakeResult.Suggested> suggestions = garageSuggestions();
        long g1 = idFor(suggestions, "G-1");
        long g2 = idFor(suggestions, "G-2");

        SuggestionDecision first = app.payments().confirmSuggestion(g1, "bob", "slack");
        SuggestionDecision again = app.payments().confirmSuggestion(g1, "bob", "slack");

        assertThat(first.outcome()).isEqualTo(SuggestionDecision.Outcome.DONE);
        assertThat(first.message()).contains("G-1").contains("paid").contains("1 reminder(s) cancelled");
        assertThat(again.outcome()).isEqualTo(SuggestionDecision.Outcome.ALREADY_DONE);
        assertThat(invoice("G-1").status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(reminders("G-1")).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(ReminderState.CANCELLED));
        assertThat(invoice("G-2").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(allocationStates("G-1")).containsExactly("applied");
        assertThat(allocationStates("G-2")).containsExactly("rejected");
        assertThat(app.payments().confirmSuggestion(g2, "bob", "slack").refused()).isTrue();
        assertThat(events("G-1")).filteredOn(e -> e.kind().equals("payment.applied")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("bob"));
    }

    @Test
    void rejectingASuggestionLeavesTheInvoiceAndRepeatingItIsHarmless() {
        long g1 = idFor(garageSuggestions(), "G-1");

        SuggestionDecision first = app.payments().rejectSuggestion(g1, "bob", "slack");
        SuggestionDecision again = app.payments().rejectSuggestion(g1, "bob", "slack");
        SuggestionDecision confirmAfter = app.payments().confirmSuggestion(g1, "bob", "slack");

        assertThat(first.outcome()).isEqualTo(SuggestionDecision.Outcome.DONE);
        assertThat(again.outcome()).isEqualTo(SuggestionDecision.Outcome.ALREADY_DONE);
        assertThat(confirmAfter.outcome()).isEqualTo(SuggestionDecision.Outcome.REFUSED);
        assertThat(invoice("G-1").status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(allocationStates("G-1")).containsExactly("rejected");
        assertThat(events("G-1")).filteredOn(e -> e.kind().equals("allocation.rejected")).hasSize(1);
    }

    @Test
    void anAppliedAllocationCannotBeRejectedAndAnUnknownOneIsRefused() {
        long g1 = idFor(garageSuggestions(), "G-1");
        app.payments().confirmSuggestion(g1, "bob", "slack");

        assertThat(app.payments().rejectSuggestion(g1, "bob", "slack").outcome())
                .isEqualTo(SuggestionDecision.Outcome.REFUSED);
        assertThat(invoice("G-1").status()).isEqualTo(InvoiceStatus.PAID);
        SuggestionDecision unknown = app.payments().confirmSuggestion(9999, "bob", "slack");
        assertThat(unknown.refused()).isTrue();
        assertThat(unknown.message()).contains("unknown allocation #9999");
    }

    // ------------------------------------------------------------------ the mailbox watcher's entry

    @NeedsCorpus
    @Test
    void aBankEmailFromTheWatcherIsRecordedAndADebitAlertGivesNoCredit() throws IOException {
        byte[] credit = Files.readAllBytes(CORPUS.resolve("bank/bank-alert-credit-fr.eml"));
        byte[] debit = Files.readAllBytes(CORPUS.resolve("bank/bank-alert-debit-fr.eml"));

        IntakeResult fromCredit = app.ledger().inTransaction(h ->
                app.payments().recordEmail(h, "INBOX/41", credit, "alertes@banque-exemple.test", "email"));
        IntakeResult fromDebit = app.ledger().inTransaction(h ->
                app.payments().recordEmail(h, "INBOX/42", debit, "alertes@banque-exemple.test", "email"));
        IntakeResult again = app.ledger().inTransaction(h ->
                app.payments().recordEmail(h, "INBOX/43", credit, "alertes@banque-exemple.test", "email"));

        assertThat(fromCredit.stored()).singleElement()
                .satisfies(p -> assertThat(p.amount()).isEqualTo(Money.of("1453.76", "EUR")));
        assertThat(fromCredit.applied()).hasSize(1);
        assertThat(fromDebit.noCredit()).isTrue();
        assertThat(again.stored()).isEmpty();
        assertThat(payments()).isEqualTo(1);
    }
}
