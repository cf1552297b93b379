package org.relance.slack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.relance.decision.DecisionOutcome;

/** What the Slack app says, in the company's language (French or English); pure. */
final class SlackTexts {

    private final boolean fr;
    private final org.relance.decision.OutcomeWords words;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

    SlackTexts(Locale locale, ZoneId zone) {
        this.fr = "fr".equals(locale.getLanguage());
        this.words = new org.relance.decision.OutcomeWords(locale);
        this.zone = zone;
        this.date = DateTimeFormatter.ofPattern(fr ? "dd/MM/yyyy" : "dd/MM/yyyy");
    }

    /** The context line that replaces a decided item's buttons. */
    String decided(DecisionOutcome o, String user, Instant at, Optional<Instant> leaves) {
        String who = "<@" + user + ">";
        String when = time.format(at.atZone(zone));
        String until = o.until() == null ? "?" : date.format(o.until());
        return switch (o.reason()) {
            case APPROVED -> (fr ? "✅ approuvé par " + who + " à " + when : "✅ approved by " + who + " at " + when)
                    + leaves.map(l -> leaving(at, l)).orElse("");
            case SNOOZED -> fr ? "💤 reporté au " + until + " par " + who + " à " + when
                    : "💤 snoozed until " + until + " by " + who + " at " + when;
            case ESCALATED -> fr ? "⏫ passé à l'étape " + step(o) + " par " + who + " à " + when
                    : "⏫ escalated to " + step(o) + " by " + who + " at " + when;
            case MARKED_PAID -> fr ? "💶 marqué payé par " + who + " à " + when
                    : "💶 marked paid by " + who + " at " + when;
            case PROMISED -> fr ? "🤝 paiement promis pour le " + until + ", noté par " + who + " à " + when
                    : "🤝 payment promised by " + until + ", noted by " + who + " at " + when;
            case DISPUTED -> fr ? "⚠️ marqué en litige par " + who + " à " + when
                    : "⚠️ marked as disputed by " + who + " at " + when;
            case HOLD_LIFTED -> fr ? "▶️ relance reprise par " + who + " à " + when + " — reprend le " + until
                    : "▶️ resumed by " + who + " at " + when + " — resumes on " + until;
            case MATCH_CONFIRMED -> fr ? "✅ rapprochement confirmé par " + who + " à " + when
                    : "✅ match confirmed by " + who + " at " + when;
            case MATCH_REJECTED -> fr ? "❌ rapprochement rejeté par " + who + " à " + when
                    : "❌ match rejected by " + who + " at " + when;
            case INVOICE_CONFIRMED -> confirmed(o, who, when);
            case PAYMENT_WITHDRAWN -> withdrawn(o, who, when);
            default -> "✔️ " + o.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (fr ? " par " + who + " à " + when : " by " + who + " at " + when);
        };
    }

    /** "✅ F-1 confirmed by <@U1> at 10:00: 968,00 €, due 12/12/2026", with the values as stored now. */
    /** A payment a person said was read wrong: withdrawn, what it paid owed again, its mail waiting to be learnt. */
    private String withdrawn(DecisionOutcome o, String who, String when) {
        long payment = ((org.relance.decision.DecisionRequest.WithdrawPayment) o.request()).paymentId();
        String again = o.invoice() == null ? "" : (fr ? " ; " + o.invoice() + " est de nouveau due"
                : "; " + o.invoice() + " is owed again");
        return fr ? "↩️ paiement #" + payment + " mal lu, retiré par " + who + " à " + when + again
                + " — apprenez sa notification : relance bank unread, puis relance bank learn"
                : "↩️ payment #" + payment + " read wrong, withdrawn by " + who + " at " + when + again
                + " — teach its notification: relance bank unread, then relance bank learn";
    }

    private String confirmed(DecisionOutcome o, String who, String when) {
        String invoice = o.invoice() == null ? "" : o.invoice() + " ";
        if (!(o.request() instanceof org.relance.decision.DecisionRequest.ConfirmInvoice c) || c.shown() == null) {
            return fr ? "✅ " + invoice + "confirmée par " + who + " à " + when
                    : "✅ " + invoice + "confirmed by " + who + " at " + when;
        }
        org.relance.dunning.ReminderFormat format = new org.relance.dunning.ReminderFormat(fr ? "fr" : "en");
        org.relance.ledger.Money total = c.correction().total() == null ? c.shown().total()
                : org.relance.ledger.Money.of(c.correction().total(), c.shown().total().currency());
        LocalDate due = c.correction().due() == null ? c.shown().due() : c.correction().due();
        String values = format.money(total) + (due == null ? "" : (fr ? ", échéance " : ", due ") + date.format(due))
                + (c.correction().customerEmail() == null ? "" : ", " + c.correction().customerEmail());
        String verb = c.correction().isNone() ? (fr ? "confirmée" : "confirmed")
                : (fr ? "corrigée et confirmée" : "corrected and confirmed");
        return "✅ " + invoice + verb + (fr ? " par " : " by ") + who + (fr ? " à " : " at ") + when
                + (fr ? " : " : ": ") + values;
    }

    /** A field of the correction modal that cannot be read. */
    String badField(String field) {
        return switch (field) {
            case "total" -> fr ? "Un montant positif, par exemple 968,00" : "A positive amount, for example 968.00";
            case "email" -> fr ? "Une adresse email, par exemple compta@client.fr"
                    : "An email address, for example accounts@client.com";
            default -> fr ? "Valeur invalide" : "Invalid value";
        };
    }

    private String leaving(Instant at, Instant leaves) {
        LocalDate today = at.atZone(zone).toLocalDate();
        LocalDate day = leaves.atZone(zone).toLocalDate();
        String hh = time.format(leaves.atZone(zone));
        if (day.equals(today)) {
            return fr ? " — part à " + hh : " — leaves at " + hh;
        }
        return fr ? " — part le " + date.format(day) + " à " + hh : " — leaves on " + date.format(day) + " at " + hh;
    }

    private static String step(DecisionOutcome o) {
        return o.step() == null ? "?" : o.step();
    }

    /** The ephemeral answer to a click that changed nothing (a second click, a stale item, a refusal). */
    String unchanged(DecisionOutcome o) {
        String invoice = o.invoice() == null ? "" : " (" + o.invoice() + ")";
        return switch (o.status()) {
            case ALREADY_DONE -> fr ? "Déjà fait" + invoice + " : rien n'a changé."
                    : "Already done" + invoice + ": nothing changed.";
            case STALE -> (fr ? "Cet élément n'est plus à jour" + invoice + " : " + words.stale(o.reason())
                    + ". Rien n'a changé ; `/relance digest` montre ce qui est proposé maintenant."
                    : "This item is out of date" + invoice + ": " + words.stale(o.reason())
                    + ". Nothing changed; `/relance digest` shows what is proposed now.");
            case REFUSED -> (fr ? "Impossible" + invoice + " : " : "Not possible" + invoice + ": ")
                    + words.refused(o) + (fr ? ". Rien n'a changé." : ". Nothing changed.");
            case DONE -> fr ? "C'est fait." : "Done.";
        };
    }

    String notAllowed() {
        return fr ? "Vous n'êtes pas autorisé à décider des relances ici (slack.allowedUsers). Rien n'a changé."
                : "You are not allowed to decide on reminders here (slack.allowedUsers). Nothing changed.";
    }

    String failed() {
        return fr ? "Relance n'a pas pu enregistrer cette décision (erreur interne, voir le journal). Rien n'a changé."
                : "Relance could not record this decision (internal error, see the log). Nothing changed.";
    }

    String nothingToPreview(String invoice) {
        return fr ? "Rien à envoyer aujourd'hui pour " + invoice + "." : "Nothing to send today for " + invoice + ".";
    }

    String previewRefused(String invoice, String reason) {
        return fr ? "Aucun message ne peut être écrit pour " + invoice + " : " + reason
                : "No message can be written for " + invoice + ": " + reason;
    }

    String help() {
        return fr ? """
                *Relance* — commandes :
                • `/relance digest` — publie le point du jour maintenant
                • `/relance status` — encours, retards par ancienneté, DSO, plus gros débiteurs
                • `/relance invoice NUMÉRO` — l'historique d'une facture
                • `/relance help` — cette aide"""
                : """
                *Relance* — commands:
                • `/relance digest` — post today's digest now
                • `/relance status` — receivables, overdue by age, DSO, largest debtors
                • `/relance invoice NUMBER` — one invoice's history
                • `/relance help` — this help""";
    }

    String working() {
        return fr ? "Un instant…" : "Working…";
    }

    String digestComing() {
        return fr ? "Je publie le point du jour…" : "Posting today's digest…";
    }

    String commandFailed() {
        return fr ? "Relance n'a pas pu répondre (erreur interne, voir le journal)."
                : "Relance could not answer (internal error, see the log).";
    }

    String otherWorkspace() {
        return fr ? "Cette application n'appartient pas à cet espace de travail." : "This app does not belong to this workspace.";
    }
}
