package org.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code check-config} tries the real servers: an in-process IMAP and SMTP server that accepts or refuses the login. */
class CheckConfigServersTest {

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                    .withUser("bot@acme.test", "bot", "right"));

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int checkConfig(String password) throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: bot, password: %s}
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: bot, password: %s}
                """.formatted(greenMail.getImap().getPort(), password, greenMail.getSmtp().getPort(), password));
        CliContext context = new CliContext(Map.of(), Clock.systemUTC(), new PrintWriter(out),
                new PrintWriter(new StringWriter()), config -> {
                    throw new AssertionError("check-config must not open the app");
                });
        return Cli.run(context, "check-config", "--config", file.toString());
    }

    @Test
    void workingServersAreEachAnOkLine() throws IOException {
        assertThat(checkConfig("right")).isZero();
        assertThat(out.toString()).contains("ok   imap: logged in as bot on 127.0.0.1")
                .contains("ok   smtp: connected as bot to 127.0.0.1");
    }

    @Test
    void aWrongPasswordIsAFailedImapCheckAndExitCode1() throws IOException {
        assertThat(checkConfig("wrong")).isEqualTo(1);
        assertThat(out.toString()).contains("fail imap: cannot log in as bot");
    }
}
