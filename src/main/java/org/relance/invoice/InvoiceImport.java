package org.relance.invoice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.relance.ledger.Ledger;

/**
 * Loads an {@code invoices.csv} into the ledger in one transaction, streaming it row by row so memory stays flat
 * whatever the file's size: the good rows all commit, or none do.
 */
public final class InvoiceImport {

    /**
     * What one import did; {@code rejected} rows were not loaded and say why; {@code customerUpdates} say what an
     * import changed on a known customer (e.g. "customer Client SARL: email set to compta@client.fr").
     */
    public record Summary(int created, int updated, int unchanged, List<InvoiceCsv.Rejected> rejected,
            List<String> customerUpdates) {

        public Summary(int created, int updated, int unchanged, List<InvoiceCsv.Rejected> rejected) {
            this(created, updated, unchanged, rejected, List.of());
        }

        public Summary {
            rejected = List.copyOf(rejected);
            customerUpdates = List.copyOf(customerUpdates);
        }
    }

    /** Told of each rejected row, customer update and every so many rows as the file is read. */
    public interface Listener {
        default void rejected(InvoiceCsv.Rejected rejected) {
        }

        default void customerUpdated(String update) {
        }

        /** Called after each row; cheap, so the caller decides when to show anything. */
        default void progress(long rows) {
        }
    }

    private final Ledger ledger;
    private final InvoiceStore invoices;

    public InvoiceImport(Ledger ledger, InvoiceStore invoices) {
        this.ledger = ledger;
        this.invoices = invoices;
    }

    /** Imports and collects the rejected rows and customer updates in the summary. */
    public Summary importCsv(Path file, String actor, String channel) throws IOException {
        List<InvoiceCsv.Rejected> rejected = new ArrayList<>();
        List<String> updates = new ArrayList<>();
        Summary counts = importCsv(file, actor, channel, new Listener() {
            @Override
            public void rejected(InvoiceCsv.Rejected r) {
                rejected.add(r);
            }

            @Override
            public void customerUpdated(String update) {
                updates.add(update);
            }
        });
        return new Summary(counts.created(), counts.updated(), counts.unchanged(), rejected, updates);
    }

    /**
     * Imports, telling {@code listener} of each rejected row and customer update as it goes (the summary then holds
     * only the counts, and {@code rejected} is empty): for files too large to keep their rejections in memory.
     */
    public Summary importCsv(Path file, String actor, String channel, Listener listener) throws IOException {
        Objects.requireNonNull(listener, "listener");
        try {
            return ledger.inTransaction(h -> {
                // Numbers seen in this file, on disk rather than in a map, so a million rows cost no heap.
                h.execute("CREATE TEMP TABLE IF NOT EXISTS import_seen (k TEXT PRIMARY KEY, line INTEGER NOT NULL)");
                h.execute("DELETE FROM import_seen");
                int[] counts = new int[3];
                long[] rows = {0};
                try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    InvoiceCsv.stream(reader, new InvoiceCsv.Sink() {
                        @Override
                        public void row(InvoiceCsv.Row row) {
                            Optional<Integer> first = firstLine(h, InvoiceCsv.key(row.draft()), row.line());
                            if (first.isPresent()) {
                                listener.rejected(InvoiceCsv.repeated(row, first.get()));
                            } else {
                                store(h, row.draft(), actor, channel, counts, listener);
                            }
                            listener.progress(++rows[0]);
                        }

                        @Override
                        public void rejected(InvoiceCsv.Rejected rejected) {
                            listener.rejected(rejected);
                            listener.progress(++rows[0]);
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                h.execute("DELETE FROM import_seen");
                return new Summary(counts[0], counts[1], counts[2], List.of());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The line a key was first seen on in this file, or empty (and now recorded) when it is new. */
    private static Optional<Integer> firstLine(Handle h, String key, int line) {
        int inserted = h.createUpdate("INSERT INTO import_seen (k, line) VALUES (:k, :line) ON CONFLICT DO NOTHING")
                .bind("k", key).bind("line", line).execute();
        if (inserted == 1) {
            return Optional.empty();
        }
        return h.createQuery("SELECT line FROM import_seen WHERE k = :k").bind("k", key).mapTo(Integer.class).findOne();
    }

    private void store(Handle h, InvoiceDraft draft, String actor, String channel, int[] counts, Listener listener) {
        Optional<Customer> before = invoices.customerNamed(h, draft.customerName());
        switch (invoices.upsert(h, draft, actor, channel)) {
            case CREATED -> counts[0]++;
            case UPDATED -> counts[1]++;
            case UNCHANGED -> counts[2]++;
        }
        if (before.isPresent() && draft.customerEmail() != null
                && !draft.customerEmail().equalsIgnoreCase(Objects.toString(before.get().email(), ""))) {
            Optional<Customer> after = invoices.customerNamed(h, draft.customerName());
            if (after.isPresent() && draft.customerEmail().equalsIgnoreCase(Objects.toString(after.get().email(), ""))) {
                listener.customerUpdated("customer " + after.get().name() + ": email "
                        + (before.get().email() == null ? "set to " + after.get().email()
                                : "changed from " + before.get().email() + " to " + after.get().email()));
            }
        }
    }
}
