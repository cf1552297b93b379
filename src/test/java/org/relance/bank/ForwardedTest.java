package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A notification forwarded by a person is read as the bank wrote it, and a notification's own labels are no forward. */
class ForwardedTest {

    private final BankReader reader = new BankReader(List.of());

    private static final String NOTE = "Pour info, le client a payé.\n\nClaire Martin\nGérante - Acme SARL au capital de 5 000 EUR\n"
            + "Tél. +33 6 12 34 56 78\n\n";
    private static final String BANK = "Un virement de 3 600,00 EUR a été porté au crédit de votre compte.\n"
            + "Emetteur : SARL BOIS DORMANT\nLibellé : F-2026-114\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "---------- Forwarded message ---------\nFrom: LCL <noreply@lcl.test>\nDate: Mon, 1 Feb 2027 at 18:40\n"
                + "Subject: Avis de virement reçu\nTo: <claire@acme.test>\n\n",
        "________________________________\nDe : LCL <noreply@lcl.test>\nEnvoyé : lundi 1 février 2027 18:40\n"
                + "À : Claire Martin <claire@acme.test>\nObjet : Avis de virement reçu\n\n",
        "Begin forwarded message:\n\n> From: LCL <noreply@lcl.test>\n> Subject: Avis de virement reçu\n"
                + "> Date: 1 February 2027 at 18:40:00 CET\n>\n",
        "Le 1 févr. 2027 à 18:40, LCL <noreply@lcl.test> a écrit :\n>\n",
    })
    void aForwardedNotificationIsReadWithoutTheForwardersNoteAndOnTheBanksDay(String header) throws Exception {
        String bank = header.contains("> ") || header.endsWith(">\n") ? BANK.replaceAll("(?m)^", "> ") : BANK;

        BankReadResult result = reader.read("f.eml", Mails.text("TR: Avis de virement reçu", NOTE + header + bank));

        assertThat(result.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo("3600.00 EUR");
            assertThat(c.payerName()).isEqualTo("SARL BOIS DORMANT");
            assertThat(c.reference()).isEqualTo("F-2026-114");
            assertThat(c.date()).isEqualTo(LocalDate.of(2027, 2, 1));
        });
    }

    @Test
    void aNotificationsOwnFromAndDateLabelsAreNotAForwardedMessage() {
        String body = "Money in: £740.00\n\nFrom:       K PATEL\nReference:  LESSONS FEB KP\nDate:       08 February 2027\n";

        assertThat(Forwarded.in(body)).isEmpty();
    }

    @Test
    void theForwardingPrefixesOfASubjectAreNotTheBanks() {
        assertThat(Forwarded.unprefixed("Fwd: TR: Lloyds Bank: money in")).isEqualTo("Lloyds Bank: money in");
        assertThat(Forwarded.in("Date: 3 Feb 2027\nFrom: Acme <a@acme.test>\nSubject: Paid\n\nbody").map(Forwarded::sent))
                .contains(Optional.of(LocalDate.of(2027, 2, 3)));
    }

    @Test
    void aNotificationSheRetypedAboveHerOwnEmptiedMessageIsReadAndTheHeadersAreNotItsLabels() throws Exception {
        String body = "Je te recopie le SMS de la banque :\n\"BANQUE : Vous avez recu un virement de 980,00 EUR de ASSOC DU MUSEE "
                + "le 17/11/2026. Libelle : COCKTAIL 09 NOV\"\nMerci !\n\n________________________________\n"
                + "De : Claire Martin\nEnvoyé : mardi 17 novembre 2026 18:20\nÀ : Karim\nObjet : virement asso\n";

        assertThat(reader.read("r.eml", Mails.text("TR: virement asso", body)).credits()).singleElement().satisfies(c -> {
            assertThat(c.amount().toString()).isEqualTo("980.00 EUR");
            assertThat(c.payerName()).isEqualTo("ASSOC DU MUSEE");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 17));
        });
    }
}
