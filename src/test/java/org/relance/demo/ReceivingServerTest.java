package org.relance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Mail a user sends to the bot from any mail client (over the demo's SMTP) reaches the mailbox the bot reads with the
 * receiving server's verdict as its first header: pass for a demo mailbox, fail for anyone else.
 */
class ReceivingServerTest {

    private static void send(int port, String from, String subject) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", DemoMailServer.HOST);
        p.put("mail.smtp.port", String.valueOf(port));
        MimeMessage m = new MimeMessage(Session.getInstance(p));
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(SampleMail.BOT));
        m.setSubject(subject);
        m.setText("ok 1");
        Transport.send(m);
    }

    @Test
    void aReplyFromTheFoundersMailClientIsStampedPassAndAStrangersFail() throws Exception {
        Map<String, String> users = new LinkedHashMap<>();
        users.put(SampleMail.FOUNDER, "founder");
        users.put(SampleMail.BOT, "relance");
        users.put(SampleMail.BOT_INBOX, "relance");
        try (DemoMailServer mail = DemoMailServer.start(users);
             ReceivingServer mx = new ReceivingServer(mail, SampleMail.BOT, SampleMail.BOT_INBOX)) {
            mx.start();
            send(mail.smtpPort(), SampleMail.FOUNDER, "Re: À relancer (#ABCDEFGH)");
            send(mail.smtpPort(), "mallory@evil.test", "Re: À relancer (#ABCDEFGH)");

            List<MimeMessage> read = List.of();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (read.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                read = mail.inbox(SampleMail.BOT_INBOX);
            }

            assertThat(read).hasSize(2);
            assertThat(mail.inbox(SampleMail.BOT)).isEmpty();
            for (MimeMessage m : read) {
                String from = ((InternetAddress) m.getFrom()[0]).getAddress();
                String first = (String) java.util.Collections.list(m.getAllHeaderLines()).get(0);
                assertThat(first).isEqualTo("Authentication-Results: mx.acme.test; dmarc="
                        + (from.equals(SampleMail.FOUNDER) ? "pass header.from=acme.test" : "fail header.from=evil.test"));
            }
        }
    }
}
