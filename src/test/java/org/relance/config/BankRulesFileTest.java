package org.relance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bank.rulesFile}: learnt rules beside the config, read after the inline {@code bank.rules}. */
class BankRulesFileTest {

    @TempDir
    Path dir;

    private Path config(String bank) throws Exception {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, "company: {name: Acme SAS, email: compta@acme.test}\n"
                + "store: {url: \"jdbc:sqlite:relance.db\"}\n" + bank);
        return file;
    }

    @Test
    void theDefaultRulesFileBesideTheConfigGivesItsRulesNewestFirstBeforeTheInlineOnes() throws Exception {
        Files.writeString(dir.resolve("bank-rules.yml"), "rules:\n  - name: 'learnt-1'\n    pattern: 'GOT (?<amount>\\d+)'\n"
                + "  - name: 'learnt-2'\n    pattern: 'HAD (?<amount>\\d+)'\n");

        Bank bank = ConfigLoader.load(config("bank:\n  rules: ['IN (?<amount>\\d+)']\n"), Map.of()).bank();

        assertThat(bank.rulesFile()).isEqualTo(dir.resolve("bank-rules.yml"));
        assertThat(bank.rules()).extracting(r -> r.pattern().pattern()).containsExactly("HAD (?<amount>\\d+)",
                "GOT (?<amount>\\d+)", "IN (?<amount>\\d+)");
    }

    @Test
    void aMissingRulesFileMeansNoRulesAndAConfigWithoutABankSectionStillReadsIt() throws Exception {
        assertThat(ConfigLoader.load(config(""), Map.of()).bank().rules()).isEmpty();
        Files.writeString(dir.resolve("bank-rules.yml"), "rules:\n  - 'GOT (?<amount>\\d+)'\n");
        assertThat(ConfigLoader.load(config(""), Map.of()).bank().rules()).hasSize(1);
    }

    @Test
    void anotherRulesFileIsNamedByTheKeyAndABadRuleInItNamesTheFile() throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/mine.yml"), "rules:\n  - 'no amount group'\n");

        assertThatThrownBy(() -> ConfigLoader.load(config("bank:\n  rulesFile: rules/mine.yml\n"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("mine.yml").hasMessageContaining("needs a named group (?<amount>...)");
    }
}
