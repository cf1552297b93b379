package org.relance.bank;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.relance.bank.PaymentStore.AllocationRow;
import org.relance.bank.PaymentStore.State;
import org.relance.dunning.Actor;
import org.relance.dunning.ReminderDesk;
import org.relance.invoice.Customer;
import org.relance.invoice.Invoice;
import org.relance.invoice.InvoiceKind;
import org.relance.invoice.InvoiceStore;
import org.relance.ledger.Event;
import org.relance.ledger.EventLog;
import org.relance.ledger.Ledger;
import org.relance.ledger.Money;
import org.relance.matching.Allocation;
import org.relance.matching.Credit;
import org.relance.matching.FeeTolerance;
import org.relance.matching.Matcher;
import org.relance.matching.MatchingRun;
import org.relance.matching.Method;
import org.relance.matching.Receivable;

/**
 * Turns bank credits into payments: stores each transfer once however many times the bank reports it, matches the
 * new ones against the open invoices, applies what the matcher is sure of (cancelling, in the same transaction, the
 * reminders of an invoice that becomes paid) and records the rest as suggestions for a person to confirm or reject.
 * Thread-safe: it keeps no state between calls.
 */
public final class PaymentIntake {

    /** Who applied an allocation the matcher was sure of. */
    static final String MATCHER = "matcher";
    /** The event marking a payment read from an email whose sender was not authenticated: never applied alone. */
    private static final String UNVERIFIED = "payment.unverified";

    private final Ledger ledger;
    private final InvoiceStore invoices;
    private final EventLog events;
    private final ReminderDesk desk;
    private final BankReader reader;
    private final FeeTolerance tolerance;
    private final Matcher matcher;
    private final PaymentStore payments;
    private final UnreadNotifications mails;
    private final Clock clock;

    public PaymentIntake(Ledger ledger, InvoiceStore invoices, EventLog events, ReminderDesk desk, BankReader reader,
            FeeTolerance tolerance, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.events = Objects.requireNonNull(events, "events");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        this.matcher = new Matcher(tolerance);
        this.payments = new PaymentStore(events, clock);
        this.mails = new UnreadNotifications(events, clock);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads a statement or notification file (CAMT.053, bank CSV, .eml) and records its credits in one transaction. */
    public IntakeResult importFile(Path file, String actor, String channel) {
        BankReadResult read = reader.read(file);
        if (read.failed()) {
            return IntakeResult.unreadable(read.file(), read.error().orElseThrow());
        }
        return ledger.inTransaction(h -> record(h, read.credits(), actor, channel)).withRejected(read.rejected());
    }

    /** Keeps the mail the payments were read from, so that a person who says one was read wrong can have it re-read. */
    private void keepMail(Handle h, String name, byte[] raw, String unverified, List<Payment> stored) {
        if (stored.isEmpty()) {
            return;
        }
        long mailId = mails.keepRead(h, name, UnreadNotifications.senderOf(raw), raw, unverified);
        payments.linkMail(h, stored.stream().map(Payment::id).toList(), mailId);
    }

    /**
     * Records the credits of a bank notification email in the caller's transaction (the mailbox watcher commits its
     * processed-message row with it). A debit alert or a newsletter gives {@link IntakeResult#noCredit()}.
     */
    public IntakeResult recordEmail(Handle h, String name, byte[] rawEml, String actor, String channel) {
        return recordEmail(h, name, rawEml, actor, channel, null);
    }

    /**
     * Like {@link #recordEmail(Handle, String, byte[], String, String)}; {@code unverified} (null: the sender was
     * authenticated) says why the email may be forged: its payments are stored, marked with a
     * {@code payment.unverified} event, and every allocation found for them — now or by a later
     * {@link #matchWaiting} — is only suggested for a person to confirm ({@code relance match-confirm}).
     */
    public IntakeResult recordEmail(Handle h, String name, byte[] rawEml, String actor, String channel,
            String unverified) {
        BankReadResult read;
        try (InputStream in = new ByteArrayInputStream(rawEml)) {
            read = reader.readEmail(name, new MimeMessage(Session.getInstance(new Properties()), in));
        } catch (MessagingException | IOException e) {
            return IntakeResult.unreadable(name, "unreadable email: " + e.getMessage());
        }
        if (read.failed()) {
            return IntakeResult.unreadable(read.file(), read.error().orElseThrow());
        }
        IntakeResult result = record(h, read.credits(), actor, channel, unverified);
        keepMail(h, name, rawEml, unverified, result.stored());
        return result;
    }

    /**
     * Stores the credits that are new (one batch: two identical lines of it are two payments), then matches the new
     * payments against the open invoices, all in the caller's transaction.
     */
    public IntakeResult record(Handle h, List<BankCredit> credits, String actor, String channel) {
        return record(h, credits, actor, channel, null);
    }

    private IntakeResult record(Handle h, List<BankCredit> credits, String actor, String channel, String unverified) {
        PaymentStore.Batch batch = new PaymentStore.Batch();
        List<Payment> stored = new ArrayList<>();
        List<BankCredit> duplicates = new ArrayList<>();
        for (BankCredit credit : credits) {
            String key = CreditKey.of(credit);
            if (payments.sameCredit(h, credit, key, batch, actor, channel).isPresent()) {
                duplicates.add(credit);
            } else {
                Payment payment = payments.insert(h, credit, key, batch, actor, channel);
                if (unverified != null) {
                    events.append(h, new Event(clock.instant(), actor, channel, UNVERIFIED, null, null, payment.id(),
                            unverified));
                }
                stored.add(payment);
            }
        }
        if (stored.isEmpty()) {
            return new IntakeResult(stored, duplicates, List.of(), List.of(), List.of(), List.of());
        }
        Matched matched = untilSettled(h, match(h, stored, Actor.of(actor, channel)), Actor.of(actor, channel));
        return new IntakeResult(stored, duplicates, matched.applied(), matched.suggested(), matched.unmatched(), List.of());
    }

    /**
     * Re-examines the payments still waiting (unmatched, or only suggested) against the invoices as they are now, in
     * its own transaction. Kept for callers of the first intake; same as {@link #reexamine(String, String)}.
     */
    public IntakeResult matchWaiting(String actor, String channel) {
        return reexamine(actor, channel);
    }

    /** Like {@link #matchWaiting(String, String)}, in the caller's transaction. */
    public IntakeResult matchWaiting(Handle h, String actor, String channel) {
        return reexamine(h, actor, channel);
    }

    /** Like {@link #reexamine(Handle, String, String)}, in a transaction of its own. */
    public IntakeResult reexamine(String actor, String channel) {
        return ledger.inTransaction(h -> reexamine(h, actor, channel));
    }

    /**
     * Matches again, in the caller's transaction, every payment still waiting for evidence: those nothing was found
     * for and those with only open suggestions, oldest first, exactly as if they arrived now. To call whenever an
     * invoice changes (imported, confirmed, reopened) or another payment settled one: an invoice that arrived after
     * its payment is found, and a suggestion whose twin invoice another credit paid becomes unique and is applied
     * (its suggestions withdrawn, a {@code payment.reexamined} event saying why). A payment a person decided on
     * (applied, confirmed, a suggestion rejected, an allocation reversed) is never touched. Payments still waiting
     * write no new event.
     */
    public IntakeResult reexamine(Handle h, String actor, String channel) {
        Matched matched = untilSettled(h, match(h, List.of(), Actor.of(actor, channel)), Actor.of(actor, channel));
        if (matched.applied().isEmpty() && matched.suggested().isEmpty() && matched.unmatched().isEmpty()) {
            return IntakeResult.empty();
        }
        return new IntakeResult(List.of(), List.of(), matched.applied(), matched.suggested(), matched.unmatched(),
                List.of());
    }

    /** What matching the new payments of a batch did. */
    private record Matched(List<IntakeResult.Applied> applied, List<IntakeResult.Suggested> suggested,
            List<IntakeResult.Unmatched> unmatched) {
    }

    /**
     * One matching run over every invoice of the ledger (settled ones with nothing due, so a reference to them and
     * their customers' names still count) fed, in date order, with the payments still waiting and the new ones: the
     * state of the run is then the one a single batch over the whole history would reach, so receiving payments one
     * at a time ends where {@code relance match} on the whole book does.
     */
    private Matched match(Handle h, List<Payment> fresh, Actor actor) {
        Map<Long, Customer> customers = invoices.customers(h);
        Map<String, Invoice> open = new HashMap<>();
        List<Receivable> receivables = new ArrayList<>();
        for (Invoice invoice : invoices.all(h)) {
            if (invoice.kind() != InvoiceKind.INVOICE) {
                continue;
            }
            Customer customer = customers.get(invoice.customerId());
            // Only open and partially paid invoices can take money; any other status (paid, disputed, cancelled,
            // waiting for a person's confirmation) is indexed with nothing due.
            boolean takes = invoice.status().isOpen();
            Money due = takes ? invoice.amountDue() : Money.zero(invoice.amountDue().currency());
            receivables.add(new Receivable(invoice.number(), customer.name(), customer.email(), invoice.issueDate(),
                    invoice.dueDate(), due, false));
            if (takes) {
                open.put(invoice.number(), invoice);
            }
        }
        Map<Long, List<AllocationRow>> waiting = waitingPayments(h);
        Set<Long> freshIds = new java.util.HashSet<>();
        fresh.forEach(p -> freshIds.add(p.id()));
        List<Payment> ordered = new ArrayList<>(fresh);
        for (long id : waiting.keySet()) {
            if (!freshIds.contains(id)) {
                ordered.add(payments.payment(h, id).orElseThrow());
            }
        }
        Matched out = new Matched(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (ordered.isEmpty()) {
            return out;
        }
        MatchingRun run = matcher.start(receivables);
        // Oldest first, as the matcher expects: partial payments then reduce what is due in date order.
        ordered.sort(Comparator.comparing(Payment::date).thenComparingLong(Payment::id));
        for (Payment payment : ordered) {
            Credit credit = new Credit(String.valueOf(payment.id()), payment.date(), payment.amount(),
                    payment.payerName(), payment.reference());
            List<Allocation> found = run.match(credit);
            boolean isNew = freshIds.contains(payment.id());
            List<AllocationRow> suggestedBefore = isNew ? List.of() : waiting.get(payment.id());
            Optional<String> unverified = unverified(h, payment.id());
            if (!isNew && !suggestedBefore.isEmpty()) {
                // Already proposed: only new, unique evidence changes anything; the person's list stays as it was.
                if (unverified.isPresent() || found.stream().noneMatch(a -> a.matched() && a.auto()
                        && open.containsKey(a.invoiceNumber()))) {
                    withdrawSettled(h, payment, suggestedBefore, open, actor);
                    continue;
                }
                withdraw(h, payment, suggestedBefore, found, actor);
            }
            String because = isNew ? "" : "re-examined: ";
            for (Allocation a : found) {
                if (!a.matched()) {
                    if (isNew) {
                        out.unmatched().add(new IntakeResult.Unmatched(payment.id(), payment.amount(),
                                payment.payerName(), a.note()));
                        events.append(h, new Event(clock.instant(), actor.who(), actor.channel(), "payment.unmatched",
                                null, null, payment.id(), a.note()));
                    }
                    continue;
                }
                Invoice invoice = open.get(a.invoiceNumber());
                if (invoice == null) {
                    continue;
                }
                Money amount = min(a.amount(), invoice.amountDue());
                Money fees = plannedFees(invoice, amount, run.remaining(a.invoiceNumber()).isZero());
                String note = because + a.note();
                if (a.auto() && unverified.isPresent()) {
                    note = "from an unauthenticated email (" + unverified.get()
                            + "): confirm with relance match-confirm; " + note;
                } else if (a.auto() && amount.isPositive()) {
                    Optional<IntakeResult.Applied> applied = apply(h, invoice, payment.id(), amount, fees, a.method(),
                            a.confidence(), because + a.method().wireName() + ", " + a.note(), null, actor);
                    if (applied.isPresent()) {
                        out.applied().add(applied.get());
                        if (!isNew) {
                            events.append(h, new Event(clock.instant(), actor.who(), actor.channel(),
                                    "payment.reexamined", invoice.id(), null, payment.id(), "payment #" + payment.id()
                                            + " waited for evidence; now " + a.method().wireName() + " to "
                                            + invoice.number() + " is unique: " + a.note()));
                        }
                        invoices.find(h, invoice.id()).ifPresent(now -> open.put(now.number(), now));
                        continue;
                    }
                    note = "not applied automatically: the invoice changed meanwhile; " + note;
                }
                if (amount.isPositive()) {
                    out.suggested().add(suggest(h, invoice, payment.id(), amount, fees, a.method(), a.confidence(), note,
                            actor));
                }
            }
        }
        return out;
    }

    /**
     * Each payment applied may make a waiting one's evidence unique (the twin of its invoice now paid): matched again
     * until nothing more is applied, as {@link Matcher#match} does on a whole book.
     */
    private Matched untilSettled(Handle h, Matched first, Actor actor) {
        Matched total = first;
        Matched last = first;
        for (int round = 0; round < Matcher.MAX_ROUNDS && !last.applied().isEmpty(); round++) {
            last = match(h, List.of(), actor);
            List<IntakeResult.Applied> applied = new ArrayList<>(total.applied());
            applied.addAll(last.applied());
            List<IntakeResult.Suggested> suggested = new ArrayList<>(total.suggested());
            suggested.addAll(last.suggested());
            Set<Long> placed = new java.util.HashSet<>();
            applied.forEach(a -> placed.add(a.paymentId()));
            suggested.forEach(a -> placed.add(a.paymentId()));
            total = new Matched(applied, suggested,
                    total.unmatched().stream().filter(u -> !placed.contains(u.paymentId())).toList());
        }
        return total;
    }

    /**
     * Payments with nothing decided on them yet, with their open suggestions (none for an unmatched one): no
     * allocation applied, rejected or reversed by a person (the matcher's own withdrawals do not count). A person's decision, or a reopened invoice's reversal, takes the
     * payment out of automatic matching for good.
     */
    private Map<Long, List<AllocationRow>> waitingPayments(Handle h) {
        Map<Long, List<AllocationRow>> out = new java.util.TreeMap<>();
        h.createQuery("""
                SELECT p.id FROM payments p WHERE p.state = 'received'
                    AND NOT EXISTS (SELECT 1 FROM allocations a WHERE a.payment_id = p.id
                    AND (a.state = 'applied' OR (a.state = 'rejected'
                        AND (a.decided_by IS NULL OR a.decided_by <> :matcher)))) ORDER BY p.id""")
                .bind("matcher", MATCHER)
                .mapTo(Long.class).forEach(id -> out.put(id, new ArrayList<>()));
        if (!out.isEmpty()) {
            for (AllocationRow row : payments.suggestions(h)) {
                List<AllocationRow> of = out.get(row.paymentId());
                if (of != null) {
                    of.add(row);
                }
            }
        }
        return out;
    }

    /** Suggestions for invoices another payment settled meanwhile (or no longer open) leave the person's list. */
    private void withdrawSettled(Handle h, Payment payment, List<AllocationRow> suggestions, Map<String, Invoice> open,
            Actor actor) {
        for (AllocationRow s : suggestions) {
            Invoice invoice = invoices.find(h, s.invoiceId()).orElseThrow();
            if (open.containsKey(invoice.number()) && open.get(invoice.number()).id() == invoice.id()) {
                continue;
            }
            payments.decide(h, s.id(), State.REJECTED, s.amount(), s.fees(), MATCHER, actor.channel());
            events.append(h, new Event(clock.instant(), actor.who(), actor.channel(), "allocation.withdrawn",
                    s.invoiceId(), null, payment.id(), "allocation #" + s.id() + " withdrawn: re-examined, "
                            + invoice.number() + " is " + invoice.status().id() + " now"));
        }
    }

    /** The open suggestions of a payment the matcher now places alone: withdrawn, saying why. */
    private void withdraw(Handle h, Payment payment, List<AllocationRow> suggestions, List<Allocation> found,
            Actor actor) {
        String to = String.join(", ", found.stream().filter(Allocation::matched).map(Allocation::invoiceNumber)
                .toList());
        for (AllocationRow s : suggestions) {
            payments.decide(h, s.id(), State.REJECTED, s.amount(), s.fees(), MATCHER, actor.channel());
            events.append(h, new Event(clock.instant(), actor.who(), actor.channel(), "allocation.withdrawn",
                    s.invoiceId(), null, payment.id(), "allocation #" + s.id() + " withdrawn: re-examined, payment #"
                            + payment.id() + " now goes to " + to));
        }
    }

    /** Why the payment's email may be forged, when it was recorded unauthenticated. */
    private static Optional<String> unverified(Handle h, long paymentId) {
        return h.createQuery("SELECT details FROM events WHERE kind = :kind AND payment_id = :id ORDER BY id")
                .bind("kind", UNVERIFIED).bind("id", paymentId).mapTo(String.class).findFirst();
    }

    /**
     * A shortfall accepted as bank fees: only when the matcher settled the invoice with this payment, and within the
     * tolerance of what the ledger says is due (the matcher's own view may include suggestions not applied).
     */
    private Money plannedFees(Invoice invoice, Money amount, boolean settledByMatcher) {
        Money gap = invoice.amountDue().minus(amount);
        if (!settledByMatcher || !gap.isPositive()) {
            return Money.zero(amount.currency());
        }
        boolean withinTolerance = gap.amount().compareTo(tolerance.maxAmount()) <= 0
                && gap.amount().compareTo(tolerance.maxRatio().multiply(invoice.amountDue().amount())) <= 0;
        return withinTolerance ? gap : Money.zero(amount.currency());
    }

    private Optional<IntakeResult.Applied> apply(Handle h, Invoice invoice, long paymentId, Money amount, Money fees,
            Method method, BigDecimal confidence, String how, Long suggestionId, Actor actor) {
        Optional<Invoice> updated = invoices.applyPayment(h, invoice, amount, fees, paymentId, how, actor.who(),
                actor.channel());
        if (updated.isEmpty()) {
            return Optional.empty();
        }
        long allocationId;
        if (suggestionId == null) {
            allocationId = payments.insertAllocation(h, paymentId, invoice.id(), amount, fees, method, confidence,
                    State.APPLIED, how, MATCHER, actor.channel());
        } else {
            allocationId = suggestionId;
            if (!payments.decide(h, suggestionId, State.APPLIED, amount, fees, actor.who(), actor.channel())) {
                // Checked in this same transaction: only a concurrent writer can get here; roll everything back.
                throw new IllegalStateException("allocation #" + suggestionId + " was decided concurrently");
            }
        }
        List<Long> cancelled = desk.cancelForPayment(h, updated.get(), paymentId, actor);
        return Optional.of(new IntakeResult.Applied(allocationId, paymentId, invoice.number(), amount, fees, method,
                updated.get().status(), updated.get().amountDue(), cancelled));
    }

    private IntakeResult.Suggested suggest(Handle h, Invoice invoice, long paymentId, Money amount, Money fees,
            Method method, BigDecimal confidence, String note, Actor actor) {
        long id = payments.insertAllocation(h, paymentId, invoice.id(), amount, fees, method, confidence,
                State.SUGGESTED, note, null, null);
        events.append(h, new Event(clock.instant(), actor.who(), actor.channel(), "allocation.suggested", invoice.id(),
                null, paymentId, "allocation #" + id + ": " + amount + " to " + invoice.number() + " ("
                        + method.wireName() + ", confidence " + confidence.toPlainString() + "): " + note));
        return new IntakeResult.Suggested(id, paymentId, invoice.number(), amount, method, confidence, note);
    }

    /** Suggestions still waiting for a person, oldest first: what the digest and Slack show with their buttons. */
    public List<IntakeResult.Suggested> openSuggestions(Handle h) {
        List<IntakeResult.Suggested> out = new ArrayList<>();
        for (AllocationRow a : payments.suggestions(h)) {
            String number = invoices.find(h, a.invoiceId()).orElseThrow().number();
            out.add(new IntakeResult.Suggested(a.id(), a.paymentId(), number, a.amount(), a.method(), a.confidence(),
                    a.note()));
        }
        return out;
    }

    /**
     * The payments waiting for a person, by date: those with open suggestions, then (or only, by {@code kinds}) those
     * nothing was applied to or proposed for. What {@code relance payments} and the chat channels list.
     */
    public List<WaitingPayment> waitingForAPerson(Set<WaitingPayment.State> kinds) {
        return ledger.read(h -> {
            List<WaitingPayment> out = new ArrayList<>();
            if (kinds.contains(WaitingPayment.State.SUGGESTED)) {
                Map<Long, List<IntakeResult.Suggested>> byPayment = new LinkedHashMap<>();
                for (IntakeResult.Suggested s : openSuggestions(h)) {
                    byPayment.computeIfAbsent(s.paymentId(), k -> new ArrayList<>()).add(s);
                }
                byPayment.forEach((id, suggestions) -> out.add(new WaitingPayment(payments.payment(h, id).orElseThrow(),
                        WaitingPayment.State.SUGGESTED, suggestions)));
                out.sort(Comparator.comparing((WaitingPayment w) -> w.payment().date())
                        .thenComparing(w -> w.payment().id()));
            }
            if (kinds.contains(WaitingPayment.State.UNMATCHED)) {
                payments.unplaced(h).forEach(p -> out.add(new WaitingPayment(p, WaitingPayment.State.UNMATCHED,
                        List.of())));
            }
            return out;
        });
    }

    /** The kept mail a payment was read from; empty for statements and mails received before mails were kept. */
    public Optional<UnreadNotifications.Read> mailOf(Handle h, long paymentId) {
        return payments.mailOf(h, paymentId).flatMap(id -> mails.read(h, id));
    }

    /** A stored payment, for showing a suggestion with its payer, date and reference. */
    public Optional<Payment> payment(Handle h, long paymentId) {
        return payments.payment(h, paymentId);
    }

    /**
     * A person confirms a suggested allocation: it is applied to the invoice (never more than the payment has left
     * or the invoice still owes), reminders of an invoice it makes paid are cancelled, and other suggestions of the
     * same payment that no longer fit are withdrawn. Confirming again is harmless.
     */
    public SuggestionDecision confirmSuggestion(long allocationId, String actor, String channel) {
        return ledger.inTransaction(h -> confirmSuggestion(h, allocationId, Actor.of(actor, channel)));
    }

    /** Like {@link #confirmSuggestion(long, String, String)}, in the caller's transaction. */
    public SuggestionDecision confirmSuggestion(Handle h, long allocationId, Actor who) {
        String actor = who.who();
        Optional<AllocationRow> row = payments.allocation(h, allocationId);
        if (row.isEmpty()) {
            return SuggestionDecision.refused(allocationId, null, "unknown allocation #" + allocationId);
        }
        AllocationRow a = row.get();
        Invoice invoice = invoices.find(h, a.invoiceId()).orElseThrow();
        String number = invoice.number();
        if (a.state() == State.APPLIED) {
            return SuggestionDecision.already(allocationId, number, "already applied to " + number);
        }
        if (a.state() == State.REJECTED) {
            return SuggestionDecision.refused(allocationId, number, "this suggestion was rejected"
                    + (a.decidedBy() == null ? "" : " by " + a.decidedBy()) + ": nothing to confirm");
        }
        if (!invoice.status().isOpen()) {
            return SuggestionDecision.refused(allocationId, number,
                    number + " is " + invoice.status().id() + ": nothing to apply");
        }
        Payment payment = payments.payment(h, a.paymentId()).orElseThrow();
        Money free = payments.unallocated(h, payment);
        if (!free.isPositive()) {
            return SuggestionDecision.refused(allocationId, number,
                    "payment #" + payment.id() + " is already fully applied to other invoices");
        }
        Money amount = min(min(a.amount(), free), invoice.amountDue());
        Money fees = a.fees().isPositive() && invoice.amountDue().minus(amount).compareTo(a.fees()) == 0
                ? a.fees() : Money.zero(amount.currency());
        Optional<IntakeResult.Applied> applied = apply(h, invoice, payment.id(), amount, fees, a.method(),
                a.confidence(), "suggestion #" + allocationId + " confirmed by " + actor, allocationId, who);
        if (applied.isEmpty()) {
            return SuggestionDecision.refused(allocationId, number, number + " changed meanwhile: try again");
        }
        withdrawAlternatives(h, payment, allocationId, who);
        IntakeResult.Applied done = applied.get();
        return SuggestionDecision.done(allocationId, number, amount + " applied to " + number + ", "
                + done.status().id() + (done.cancelledReminders().isEmpty() ? ""
                : ", " + done.cancelledReminders().size() + " reminder(s) cancelled"));
    }

    /** A person says the suggestion is wrong: it stays on record as rejected and the invoice is untouched. */
    public SuggestionDecision rejectSuggestion(long allocationId, String actor, String channel) {
        return ledger.inTransaction(h -> rejectSuggestion(h, allocationId, Actor.of(actor, channel)));
    }

    /** Like {@link #rejectSuggestion(long, String, String)}, in the caller's transaction. */
    public SuggestionDecision rejectSuggestion(Handle h, long allocationId, Actor who) {
        String actor = who.who();
        String channel = who.channel();
        Optional<AllocationRow> row = payments.allocation(h, allocationId);
        if (row.isEmpty()) {
            return SuggestionDecision.refused(allocationId, null, "unknown allocation #" + allocationId);
        }
        AllocationRow a = row.get();
        String number = invoices.find(h, a.invoiceId()).orElseThrow().number();
        if (a.state() == State.REJECTED) {
            return SuggestionDecision.already(allocationId, number, "already rejected");
        }
        if (a.state() == State.APPLIED) {
            return SuggestionDecision.refused(allocationId, number,
                    "already applied to " + number + ": it cannot be rejected any more");
        }
        payments.decide(h, allocationId, State.REJECTED, a.amount(), a.fees(), actor, channel);
        events.append(h, new Event(clock.instant(), actor, channel, "allocation.rejected", a.invoiceId(), null,
                a.paymentId(), "allocation #" + allocationId + ": " + a.amount() + " to " + number + " rejected"));
        return SuggestionDecision.done(allocationId, number, "rejected: " + number + " stays as it was");
    }

    /** Suggestions for other invoices that the rest of the payment can no longer cover were alternatives: withdrawn. */
    private void withdrawAlternatives(Handle h, Payment payment, long confirmedId, Actor actor) {
        Money free = payments.unallocated(h, payment);
        for (AllocationRow other : payments.allocationsOf(h, payment.id())) {
            if (other.id() == confirmedId || other.state() != State.SUGGESTED || other.amount().compareTo(free) <= 0) {
                continue;
            }
            payments.decide(h, other.id(), State.REJECTED, other.amount(), other.fees(), actor.who(), actor.channel());
            events.append(h, new Event(clock.instant(), actor.who(), actor.channel(), "allocation.withdrawn",
                    other.invoiceId(), null, payment.id(), "allocation #" + other.id()
                            + " withdrawn: payment #" + payment.id() + " went to suggestion #" + confirmedId));
        }
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Records the credits a learnt rule read from a kept notification, in the caller's transaction, like a mail just
     * received: an unverified sender keeps its payments suggested only, and the mail is kept as one that gave payments.
     */
    public IntakeResult recordReread(Handle h, UnreadNotifications.Waiting mail, List<BankCredit> credits, String actor,
            String channel) {
        IntakeResult result = record(h, credits, actor, channel, mail.unverified());
        keepMail(h, mail.name(), mail.raw(), mail.unverified(), result.stored());
        return result;
    }

    /**
     * A person says a payment was read wrong (another amount, payer or reference than the bank's): in the caller's
     * transaction, every allocation of it is taken back (an applied one reversed, the invoice owed again; a suggestion
     * withdrawn), the payment is withdrawn for good with a {@code payment.withdrawn} event, and the mail it was read
     * from waits again in {@link UnreadNotifications} for {@code relance bank learn}, which reads it anew. Other waiting
     * payments are then re-examined: one may be for the invoice now owed again. {@code shownAmount} (null: as stored)
     * is what the person saw; another amount is stale. Withdrawing again is harmless.
     */
    public PaymentWithdrawal withdraw(Handle h, long paymentId, Money shownAmount, String why, Actor who) {
        Optional<Payment> found = payments.payment(h, paymentId);
        if (found.isEmpty()) {
            return PaymentWithdrawal.refused(paymentId, "unknown payment #" + paymentId);
        }
        Payment payment = found.get();
        if (shownAmount != null && (!shownAmount.currency().equals(payment.amount().currency())
                || shownAmount.compareTo(payment.amount()) != 0)) {
            return new PaymentWithdrawal(paymentId, PaymentWithdrawal.Outcome.STALE, "payment #" + paymentId + " is "
                    + payment.amount() + ", not " + shownAmount + ": nothing withdrawn", List.of(), null);
        }
        if (payments.state(h, paymentId).orElseThrow() == PaymentState.WITHDRAWN) {
            return new PaymentWithdrawal(paymentId, PaymentWithdrawal.Outcome.ALREADY_DONE, "payment #" + paymentId
                    + " is already withdrawn", List.of(), null);
        }
        String because = "payment #" + paymentId + " was read wrong, says " + who.who()
                + (why == null || why.isBlank() ? "" : " (" + why.strip() + ")");
        List<String> reopened = new ArrayList<>();
        for (AllocationRow a : payments.allocationsOf(h, paymentId)) {
            Invoice invoice = invoices.find(h, a.invoiceId()).orElseThrow();
            if (a.state() == State.APPLIED) {
                if (!payments.reverse(h, a.id(), "reversed: " + because, who.who(), who.channel())) {
                    throw new IllegalStateException("allocation #" + a.id() + " changed while it was reversed");
                }
                events.append(h, new Event(clock.instant(), who.who(), who.channel(), "allocation.reversed",
                        invoice.id(), null, paymentId, "allocation #" + a.id() + ": " + a.amount() + " to "
                                + invoice.number() + " undone: " + because));
                invoices.paymentWithdrawn(h, invoice, paymentId, a.amount().plus(a.fees()), who.who(), who.channel(),
                        because).ifPresent(i -> reopened.add(i.number()));
            } else if (a.state() == State.SUGGESTED) {
                payments.decide(h, a.id(), State.REJECTED, a.amount(), a.fees(), who.who(), who.channel());
                events.append(h, new Event(clock.instant(), who.who(), who.channel(), "allocation.withdrawn",
                        invoice.id(), null, paymentId, "allocation #" + a.id() + " withdrawn: " + because));
            }
        }
        if (!payments.withdraw(h, paymentId)) {
            throw new IllegalStateException("payment #" + paymentId + " changed while it was withdrawn");
        }
        events.append(h, new Event(clock.instant(), who.who(), who.channel(), "payment.withdrawn", null, null,
                paymentId, payment.amount() + " on " + payment.date() + " from "
                        + (payment.payerName() == null ? "-" : payment.payerName()) + " withdrawn: " + because));
        Long keptAs = payments.mailOf(h, paymentId).flatMap(id -> mails.read(h, id))
                .map(mail -> mails.keepMisread(h, mail, paymentId, who.who(), who.channel())).orElse(null);
        reexamine(h, who.who(), who.channel());
        String message = "payment #" + paymentId + " (" + payment.amount() + " from "
                + (payment.payerName() == null ? "-" : payment.payerName()) + ") withdrawn"
                + (reopened.isEmpty() ? "" : "; owed again: " + String.join(", ", reopened))
                + (keptAs == null
                        ? "; it was not read from a kept mail (" + payment.file() + "): import the right statement"
                        : "; its notification waits as #" + keptAs
                                + ": relance bank learn --unread " + keptAs + " --amount … --payer …");
        return new PaymentWithdrawal(paymentId, PaymentWithdrawal.Outcome.DONE, message, reopened, keptAs);
    }
}
