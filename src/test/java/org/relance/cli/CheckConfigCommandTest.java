package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckConfigCommandTest {

    private static final String GOOD = """
            company: {name: Acme SAS, email: compta@acme.test}
            store: {}
            dunning: {ecbRatePercent: 2.15}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int checkConfig(Path file) {
        CliContext context = new CliContext(Map.of(), Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC),
                new PrintWriter(out), new PrintWriter(err), config -> {
                    throw new AssertionError("check-config must not open the app");
                });
        return Cli.run(context, "check-config", "--config", file.toString());
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void goodFileExitsZeroAndPrintsOneLinePerCheck() throws IOException {
        int code = checkConfig(write(GOOD));

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("ok   config").contains("off  mail: no mail section")
                .contains("off  slack: no slack section");
    }

    @Test
    void aMailboxThatRefusesTheLoginIsAFailedCheckAndExitCode1() throws IOException {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        int code = checkConfig(write(GOOD + "mail: {imap: {host: 127.0.0.1, port: " + closedPort
                + ", security: none, username: bot@acme.test, password: p}}\n"));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("fail imap: cannot log in as bot@acme.test on 127.0.0.1:" + closedPort);
    }

    @Test
    void mailWithoutAuthenticationIsAWarningThatBankPaymentsWaitForConfirmation() throws IOException {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        String smtp = "smtp: {host: 127.0.0.1, port: " + closedPort + ", security: none, username: u, password: p}";
        checkConfig(write(GOOD + "mail: {" + smtp + "}\n"));
        String off = out.toString();
        out.getBuffer().setLength(0);
        checkConfig(write(GOOD + "mail: {" + smtp + ", requireAuthenticationResults: true, authservId: mx.acme.test}\n"));

        assertThat(off).contains("warn mail is not authenticated: bank payments from mail wait for confirmation");
        assertThat(out.toString()).doesNotContain("not authenticated")
                .contains("ok   mail: senders authenticated by the Authentication-Results of mx.acme.test");
    }

    @Test
    void disabledSectionsAreReportedWithTheirReason() throws IOException {
        int code = checkConfig(write(GOOD + "slack: {botToken: '${SLACK_BOT_TOKEN}', channel: C1}\n"));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("off  slack: off (SLACK_BOT_TOKEN is not set)")
                .doesNotContain("no slack section");
    }

    @Test
    void unknownKeyExitsTwoNamingTheKey() throws IOException {
        int code = checkConfig(write(GOOD.replace("store: {}", "store: {colour: blue}")));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("relance: store.colour: unknown key");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void wrongTypeExitsTwoNamingTheKey() throws IOException {
        int code = checkConfig(write(GOOD.replace("store: {}", "store: {}\nmail: {imap: {host: h, username: u, password: p, port: abc}}")));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("mail.imap.port: expected a whole number, got \"abc\"");
    }

    @Test
    void missingFileExitsTwoNamingTheFile() {
        Path missing = dir.resolve("nope.yml");

        int code = checkConfig(missing);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(missing + ": file not found");
    }

    @Test
    void exampleFileChecksOk() {
        int code = checkConfig(Path.of("config/relance.example.yml"));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("off  mail: off (IMAP_PASSWORD, SMTP_PASSWORD are not set)");
    }
}
