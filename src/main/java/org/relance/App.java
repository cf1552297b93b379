package org.relance;

import java.time.Clock;
import org.relance.config.ConfigException;
import org.relance.config.Mail;
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
import org.relance.mail.CrashPoints;
import org.relance.mail.Outbox;
import org.relance.mail.OutboxSender;

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
    private final Outbox outbox;
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
        this.outbox = new Outbox(events, clock, config.company().email());
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

    /** Queues outgoing mail in the caller's transaction. */
    public Outbox outbox() {
        return outbox;
    }

    /** A sender for the outbox ({@code dryRun} or {@code mail.dryRun}: send nothing); needs mail.smtp unless dry. */
    public OutboxSender outboxSender(boolean dryRun) {
        Mail mail = config.mail().orElseThrow(() -> new ConfigException("mail", "not configured: nothing can be sent"));
        if (mail.smtp().isEmpty() && !(dryRun || mail.dryRun())) {
            throw new ConfigException("mail.smtp", "not configured: nothing can be sent");
        }
        return new OutboxSender(ledger, desk, events, mail, config.company().timezone(), clock, dryRun,
                CrashPoints.NONE);
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
