package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import org.junit.jupiter.api.Test;
import org.relance.config.Mail;
import org.relance.config.Secret;

class MailSessionsTest {

    @Test
    void smtpSessionsAlwaysHaveTimeoutsAndStarttlsNeverFallsBackToPlainText() {
        Session session = MailSessions.smtp(new Mail.Smtp("smtp.acme.test", 587, Mail.Security.STARTTLS, "u",
                new Secret("p"), 20));

        assertThat(session.getProperty("mail.smtp.connectiontimeout")).isEqualTo("20000");
        assertThat(session.getProperty("mail.smtp.timeout")).isEqualTo("20000");
        assertThat(session.getProperty("mail.smtp.writetimeout")).isEqualTo("20000");
        assertThat(session.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.auth")).isEqualTo("true");
    }

    @Test
    void imapSessionsAlwaysHaveTimeoutsAndSslChecksTheServerName() {
        Session session = MailSessions.imap(new Mail.Imap("imap.acme.test", 993, Mail.Security.SSL, "u",
                new Secret("p"), "INBOX", true, 30));

        assertThat(session.getProperty("mail.imap.connectiontimeout")).isEqualTo("20000");
        assertThat(session.getProperty("mail.imap.timeout")).isEqualTo("20000");
        assertThat(session.getProperty("mail.imap.writetimeout")).isEqualTo("20000");
        assertThat(session.getProperty("mail.imap.ssl.enable")).isEqualTo("true");
        assertThat(session.getProperty("mail.imap.ssl.checkserveridentity")).isEqualTo("true");
    }
}
