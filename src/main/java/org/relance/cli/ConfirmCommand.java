package org.relance.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.dunning.Actor;
import org.relance.invoice.InvoiceCorrection;
import org.relance.text.AmountText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relance confirm}: a person confirms invoices the reader was unsure of (status {@code to_confirm}), with
 * corrections, through the decision seam (channel {@code cli}); exit code 1 when any was refused.
 */
@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = "Confirm invoices read with doubts (status to_confirm), correcting what was read wrong; "
                + "only then are they planned and chased.")
final class ConfirmCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "INVOICE", arity = "1..*", description = "Invoice numbers, as relance invoices lists them.")
    List<String> numbers;

    @Option(names = "--total", paramLabel = "AMOUNT", description = "The right total (968.00 or 968,00).")
    String total;

    @Option(names = "--due", paramLabel = "DATE", description = "The right due date (YYYY-MM-DD or DD/MM/YYYY).")
    LocalDate due;

    @Option(names = "--customer-email", paramLabel = "EMAIL", description = "Where reminders to the customer go.")
    String customerEmail;

    ConfirmCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BigDecimal amount = null;
        if (total != null) {
            amount = AmountText.number(total).orElse(null);
            if (amount == null || amount.signum() <= 0) {
                throw new UsageProblem("--total: '" + total + "' is not an amount (write 968.00 or 968,00)");
            }
        }
        if (customerEmail != null && !customerEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new UsageProblem("--customer-email: '" + customerEmail + "' is not an email address");
        }
        if (numbers.size() > 1 && (total != null || due != null || customerEmail != null)) {
            throw new UsageProblem("corrections (--total, --due, --customer-email) apply to one invoice at a time");
        }
        InvoiceCorrection correction = new InvoiceCorrection(amount, due,
                customerEmail == null ? null : customerEmail.strip());
        Actor actor = Actor.cli(context.env().getOrDefault("USER", "cli"));
        boolean allTaken = true;
        try (App app = context.apps().open(config.load(context.env()))) {
            for (String number : numbers) {
                DecisionOutcome outcome = app.decisions().take(
                        new DecisionRequest.ConfirmInvoice(number.strip(), null, correction), actor);
                if (outcome.refused()) {
                    allTaken = false;
                    context.err().println(number + ": not done: " + outcome.message());
                } else {
                    context.out().println(outcome.message());
                }
            }
        }
        return allTaken ? 0 : 1;
    }
}
