package org.relance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTextTest {

    @Test
    void aGmailFrenchAttributionWrappedOverTwoLinesAndItsQuoteAreRemoved() {
        String reply = """
                Bonjour,

                Le virement part demain.


                Cordialement
                Le lun. 1 déc. 2026 à 10:00, Acme SAS <compta@acme.test>
                a écrit :
                > Madame, Monsieur,
                > la facture F-2026-0042 reste impayée.
                """;
        assertThat(ReplyText.withoutQuotedHistory(reply))
                .isEqualTo("Bonjour,\n\nLe virement part demain.\n\nCordialement");
    }

    @Test
    void anEnglishAttributionOnOneLineIsRemoved() {
        assertThat(ReplyText.withoutQuotedHistory("Paid today.\r\nOn Mon, 1 Dec 2026 at 10:00, Acme <a@acme.test> wrote:\r\n> pay"))
                .isEqualTo("Paid today.");
    }

    @Test
    void outlooksHeaderBlockAndEverythingBelowIsRemoved() {
        String reply = """
                Nous contestons le montant.

                De : Acme SAS <compta@acme.test>
                Envoyé : lundi 1 décembre 2026 10:00
                À : Pharmacie Moreau
                Objet : Relance F-2026-0042
                Madame, Monsieur…
                """;
        assertThat(ReplyText.withoutQuotedHistory(reply)).isEqualTo("Nous contestons le montant.");
    }

    @Test
    void theSignatureAfterDashDashSpaceAndOriginalMessageMarkersAreRemoved() {
        assertThat(ReplyText.withoutQuotedHistory("Ok.\n-- \nJean Moreau\nPharmacie")).isEqualTo("Ok.");
        assertThat(ReplyText.withoutQuotedHistory("Vu.\n-----Message d'origine-----\nDe: x")).isEqualTo("Vu.");
    }

    @Test
    void interleavedQuotedLinesGoAndTheAnswersStay() {
        assertThat(ReplyText.withoutQuotedHistory("> Montant : 100 €\nC'est 90 €.\n> Échéance\nLe 15."))
                .isEqualTo("C'est 90 €.\nLe 15.");
    }

    @Test
    void aLineStartingWithLeThatIsNoAttributionStays() {
        assertThat(ReplyText.withoutQuotedHistory("Le paiement est parti.\nMerci"))
                .isEqualTo("Le paiement est parti.\nMerci");
        assertThat(ReplyText.withoutQuotedHistory("Le virement part demain.\nLe 20 nov. 2026, Acme a écrit :\n> x"))
                .isEqualTo("Le virement part demain.");
        assertThat(ReplyText.withoutQuotedHistory(null)).isEmpty();
    }
}
