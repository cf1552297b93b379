package org.relance.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the dunning ladder proposes on one day.
 *
 * @param proposals by days overdue, most overdue first, then by invoice number
 * @param warnings  problems not tied to one proposal (skipped invoices, unapplied credit, configuration)
 */
public record Plan(LocalDate today, List<Proposal> proposals, List<String> warnings) {

    public Plan {
        proposals = List.copyOf(proposals);
        warnings = List.copyOf(warnings);
    }

    public Optional<Proposal> forInvoice(String number) {
        return proposals.stream().filter(p -> p.invoice().equals(number)).findFirst();
    }
}
