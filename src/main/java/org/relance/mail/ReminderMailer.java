package org.relance.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.relance.config.Company;
import org.relance.config.Dunning;
import org.relance.dunning.Composition;
import org.relance.dunning.DunningCase;
import org.relance.dunning.PlanService;
import org.relance.dunning.Proposal;
import org.relance.dunning.ReminderComposer;
import org.relance.dunning.ReminderGroup;
import org.relance.dunning.ReminderRequest;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.ledger.StoredFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns approved reminders into queued mail: writes each message from the day's figures (one per customer and step
 * when {@code dunning.groupByCustomer}), then queues it with the reminders it carries in one transaction. Approval is
 * the decision; queueing is derived from it and idempotent, so an approval is never lost between the two — every
 * send run starts with this sweep. Thread-safe (the ledger serialises writers).
 */
public final class ReminderMailer {

    /** What one sweep did. */
    public record Report(List<Queued> queued, List<NotWritten> notWritten) {
        public Report {
            queued = List.copyOf(queued);
            notWritten = List.copyOf(notWritten);
        }
    }

    /** A message queued: to whom, which invoices, and its Message-ID. */
    public record Queued(String purpose, String to, List<String> invoices, String messageId) {
        public Queued {
            invoices = List.copyOf(invoices);
        }
    }

    /** Approved reminders no message could be written for (no customer email, a broken template…), and why. */
    public record NotWritten(List<String> invoices, String reason) {
        public NotWritten {
            invoices = List.copyOf(invoices);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMailer.class);

    /** The outbox states in which a row still stands for its reminders; a cancelled or failed one does not. */
    private static final String LIVE = "('queued', 'sending', 'sent', 'needs_review')";

    private final Ledger ledger;
    private final PlanService plans;
    private final ReminderComposer composer;
    private final Outbox outbox;
    private final EventLog events;
    private final Company company;
    private final Dunning dunning;
    private final Clock clock;
    private final boolean attachInvoices;
    private final Path filesDir;

    /**
     * @param attachInvoices {@code mail.attachInvoices}: reminders carry the kept PDF of each invoice they list
     * @param filesDir       {@code store.files}, where a formal notice is kept with its invoices
     */
    public ReminderMailer(Ledger ledger, PlanService plans, ReminderComposer composer, Outbox outbox, EventLog events,
                          Company company, Dunning dunning, Clock clock, boolean attachInvoices, Path filesDir) {
        this.ledger = ledger;
        this.plans = plans;
        this.composer = composer;
        this.outbox = outbox;
        this.events = events;
        this.company = company;
        this.dunning = dunning;
        this.clock = clock;
        this.attachInvoices = attachInvoices;
        this.filesDir = filesDir;
    }

    /** Queues a message for every approved reminder that no live outbox row carries yet. */
    public synchronized Report queueApproved() {
        LocalDate today = LocalDate.now(clock.withZone(company.timezone()));
        List<DunningCase> cases = plans.cases();
        Map<Long, DunningCase> byInvoice = cases.stream()
                .collect(Collectors.toMap(c -> c.invoice().id(), Function.identity()));
        // A message written for an amount that has changed since is cancelled here and written again below.
        ledger.inTransaction(outbox::cancelStale);
        Set<Long> carried = ledger.read(this::carriedReminders);
        List<Proposal> waiting = new ArrayList<>();
        for (Proposal p : plans.approvedFor(today).proposals()) {
            if (p.reminderId() != null && !carried.contains(p.reminderId())) {
                waiting.add(p);
            }
        }
        List<Queued> queued = new ArrayList<>();
        List<NotWritten> notWritten = new ArrayList<>();
        for (ReminderGroup group : ReminderGroup.of(waiting, dunning.groupByCustomer())) {
            List<Long> reminderIds = group.proposals().stream().map(Proposal::reminderId).toList();
            List<String> numbers = group.proposals().stream().map(Proposal::invoice).toList();
            ReminderRequest request = ReminderRequest.of(group, byInvoice, dunning.ladder(), null,
                    company.timezone(), today);
            Composition composed = composer.compose(request);
            if (composed instanceof Composition.Refused refused) {
                notWritten.add(new NotWritten(numbers, refused.reason()));
                ledger.inTransaction(h -> {
                    noteOnce(h, group, refused.reason());
                    return null;
                });
                continue;
            }
            List<OutgoingMail> mails = write(group, request, composed);
            List<Queued> done = ledger.inTransaction(h -> {
                List<Queued> out = new ArrayList<>();
                OutgoingMail mail = mails.get(0);
                Outbox.Queued q = outbox.queue(h, mail, reminderIds);
                out.add(new Queued(mail.purpose(), mail.to().get(0), numbers, q.messageId()));
                if (!q.alreadyQueued() && composed instanceof Composition.ComposedReminder r) {
                    keepNotices(h, group, r.attachments());
                }
                if (mails.size() > 1 && !q.alreadyQueued()) {
                    OutgoingMail forTeam = mails.get(1);
                    Outbox.Queued qc = outbox.queue(h, forTeam, (Long) null);
                    out.add(new Queued(forTeam.purpose(), forTeam.to().get(0), numbers, qc.messageId()));
                }
                return out;
            });
            queued.addAll(done);
        }
        return new Report(queued, notWritten);
    }

    /**
     * What approving this invoice today would send, written exactly as {@link #queueApproved()} writes it (grouped
     * with the customer's other approved reminders waiting for a message), without queueing or keeping anything.
     *
     * @return empty when the planner proposes nothing for it today (and it has no approved reminder)
     */
    public Optional<Preview> preview(String invoice, LocalDate today) {
        List<DunningCase> cases = plans.cases();
        Map<Long, DunningCase> byInvoice = cases.stream()
                .collect(Collectors.toMap(c -> c.invoice().id(), Function.identity()));
        Optional<Proposal> proposal = plans.planFor(today).forInvoice(invoice)
                .or(() -> plans.approvedFor(today).forInvoice(invoice));
        if (proposal.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> carried = ledger.read(this::carriedReminders);
        List<Proposal> waiting = new ArrayList<>(plans.approvedFor(today).proposals().stream()
                .filter(p -> p.reminderId() != null && !carried.contains(p.reminderId())
                        && !p.invoice().equals(invoice))
                .toList());
        waiting.add(proposal.get());
        ReminderGroup group = ReminderGroup.of(waiting, dunning.groupByCustomer()).stream()
                .filter(g -> g.proposals().stream().anyMatch(p -> p.invoice().equals(invoice)))
                .findFirst().orElseThrow();
        List<String> numbers = group.proposals().stream().map(Proposal::invoice).toList();
        ReminderRequest request = ReminderRequest.of(group, byInvoice, dunning.ladder(), null, company.timezone(), today);
        Composition composed = composer.compose(request);
        if (composed instanceof Composition.Refused refused) {
            return Optional.of(new Preview(group.step(), group.channel(), numbers, List.of(), refused.reason()));
        }
        return Optional.of(new Preview(group.step(), group.channel(), numbers, write(group, request, composed), null));
    }

    /**
     * A preview: the messages one approval would queue (the customer's first; a formal notice adds the team's copy).
     *
     * @param refused why no message can be written (no email address…); null when {@code mails} has them
     */
    public record Preview(String step, String channel, List<String> invoices, List<OutgoingMail> mails,
                          String refused) {
        public Preview {
            invoices = List.copyOf(invoices);
            mails = List.copyOf(mails);
        }
    }

    /** The messages of one composed group: the customer's reminder or the team's to-do, then a notice copy if any. */
    private List<OutgoingMail> write(ReminderGroup group, ReminderRequest request, Composition composed) {
        List<OutgoingMail> mails = new ArrayList<>();
        if (composed instanceof Composition.ComposedReminder reminder) {
            List<OutgoingMail.Attachment> files = new ArrayList<>(attachments(reminder.attachments()));
            if (attachInvoices) {
                files.addAll(invoicePdfs(group));
            }
            List<String> thread = ledger.read(h -> thread(h, group));
            mails.add(new OutgoingMail(company.email(), List.of(reminder.to()), List.of(), List.of(),
                    reminder.subject(), reminder.text(), Optional.ofNullable(reminder.html()),
                    files, thread.isEmpty() ? Optional.empty() : Optional.of(thread.get(thread.size() - 1)),
                    thread, OutgoingMail.REMINDER));
            if (!reminder.attachments().isEmpty()
                    && composer.noticeForCompany(request) instanceof Composition.ComposedReminder c) {
                // The formal notice to print and post by registered mail: team mail, bound to no reminder.
                mails.add(new OutgoingMail(company.email(), List.of(c.to()), List.of(), List.of(),
                        c.subject(), c.text(), Optional.ofNullable(c.html()), attachments(c.attachments()),
                        Optional.empty(), List.of(), OutgoingMail.NOTICE_COPY));
            }
        } else {
            // The phone call: a to-do for the team; the step is done once the team has it.
            Composition.ComposedTask task = (Composition.ComposedTask) composed;
            mails.add(OutgoingMail.plain(company.email(), List.of(company.email()), task.title(), task.text(),
                    "task"));
        }
        return mails;
    }

    /**
     * The conversation a new reminder joins, oldest first: the original invoice email when known, then the reminders
     * already sent about these invoices, so the customer sees one thread per invoice.
     */
    private static List<String> thread(Handle h, ReminderGroup group) {
        List<Long> invoiceIds = group.proposals().stream().map(Proposal::invoiceId).toList();
        List<String> ids = new ArrayList<>(h.createQuery("""
                SELECT source_message_id FROM invoices WHERE id IN (<ids>) AND source_message_id IS NOT NULL
                ORDER BY id""")
                .bindList("ids", invoiceIds).mapTo(String.class).list());
        for (String id : h.createQuery("""
                SELECT DISTINCT o.message_id, o.sent_at FROM outbox o
                JOIN reminders r ON r.id = o.reminder_id
                   OR r.id IN (SELECT x.reminder_id FROM outbox_reminders x WHERE x.outbox_id = o.id)
                WHERE o.state = 'sent' AND o.purpose = 'reminder' AND r.invoice_id IN (<ids>)
                ORDER BY o.sent_at""")
                .bindList("ids", invoiceIds).map((rs, ctx) -> rs.getString("message_id")).list()) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private Set<Long> carriedReminders(Handle h) {
        Set<Long> ids = new HashSet<>(h.createQuery("SELECT reminder_id FROM outbox WHERE reminder_id IS NOT NULL"
                        + " AND state IN " + LIVE)
                .mapTo(Long.class).list());
        ids.addAll(h.createQuery("SELECT r.reminder_id FROM outbox_reminders r JOIN outbox o ON o.id = r.outbox_id"
                        + " WHERE o.state IN " + LIVE)
                .mapTo(Long.class).list());
        return ids;
    }

    /** Records why a reminder could not be written, once per reason, so every sweep does not repeat it. */
    private void noteOnce(Handle h, ReminderGroup group, String reason) {
        for (Proposal p : group.proposals()) {
            boolean noted = h.createQuery("""
                    SELECT COUNT(*) FROM events WHERE reminder_id = :r AND kind = 'reminder.not_written'
                    AND details = :d""")
                    .bind("r", p.reminderId()).bind("d", reason)
                    .mapTo(Integer.class).one() > 0;
            if (!noted) {
                events.append(h, new Event(clock.instant(), "relance", "system", "reminder.not_written",
                        p.invoiceId(), p.reminderId(), null, reason));
            }
        }
    }

    /** The original PDFs kept for the group's invoices (a forwarded email or an XML is not attached). */
    private List<OutgoingMail.Attachment> invoicePdfs(ReminderGroup group) {
        List<OutgoingMail.Attachment> pdfs = new ArrayList<>();
        for (Proposal p : group.proposals()) {
            Optional<String> path = ledger.read(h -> h.createQuery("SELECT file_path FROM invoices WHERE id = :id")
                    .bind("id", p.invoiceId()).mapTo(String.class).findOne());
            if (path.isEmpty() || path.get() == null || !path.get().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                continue;
            }
            try {
                pdfs.add(new OutgoingMail.Attachment(p.invoice() + ".pdf", "application/pdf",
                        Files.readAllBytes(Path.of(path.get()))));
            } catch (IOException e) {
                LOG.warn("invoice {}: its kept PDF {} cannot be read, sent without it: {}", p.invoice(), path.get(),
                        e.toString());
            }
        }
        return pdfs;
    }

    /** A formal notice is kept under store.files with every invoice it claims, and the invoice's history says so. */
    private void keepNotices(Handle h, ReminderGroup group, List<Composition.Attachment> notices) {
        for (Composition.Attachment notice : notices) {
            Path kept = StoredFiles.keep(filesDir, notice.content(), ".pdf");
            for (Proposal p : group.proposals()) {
                events.append(h, new Event(clock.instant(), "relance", "system", "notice.written", p.invoiceId(),
                        p.reminderId(), null, notice.filename() + " kept as " + kept));
            }
        }
    }

    private static List<OutgoingMail.Attachment> attachments(List<Composition.Attachment> from) {
        return from.stream()
                .map(a -> new OutgoingMail.Attachment(a.filename(), a.contentType(), a.content()))
                .toList();
    }
}
