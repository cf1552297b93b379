package org.relance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.io.IOException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/** Every common mark of a machine-written answer is recognised, and a person's reply is not. */
class AutoRepliesTest {

    private static MimeMessage reply(String subject, String header, String value)
            throws MessagingException, IOException {
        MimeMessage m = TestMails.plain("compta@client.test", "<r@client.test>", subject, "Bonjour");
        if (header != null) {
            m = TestMails.withHeadersOnTop(m, header + ": " + value);
        }
        return m;
    }

    @Test
    void autoreplyAndAutorespondHeadersMarkAnAutomaticReply() throws Exception {
        assertThat(AutoReplies.isAutomatic(reply("Re: Facture F-1", "X-Autoreply", "yes"))).isTrue();
        assertThat(AutoReplies.isAutomatic(reply("Re: Facture F-1", "X-Autorespond", "Out of office"))).isTrue();
    }

    @Test
    void precedenceAutoReplyMarksAnAutomaticReply() throws Exception {
        assertThat(AutoReplies.isAutomatic(reply("Re: Facture F-1", "Precedence", "auto_reply"))).isTrue();
        assertThat(AutoReplies.isAutomatic(reply("Re: Facture F-1", "Auto-Submitted", "auto-replied"))).isTrue();
    }

    @Test
    void englishOutOfOfficeSubjectsMarkAnAutomaticReply() throws Exception {
        assertThat(AutoReplies.isAutomatic(reply("Out of office: back on Monday", null, null))).isTrue();
        assertThat(AutoReplies.isAutomatic(reply("Out of the Office", null, null))).isTrue();
        assertThat(AutoReplies.isAutomatic(reply("Automatic reply: Relance facture F-1", null, null))).isTrue();
    }

    @Test
    void aPersonsReplyIsNotAutomatic() throws Exception {
        assertThat(AutoReplies.isAutomatic(reply("Re: Relance facture F-1", null, null))).isFalse();
        assertThat(AutoReplies.isAutomatic(reply("Re: Relance facture F-1", "Auto-Submitted", "no"))).isFalse();
        assertThat(AutoReplies.isAutomatic(reply("Re: Relance facture F-1", "Precedence", "list"))).isFalse();
    }
}
