package org.relance.decision;

import java.util.Locale;
import org.relance.decision.DecisionOutcome.Reason;

/**
 * Why a decision was refused or found stale, in a person's words (fr/en): one wording for every channel that
 * answers a decision (Slack, the email confirmation, the terminal). Pure.
 */
public final class OutcomeWords {

    private final boolean fr;

    public OutcomeWords(Locale locale) {
        this.fr = "fr".equals(locale.getLanguage());
    }

    /** Why a STALE decision changed nothing: what changed since the person saw the item. */
    public String stale(Reason reason) {
        return switch (reason) {
            case PROPOSAL_CHANGED -> fr ? "la proposition a changé depuis (une autre étape est due)"
                    : "the proposal changed since (another step is due)";
            case DECIDED_BY_SOMEONE_ELSE -> fr ? "quelqu'un d'autre a déjà décidé" : "someone else already decided";
            case INVOICE_PAID -> fr ? "la facture est payée" : "the invoice is paid";
            case PAYMENT_CHANGED -> fr ? "le paiement n'est plus celui affiché" : "the payment is not the one shown";
            default -> words(reason);
        };
    }

    /** Why a REFUSED decision could not be taken; the seam's own message in English when it has one. */
    public String refused(DecisionOutcome o) {
        if (!fr && o.message() != null && !o.message().isBlank()) {
            return o.message();
        }
        return switch (o.reason()) {
            case UNKNOWN_INVOICE -> fr ? "facture inconnue" : "unknown invoice";
            case UNKNOWN_REMINDER -> fr ? "relance inconnue" : "unknown reminder";
            case UNKNOWN_ALLOCATION -> fr ? "rapprochement inconnu" : "unknown match";
            case UNKNOWN_PAYMENT -> fr ? "paiement inconnu" : "unknown payment";
            case NOTHING_DUE -> fr ? "rien n'est dû aujourd'hui" : "nothing is due today";
            case INVOICE_CLOSED -> fr ? "la facture est close" : "the invoice is closed";
            case NO_ADDRESS -> fr ? "le client n'a pas d'adresse email valide" : "the customer has no valid address";
            case BEING_SENT -> fr ? "le message est en cours d'envoi" : "the message is being sent";
            case LAST_STEP -> fr ? "c'est déjà la dernière étape" : "this is already the last step";
            case OUT_OF_RANGE -> fr ? "valeur hors limites" : "value out of range";
            case CREDIT_NOTE -> fr ? "c'est un avoir" : "it is a credit note";
            case NOT_TO_CONFIRM -> fr ? "la facture n'attend pas de confirmation" : "the invoice is not waiting for confirmation";
            case BAD_CORRECTION -> fr ? "correction impossible" : "the correction cannot be applied";
            default -> words(o.reason());
        };
    }

    private static String words(Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
