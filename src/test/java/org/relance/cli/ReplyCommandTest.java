package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relance reply} as a user runs it: commands on stdin against the latest digest, channel terminal. */
class ReplyCommandTest {

    /** Wednesday 2 December 2026, 10:00 in Paris. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    private final TestCli cli = new TestCli(CLOCK);
    private Path config;

    @BeforeEach
    void invoices() throws IOException {
        Files.writeString(dir.resolve("invoices.csv"), """
                number,customer,customer_email,issue_date,due_date,currency,total,paid
                BIG,Client Gros,compta@gros.test,2026-10-22,2026-11-22,EUR,1234.56,0
                OLD,Client Vieux,compta@vieux.test,2026-09-03,2026-10-03,EUR,500.00,0
                """);
        config = dir.resolve("relance.yml");
        Files.writeString(config, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris, locale: fr}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files")));
        assertThat(cli.run("import", "--config", config.toString(), dir.resolve("invoices.csv").toString())).isZero();
    }

    @Test
    void withoutADigestItSaysSoAndExitsWithTwo() {
        assertThat(cli.runWithInput("ok 1\n", "reply", "--config", config.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("relance digest");
    }

    @Test
    void commandsOnStdinAreAppliedToTheLatestDigestAndConfirmed() {
        assertThat(cli.run("digest", "--config", config.toString())).isZero();

        assertThat(cli.runWithInput("ok 1\nreporter 2 7\n", "reply", "--config", config.toString())).isZero();
        assertThat(cli.out()).contains("✔ 1 Client Vieux OLD : relance approuvée")
                .contains("✔ 2 Client Gros BIG : reportée jusqu'au 09/12/2026");
        assertThat(cli.run("history", "--config", config.toString(), "OLD")).isZero();
        assertThat(cli.out()).contains("alice").contains("terminal");
    }

    @Test
    void aLineNotUnderstoodOrAnUnknownItemExitsWithOne() {
        assertThat(cli.run("digest", "--config", config.toString())).isZero();

        assertThat(cli.runWithInput("ok 1\nbof\n", "reply", "--config", config.toString(), "--today")).isEqualTo(1);
        assertThat(cli.out()).contains("✔ 1").contains("? « bof » : pas compris");
        assertThat(cli.runWithInput("ok 9\n", "reply", "--config", config.toString(), "--digest", "1")).isEqualTo(1);
        assertThat(cli.out()).contains("pas d'élément 9 dans ce digest");
    }
}
