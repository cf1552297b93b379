package org.relance.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.bank.RuleLearner.Example;
import org.relance.bank.RuleLearner.Learnt;
import org.relance.config.Bank;
import org.relance.config.ConfigException;
import org.relance.config.ConfigLoader;

/** Learnt rules are scoped to the sender of the mail they were learnt from; rules without a sender apply to all. */
class SenderScopedRulesTest {

    @TempDir
    Path dir;

    private final RuleLearner learner = new RuleLearner(Currency.getInstance("EUR"));

    /** A layout the built-in reader does not understand, sent by {@code from}. */
    private static byte[] advice(String from, String amount, String payer, String reference, String date) throws Exception {
        MimeMessage message = Mails.message("Account activity");
        message.setFrom(new InternetAddress(from));
        message.setText("ADVICE NOTE\n\nWe hereby advise that the sum of " + amount + " remitted by " + payer
                + " under ref. " + reference + " was placed on account 4411 value " + date + ".\n\nTreasury\n", "UTF-8");
        return Mails.bytes(message);
    }

    private Bank.Rule learntFromBankA() throws Exception {
        byte[] example = advice("Treasury <Treasury@Bank-A.example>", "GBP 2,500.00", "NORTHWIND TRADING", "INV-4711",
                "03/12/2026");
        Learnt learnt = learner.learn("learnt-a", example,
                new Example(new BigDecimal("2500.00"), "NORTHWIND TRADING", "INV-4711", LocalDate.of(2026, 12, 3)));
        assertThat(learnt).isInstanceOf(Learnt.Learned.class);
        return ((Learnt.Learned) learnt).rule();
    }

    @Test
    void aRuleLearntFromBankAsMailDoesNotReadBankBsMailOfTheSameLayout() throws Exception {
        Bank.Rule rule = learntFromBankA();
        assertThat(rule.sender()).isEqualTo("treasury@bank-a.example");
        BankReader reader = new BankReader(List.of(rule));

        byte[] fromA = advice("treasury@bank-a.example", "GBP 410.35", "O'NEILL CONSULTING LTD", "INV-4790", "05/12/2026");
        byte[] fromB = advice("treasury@bank-b.example", "GBP 410.35", "O'NEILL CONSULTING LTD", "INV-4790", "05/12/2026");

        assertThat(reader.read("a.eml", fromA).credits()).singleElement()
                .satisfies(c -> assertThat(c.amount().toString()).isEqualTo("410.35 GBP"));
        assertThat(reader.read("b.eml", fromB).credits()).as("bank B's mail").isEmpty();
    }

    @Test
    void theFromHeaderIsComparedWithoutCaseAndADomainRuleCoversItsAddressesAndSubdomains() throws Exception {
        Pattern pattern = learntFromBankA().pattern();
        BankReader byDomain = new BankReader(List.of(new Bank.Rule("domain", pattern, "@Bank-A.example")));
        byte[] other = advice("ALERTS@notify.BANK-A.example", "GBP 12.00", "J SMITH", "INV-1", "05/12/2026");
        byte[] lookalike = advice("alerts@evilbank-a.example", "GBP 12.00", "J SMITH", "INV-1", "05/12/2026");

        assertThat(byDomain.read("o.eml", other).credits()).hasSize(1);
        assertThat(byDomain.read("l.eml", lookalike).credits()).as("a domain that merely ends the same way").isEmpty();
    }

    @Test
    void aRuleWithoutSenderStillReadsEveryBanksMail() throws Exception {
        Pattern pattern = learntFromBankA().pattern();
        BankReader reader = new BankReader(List.of(new Bank.Rule("everyone", pattern)));

        assertThat(reader.read("b.eml", advice("x@bank-b.example", "GBP 7.50", "A B", "R-1", "05/12/2026")).credits())
                .hasSize(1);
    }

    @Test
    void theSenderIsWrittenToTheRulesFileAndReadBackWhileOldRulesWithoutOneStillLoad() throws Exception {
        Path rulesFile = dir.resolve("bank-rules.yml");
        Files.writeString(rulesFile, "rules:\n  - name: 'old'\n    pattern: 'GOT (?<amount>\\d+)'\n");
        LearntRules.append(rulesFile, learntFromBankA());
        Path config = dir.resolve("relance.yml");
        Files.writeString(config, "company: {name: Acme SAS, email: compta@acme.test}\n"
                + "store: {url: \"jdbc:sqlite:relance.db\"}\n"
                + "bank:\n  rules:\n    - {name: inline, pattern: 'IN (?<amount>\\d+)', sender: '@bank-c.example'}\n");

        Bank bank = ConfigLoader.load(config, Map.of()).bank();

        assertThat(bank.rules()).extracting(Bank.Rule::name, Bank.Rule::sender).containsExactly(
                org.assertj.core.groups.Tuple.tuple("learnt-a", "treasury@bank-a.example"),
                org.assertj.core.groups.Tuple.tuple("old", null),
                org.assertj.core.groups.Tuple.tuple("inline", "@bank-c.example"));
    }

    @Test
    void aSenderThatIsNeitherAnAddressNorADomainIsRefusedNamingTheKey() throws Exception {
        Path config = dir.resolve("relance.yml");
        Files.writeString(config, "company: {name: Acme SAS, email: compta@acme.test}\n"
                + "store: {url: \"jdbc:sqlite:relance.db\"}\n"
                + "bank:\n  rules:\n    - {name: inline, pattern: 'IN (?<amount>\\d+)', sender: 'Bank C'}\n");

        assertThatThrownBy(() -> ConfigLoader.load(config, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("sender").hasMessageContaining("Bank C");
    }
}
