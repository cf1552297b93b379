package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relance import} says what a big statement did in one short line: counts, not every invoice number. */
class ImportSummaryTest {

    @TempDir
    Path dir;

    private final TestCli cli = new TestCli(Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void aStatementPayingThousandsOfInvoicesPrintsCountsOnOneLine() throws IOException {
        int n = 2_000;
        StringBuilder invoices = new StringBuilder("number,customer,customer_email,issue_date,due_date,currency,total,paid\n");
        StringBuilder payments = new StringBuilder("id,date,amount,currency,payer,reference\n");
        for (int k = 1; k <= n; k++) {
            String number = String.format("F-2026-%06d", k);
            // "Z" first: a bare "A" or "LE" is no name word, and a payer called "CLIENT A SARL" recognises nobody.
            String customer = "Client Z" + Integer.toString(k, 26).toUpperCase().replaceAll("[0-9]", "Q") + " SARL";
            invoices.append(number).append(',').append(customer).append(",,2026-10-01,2026-10-31,EUR,")
                    .append(100 + k).append(".00,0\n");
            // Every tenth pays only half: partially paid.
            String paid = k % 10 == 0 ? (100 + k) / 2 + ".00" : (100 + k) + ".00";
            payments.append("T").append(k).append(",2026-11-20,").append(paid).append(",EUR,\"")
                    .append(customer.toUpperCase()).append("\",").append(number).append('\n');
        }
        Path config = Files.writeString(dir.resolve("relance.yml"), """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        Path invoicesCsv = Files.writeString(dir.resolve("invoices.csv"), invoices);
        Path paymentsCsv = Files.writeString(dir.resolve("payments.csv"), payments);
        assertThat(cli.run("import", "--config", config.toString(), invoicesCsv.toString())).isZero();

        assertThat(cli.run("import", "--config", config.toString(), paymentsCsv.toString())).as(cli.err()).isZero();

        assertThat(cli.out().strip()).isEqualTo(paymentsCsv + ": 2000 new payment(s), 0 already known, 2000 applied, "
                + "0 to confirm, 0 unmatched; paid: 1,800 invoices; partially paid: 200 invoices");
    }
}
