package org.relance.invoice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.relance.ledger.Ledger;

/** Loads an {@code invoices.csv} into the ledger in one transaction: the good rows all commit, or none do. */
public final class InvoiceImport {

    /** What one import did; {@code rejected} rows were not loaded and say why. */
    public record Summary(int created, int updated, int unchanged, List<InvoiceCsv.Rejected> rejected) {
    }

    private final Ledger ledger;
    private final InvoiceStore invoices;

    public InvoiceImport(Ledger ledger, InvoiceStore invoices) {
        this.ledger = ledger;
        this.invoices = invoices;
    }

    public Summary importCsv(Path file, String actor, String channel) throws IOException {
        InvoiceCsv.Parsed parsed;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parsed = InvoiceCsv.read(reader);
        }
        return ledger.inTransaction(h -> {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (InvoiceCsv.Row row : parsed.rows()) {
                switch (invoices.upsert(h, row.draft(), actor, channel)) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            return new Summary(created, updated, unchanged, parsed.rejected());
        });
    }
}
