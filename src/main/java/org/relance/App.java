package org.relance;

import java.time.Clock;
import org.relance.config.RelanceConfig;
import org.relance.dunning.PlanService;
import org.relance.dunning.Planner;
import org.relance.dunning.ReminderStore;
import org.relance.invoice.InvoiceImport;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;

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

    App(RelanceConfig config, Clock clock, Ledger ledger) {
        this.config = config;
        this.clock = clock;
        this.ledger = ledger;
        this.events = new EventLog();
        this.invoices = new InvoiceStore(events, clock);
        this.reminders = new ReminderStore(events, clock);
        this.invoiceImport = new InvoiceImport(ledger, invoices);
        this.plans = new PlanService(ledger, invoices, reminders, new Planner(config.dunning(), config.company()));
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

    public PlanService plans() {
        return plans;
    }

    @Override
    public void close() {
        ledger.close();
    }
}
