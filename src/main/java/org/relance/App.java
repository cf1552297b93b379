package org.relance;

import java.time.Clock;
import org.relance.bank.BankReader;
import org.relance.bank.PaymentIntake;
import org.relance.config.RelanceConfig;
import org.relance.dunning.PlanService;
import org.relance.dunning.Planner;
import org.relance.dunning.ReminderDesk;
import org.relance.dunning.ReminderStore;
import org.relance.invoice.DocumentImport;
import org.relance.invoice.InvoiceImport;
import org.relance.invoice.InvoiceReader;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.matching.FeeTolerance;

/** The wired application for one configuration: owns the store and the services; close it when done. */
public final class App implements AutoCloseable {

    private final RelanceConfig config;
    private final Clock clock;
    private final Ledger ledger;
    private final EventLog events;
    private final InvoiceStore invoices;
    private final ReminderStore reminders;
    private final InvoiceImport invoiceImport;
    private final PlanService plans;
    private final ReminderDesk desk;
    private final PaymentIntake payments;
    private InvoiceReader invoiceReader;
    private DocumentImport documentImport;

    App(RelanceConfig config, Clock clock, Ledger ledger) {
        this.config = config;
        this.clock = clock;
        this.ledger = ledger;
        this.events = new EventLog();
        this.invoices = new InvoiceStore(events, clock);
        this.reminders = new ReminderStore(events, clock);
        this.invoiceImport = new InvoiceImport(ledger, invoices);
        this.plans = new PlanService(ledger, invoices, reminders, new Planner(config.dunning(), config.company()));
        this.desk = new ReminderDesk(ledger, invoices, reminders, events, plans, config.dunning().ladder(), clock,
                config.company().timezone());
        this.payments = new PaymentIntake(ledger, invoices, events, desk, new BankReader(config.bank().rules()),
                FeeTolerance.DEFAULT, clock);
    }

    public RelanceConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public Ledger ledger() {
        return ledger;
    }

    public EventLog events() {
        return events;
    }

    public InvoiceStore invoices() {
        return invoices;
    }

    public ReminderStore reminders() {
        return reminders;
    }

    public InvoiceImport invoiceImport() {
        return invoiceImport;
    }

    /** Built on first use: the PDF machinery takes a second to start and most commands never need it. */
    public synchronized DocumentImport documentImport() {
        if (documentImport == null) {
            invoiceReader = new InvoiceReader();
            documentImport = new DocumentImport(ledger, invoices, invoiceReader, config.store().files());
        }
        return documentImport;
    }

    /** Every decision on a reminder, whatever the channel, goes through this desk. */
    public ReminderDesk desk() {
        return desk;
    }

    /** Bank credits in (statements, notification emails): stored once, matched, applied or suggested. */
    public PaymentIntake payments() {
        return payments;
    }

    public PlanService plans() {
        return plans;
    }

    @Override
    public synchronized void close() {
        if (invoiceReader != null) {
            invoiceReader.close();
        }
        ledger.close();
    }
}
