package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relance.digest.ParsedReply.Command;
import org.relance.digest.ParsedReply.Kind;
import org.relance.digest.ParsedReply.NotUnderstood;

/** The reply grammar on what people actually type and what their mail clients add. */
class ReplyGrammarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static List<Command> commands(String text) {
        return ReplyGrammar.parse(text, TODAY).commands();
    }

    private static Command one(String line) {
        ParsedReply parsed = ReplyGrammar.parse(line, TODAY);
        assertThat(parsed.notUnderstood()).as(line).isEmpty();
        assertThat(parsed.commands()).as(line).hasSize(1);
        return parsed.commands().get(0);
    }

    @Test
    void frenchAndEnglishApprovalSynonymsAreOneCommandCaseAndAccentsIgnored() {
        for (String line : List.of("ok 1", "OK 1", "valider 1", "Validé 1", "approve 1", "Approuver 1", "oui 1",
                "yes 1", "go 1", "envoyer 1", "ENVOYER 1")) {
            Command c = one(line);
            assertThat(c.kind()).as(line).isEqualTo(Kind.APPROVE);
            assertThat(c.items()).as(line).containsExactly(1);
        }
    }

    @Test
    void itemListsAndRangesInEveryWrittenForm() {
        assertThat(one("ok 1 3").items()).containsExactly(1, 3);
        assertThat(one("ok 1-3").items()).containsExactly(1, 2, 3);
        assertThat(one("ok 1,3").items()).containsExactly(1, 3);
        assertThat(one("ok 1, 3 et 5").items()).containsExactly(1, 3, 5);
        assertThat(one("ok 1 à 3").items()).containsExactly(1, 2, 3);
        assertThat(one("approve 1 to 3").items()).containsExactly(1, 2, 3);
        assertThat(one("ok 3-1").items()).containsExactly(1, 2, 3);
        assertThat(one("ok 2 2 2").items()).containsExactly(2);
        assertThat(one("valider les éléments 4 et 6").items()).containsExactly(4, 6);
    }

    @Test
    void allAndToutInEitherOrder() {
        for (String line : List.of("approve all", "tout valider", "ok tout", "valider tous", "OK TOUT")) {
            Command c = one(line);
            assertThat(c.kind()).as(line).isEqualTo(Kind.APPROVE);
            assertThat(c.all()).as(line).isTrue();
            assertThat(c.items()).as(line).isEmpty();
        }
    }

    @Test
    void snoozeTakesTheLastNumberAsDaysOrSevenDaysByDefault() {
        Command c = one("reporter 2 7");
        assertThat(c.kind()).isEqualTo(Kind.SNOOZE);
        assertThat(c.items()).containsExactly(2);
        assertThat(c.days()).isEqualTo(7);
        assertThat(one("snooze 2 3 14").items()).containsExactly(2, 3);
        assertThat(one("snooze 2 3 14").days()).isEqualTo(14);
        assertThat(one("reporter 2").days()).isEqualTo(ReplyGrammar.DEFAULT_SNOOZE_DAYS);
        assertThat(one("reporter 1,3").items()).containsExactly(1, 3);
        assertThat(one("reporter 1,3").days()).isEqualTo(7);
        assertThat(one("reporter 2 de 10 jours").days()).isEqualTo(10);
        assertThat(one("reporter 2 de 10 jours").items()).containsExactly(2);
        assertThat(one("snooze 4 for 3 days").days()).isEqualTo(3);
        assertThat(one("plus tard 5 3j").kind()).isEqualTo(Kind.SNOOZE);
        assertThat(one("plus tard 5 3j").days()).isEqualTo(3);
        assertThat(one("later 1-3 14").items()).containsExactly(1, 2, 3);
        assertThat(one("later 1-3 14").days()).isEqualTo(14);
        assertThat(one("reporter tout 3").all()).isTrue();
        assertThat(one("reporter tout 3").days()).isEqualTo(3);
    }

    @Test
    void escalatePaidDisputeAndHelp() {
        assertThat(one("escalader 4").kind()).isEqualTo(Kind.ESCALATE);
        assertThat(one("Escalate 4").kind()).isEqualTo(Kind.ESCALATE);
        for (String line : List.of("payé 5", "payée 5", "réglé 5", "paid 5", "marquer payé 5", "mark paid 5")) {
            assertThat(one(line).kind()).as(line).isEqualTo(Kind.PAID);
        }
        assertThat(one("litige 6").kind()).isEqualTo(Kind.DISPUTE);
        assertThat(one("dispute 6").kind()).isEqualTo(Kind.DISPUTE);
        assertThat(one("aide").kind()).isEqualTo(Kind.HELP);
        assertThat(one("help").kind()).isEqualTo(Kind.HELP);
    }

    @Test
    void promiseDatesInIsoAndFrenchFormsAndWithoutTheYear() {
        Command iso = one("promise 6 2026-12-15");
        assertThat(iso.kind()).isEqualTo(Kind.PROMISE);
        assertThat(iso.items()).containsExactly(6);
        assertThat(iso.by()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(one("promesse 6 15/12/2026").by()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(one("promesse 6 15/12").by()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(one("promesse 6 pour le 10/01").by()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(one("Promesse 6 avant le 15/12/26").by()).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void promiseWithoutDateOrWithAPastOrImpossibleDateIsNotUnderstood() {
        assertThat(ReplyGrammar.parse("promesse 6", TODAY).notUnderstood()).extracting(NotUnderstood::why)
                .containsExactly("no_date");
        assertThat(ReplyGrammar.parse("promesse 6 2026-11-01", TODAY).notUnderstood())
                .extracting(NotUnderstood::why).containsExactly("bad_date");
        assertThat(ReplyGrammar.parse("promesse 6 31/02/2027", TODAY).notUnderstood())
                .extracting(NotUnderstood::why).containsExactly("bad_date");
    }

    @Test
    void aLineThatIsNotACommandIsKeptAsNotUnderstoodAndChatterIsDropped() {
        ParsedReply parsed = ReplyGrammar.parse("""
                Bonjour Claire,

                ok 1 3
                je ne sais pas pour le 2
                ne pas valider 4
                Merci !
                """, TODAY);
        assertThat(parsed.commands()).extracting(Command::items).containsExactly(List.of(1, 3));
        assertThat(parsed.notUnderstood()).extracting(NotUnderstood::source)
                .containsExactly("je ne sais pas pour le 2", "ne pas valider 4");
    }

    @Test
    void negationsAndTwoCommandsOnOneLineAreNeverActedOn() {
        assertThat(commands("don't approve 1")).isEmpty();
        assertThat(commands("ne pas envoyer 1")).isEmpty();
        assertThat(commands("ok 1 escalader 2")).isEmpty();
        assertThat(commands("ok")).isEmpty();
        assertThat(commands("ok tout 3")).isEmpty();
        assertThat(commands("ok 1 7j")).isEmpty();
    }

    @Test
    void englishAndFrenchMixedInOneReply() {
        assertThat(commands("ok 1\nreporter 2 7\nescalate 3\npaid 4\npromesse 5 15/12"))
                .extracting(Command::kind)
                .containsExactly(Kind.APPROVE, Kind.SNOOZE, Kind.ESCALATE, Kind.PAID, Kind.PROMISE);
    }

    @Test
    void gmailFrenchQuoteIsIgnored() {
        assertThat(commands("""
                ok 1

                Le mer. 2 déc. 2026 à 09:00, Relance <relance@acme.test> a écrit :
                > 1. Pharmacie Moreau — F-2026-0042
                > ok 2
                """)).extracting(Command::items).containsExactly(List.of(1));
    }

    @Test
    void gmailEnglishQuoteWrappedOverTwoLinesIsIgnored() {
        assertThat(commands("""
                approve 2
                On Wed, Dec 2, 2026 at 9:00 AM Relance <relance@acme.test>
                wrote:
                > approve 3
                """)).extracting(Command::items).containsExactly(List.of(2));
    }

    @Test
    void outlookFrenchAndEnglishHeaderBlocksAreIgnored() {
        assertThat(commands("""
                valider 1

                De : Relance <relance@acme.test>
                Envoyé : mercredi 2 décembre 2026 09:00
                À : Claire <claire@acme.test>
                Objet : Relance — à relancer (#ABC123)
                ok 2 3
                """)).extracting(Command::items).containsExactly(List.of(1));
        assertThat(commands("""
                ok 4
                ________________________________
                From: Relance <relance@acme.test>
                Sent: Wednesday, December 2, 2026 9:00 AM
                To: Claire
                Subject: to chase (#ABC123)
                ok 5
                """)).extracting(Command::items).containsExactly(List.of(4));
    }

    @Test
    void outlooksHeaderBlockFlattenedOnOneLineIsIgnored() {
        assertThat(commands("""
                payé 2
                De : Relance <relance@acme.test> Envoyé : mercredi 2 décembre 2026 09:00 À : Claire Objet : digest
                ok 1
                """)).extracting(Command::kind).containsExactly(Kind.PAID);
    }

    @Test
    void appleMailQuoteIsIgnored() {
        assertThat(commands("""
                escalader 3

                Envoyé de mon iPhone

                > Le 2 déc. 2026 à 09:00, Relance <relance@acme.test> a écrit :
                >
                > ok 1
                """)).extracting(Command::kind).containsExactly(Kind.ESCALATE);
        assertThat(commands("""
                ok 2
                Le 2 déc. 2026 à 09:00, Relance <relance@acme.test> a écrit :

                ok 1
                """)).extracting(Command::items).containsExactly(List.of(2));
    }

    @Test
    void theSignatureAfterDashDashAndASignOffNameAreIgnored() {
        ParsedReply parsed = ReplyGrammar.parse("ok 1\nClaire\n-- \nClaire Martin\nok 2 tél 06 12 34 56 78", TODAY);
        assertThat(parsed.commands()).extracting(Command::items).containsExactly(List.of(1));
        assertThat(parsed.notUnderstood()).isEmpty();
    }

    @Test
    void garbageIsNotUnderstoodAndNeverACommand() {
        ParsedReply parsed = ReplyGrammar.parse("\u0000\u0001 %%% ok!!!1?? ;; <script>ok 1</script> ��", TODAY);
        assertThat(parsed.commands()).isEmpty();
        assertThat(ReplyGrammar.parse("x".repeat(100_000), TODAY).notUnderstood()).extracting(NotUnderstood::why)
                .containsExactly("too_long");
        assertThat(ReplyGrammar.parse("ok 1-99999999", TODAY).commands()).isEmpty();
    }

    @Test
    void tenThousandLinesParseFastAndOnlyTheFirstTwoHundredAreRead() {
        String text = "ok 1\n".repeat(10_000);
        long start = System.nanoTime();
        ParsedReply parsed = ReplyGrammar.parse(text, TODAY);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(parsed.commands()).hasSize(ReplyGrammar.MAX_COMMANDS);
        assertThat(parsed.skipped()).isEqualTo(10_000 - ReplyGrammar.MAX_COMMANDS);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void bulletsAndPunctuationAroundACommandAreFine() {
        assertThat(one("- ok 1.").items()).containsExactly(1);
        assertThat(one("* Valider : 2, 3 !").items()).containsExactly(2, 3);
        assertThat(one("ok n°4 merci").items()).containsExactly(4);
    }
}
