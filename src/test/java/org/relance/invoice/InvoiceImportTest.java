package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.Store;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.ledger.Money;

class InvoiceImportTest {

    private static final String HEADER = "number,customer,customer_email,issue_date,due_date,currency,total,paid\n";

    @TempDir
    Path dir;

    private Ledger ledger;
    private EventLog events;
    private InvoiceStore store;
    private InvoiceImport importer;

    @BeforeEach
    void open() {
        ledger = Ledger.open(new Store("jdbc:sqlite:" + dir.resolve("relance.db"), null, null, dir.resolve("files")));
        events = new EventLog();
        store = new InvoiceStore(events, Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC));
        importer = new InvoiceImport(ledger, store);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Path csv(String body) throws IOException {
        Path file = Files.createTempFile(dir, "invoices", ".csv");
        Files.writeString(file, HEADER + body);
        return file;
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws IOException {
        Path file = csv("""
                F-1,Client SARL,compta@client.fr,2026-10-01,2026-10-31,EUR,1200.00,0
                F-2,"Durand, Fils & Cie",,2026-10-05,2026-11-04,EUR,"1 234,56",200
                """);
        InvoiceImport.Summary first = importer.importCsv(file, "test", "cli");
        long eventsAfterFirst = ledger.read(events::count);
        InvoiceImport.Summary second = importer.importCsv(file, "test", "cli");

        assertThat(first).isEqualTo(new InvoiceImport.Summary(2, 0, 0, List.of()));
        assertThat(second).isEqualTo(new InvoiceImport.Summary(0, 0, 2, List.of()));
        assertThat(ledger.read(events::count)).isEqualTo(eventsAfterFirst);
        assertThat(ledger.read(store::all)).hasSize(2);
    }

    @Test
    void aKnownInvoiceNumberIsUpdatedNotDuplicated() throws IOException {
        importer.importCsv(csv("F-1,Client SARL,,2026-10-01,2026-10-31,EUR,1200.00,0\n"), "test", "cli");
        InvoiceImport.Summary summary = importer.importCsv(
                csv("F-1,Client SARL,,2026-10-01,2026-11-15,EUR,1200.00,500\n"), "test", "cli");

        assertThat(summary.updated()).isEqualTo(1);
        List<Invoice> all = ledger.read(store::all);
        assertThat(all).singleElement().satisfies(invoice -> {
            assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 11, 15));
            assertThat(invoice.amountDue()).isEqualTo(Money.of("700.00", "EUR"));
            assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        });
        List<org.relance.ledger.Event> history = ledger.read(h -> events.forInvoice(h, all.get(0).id()));
        assertThat(history)
                .extracting(org.relance.ledger.Event::kind)
                .containsExactly("invoice.created", "invoice.updated");
    }

    @Test
    void malformedRowsAreRejectedWithTheirLineNumberAndTheRestLoads() throws IOException {
        Path file = csv("""
                F-1,Client SARL,,2026-10-01,2026-10-31,EUR,1200.00,0
                F-2,Client SARL,,2026-13-01,2026-10-31,EUR,100.00,0
                F-3,Client SARL,,2026-10-01,2026-10-31,EUR,douze,0
                ,Client SARL,,2026-10-01,2026-10-31,EUR,100.00,0
                F-5,Client SARL,not-an-email,2026-10-01,2026-10-31,EUR,100.00,0
                F-6,Client SARL,,2026-10-01,2026-10-31,EUR,100.00,150
                F-7,Autre SAS,,2026-10-01,,EUR,50,
                """);
        InvoiceImport.Summary summary = importer.importCsv(file, "test", "cli");

        assertThat(summary.created()).isEqualTo(2);
        assertThat(summary.rejected()).extracting(InvoiceCsv.Rejected::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(summary.rejected()).extracting(InvoiceCsv.Rejected::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("issue_date: not a date"),
                r -> assertThat(r).startsWith("total: not an amount"),
                r -> assertThat(r).isEqualTo("number: missing"),
                r -> assertThat(r).startsWith("customer_email: not an email address"),
                r -> assertThat(r).startsWith("paid: 150 is more than the total"));
        assertThat(ledger.read(store::all)).extracting(Invoice::number).containsExactly("F-1", "F-7");
    }

    @Test
    void aNegativeTotalIsACreditNote() throws IOException {
        importer.importCsv(csv("AV-1,Client SARL,,2026-10-01,,EUR,-120.00,0\n"), "test", "cli");
        assertThat(ledger.read(store::all)).singleElement().satisfies(credit -> {
            assertThat(credit.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
            assertThat(credit.total()).isEqualTo(Money.of("120.00", "EUR"));
        });
    }

    @Test
    void theSameCustomerWrittenDifferentlyIsOneCustomer() throws IOException {
        importer.importCsv(csv("""
                F-1,Société Générale d'Études,,2026-10-01,2026-10-31,EUR,10,0
                F-2,SOCIETE GENERALE D ETUDES,compta@sge.fr,2026-10-01,2026-10-31,EUR,10,0
                """), "test", "cli");
        assertThat(ledger.read(store::customers).values()).singleElement()
                .satisfies(c -> assertThat(c.email()).isEqualTo("compta@sge.fr"));
    }

    @Test
    void nothingIsHalfWrittenWhenTheStoreFailsMidImport() throws IOException {
        // A real SQLite failure on the third row: the two rows before it must be rolled back.
        ledger.inTransaction(h -> h.execute("""
                CREATE TRIGGER refuse_boom BEFORE INSERT ON invoices WHEN NEW.number = 'BOOM'
                BEGIN SELECT RAISE(ABORT, 'disk full'); END"""));
        Path file = csv("""
                F-1,Client SARL,,2026-10-01,2026-10-31,EUR,10,0
                F-2,Client SARL,,2026-10-01,2026-10-31,EUR,10,0
                BOOM,Client SARL,,2026-10-01,2026-10-31,EUR,10,0
                F-4,Client SARL,,2026-10-01,2026-10-31,EUR,10,0
                """);

        assertThatThrownBy(() -> importer.importCsv(file, "test", "cli")).hasMessageContaining("disk full");
        assertThat(ledger.read(store::all)).isEmpty();
        assertThat(ledger.read(store::customers)).isEmpty();
        assertThat(ledger.read(events::count)).isZero();
    }

    @Test
    void valuesTheStoreCannotHoldAreRejectedRowsWithTheirLineAndTheOtherRowsLoad() throws IOException {
        Path file = csv("""
                F-1,Client SARL,,2026-10-01,2026-10-31,EUR,99999999999999999999999999.99,0
                F-2,Client SARL,,2026-10-01,2026-10-31,EUR,1200.00,0
                F-3,Client SARL,,2026-10-01,2026-10-31,JPY,12.50,0
                F-4,Client SARL,,1850-10-01,2026-10-31,EUR,100.00,0
                F-5,Client SARL,,2026-10-01,2999-10-31,EUR,100.00,0
                F-6,Client SARL,,2026-10-01,2026-10-31,EUR,100.00,10000000000000
                F-7,Client SARL,,2026-10-01,2026-10-31,EUR,9999999999999.99,0
                """);

        InvoiceImport.Summary summary = importer.importCsv(file, "test", "cli");

        assertThat(summary.created()).isEqualTo(2);
        assertThat(summary.rejected()).extracting(InvoiceCsv.Rejected::line).containsExactly(2, 4, 5, 6, 7);
        assertThat(summary.rejected()).extracting(InvoiceCsv.Rejected::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("total: too large"),
                r -> assertThat(r).isEqualTo("total: more decimals than JPY has: 12.50"),
                r -> assertThat(r).startsWith("issue_date: 1850-10-01 is outside"),
                r -> assertThat(r).startsWith("due_date: 2999-10-31 is outside"),
                r -> assertThat(r).startsWith("paid: too large"));
        assertThat(ledger.read(store::all)).extracting(Invoice::number).containsExactly("F-2", "F-7");
    }

    @Test
    void anImportThatAddsAMissingCustomerEmailSaysTheCustomerWasUpdated() throws IOException {
        importer.importCsv(csv("F-1,Client SARL,,2026-10-01,2026-10-31,EUR,1200.00,0\n"), "test", "cli");

        InvoiceImport.Summary summary = importer.importCsv(
                csv("F-1,Client SARL,compta@client.fr,2026-10-01,2026-10-31,EUR,1200.00,0\n"), "test", "cli");
        InvoiceImport.Summary again = importer.importCsv(
                csv("F-1,Client SARL,compta@client.fr,2026-10-01,2026-10-31,EUR,1200.00,0\n"), "test", "cli");

        assertThat(summary.customerUpdates()).containsExactly("customer Client SARL: email set to compta@client.fr");
        assertThat(again.customerUpdates()).isEmpty();
    }

    @Test
    void aNumberRepeatedFarApartInAStreamedFileIsRejectedOnItsLaterLine() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            body.append("F-").append(i).append(",Client SARL,,2026-10-01,2026-10-31,EUR,10.00,0\n");
        }
        body.append("F-7,Client SARL,,2026-10-01,2026-10-31,EUR,10.00,0\n");

        InvoiceImport.Summary summary = importer.importCsv(csv(body.toString()), "test", "cli");

        assertThat(summary.created()).isEqualTo(2000);
        assertThat(summary.rejected()).containsExactly(new InvoiceCsv.Rejected(2002, "number: F-7 already on line 8"));
    }
}
