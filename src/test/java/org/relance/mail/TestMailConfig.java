package org.relance.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the tests' relance.yml: Acme SAS in Paris, SQLite in {@code dir}, the company mailbox on GreenMail. */
public final class TestMailConfig {

    private TestMailConfig() {
    }

    /**
     * @param smtpOptions more entries of the smtp map, e.g. {@code ", maxPerMinute: 2"} (or "")
     * @param extraMail   more keys of the mail section, one per line, unindented (or "")
     * @return the file written, {@code dir/relance.yml}
     */
    public static Path write(Path dir, GreenMailExtension greenMail, String smtpOptions, String extraMail)
            throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                dunning: {ecbRatePercent: 2.15}
                mail:
                  imap: {host: 127.0.0.1, port: %d, security: none, username: compta, password: secret}
                  smtp: {host: 127.0.0.1, port: %d, security: none, username: compta, password: secret%s}
                """.formatted(dir.resolve("relance.db"), dir.resolve("files"), greenMail.getImap().getPort(),
                greenMail.getSmtp().getPort(), smtpOptions)
                + extraMail.lines().map(l -> "  " + l + "\n").reduce("", String::concat));
        return file;
    }
}
