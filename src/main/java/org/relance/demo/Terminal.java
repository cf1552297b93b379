package org.relance.demo;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relance.digest.Digest;
import org.relance.digest.ReplyGrammar;
import org.relance.digest.ReplyResult;
import org.relance.mail.SendReport;

/**
 * The demo's terminal channel: one command per line from standard input (a terminal or a pipe) until quit or end of
 * input; reply commands go through the digest's reply grammar and the decision seam (channel {@code terminal}), and
 * every message the bot then sends to a customer is shown as it arrived in that customer's mailbox. One thread.
 */
final class Terminal {

    private final Demo demo;
    private final DemoMailServer mail;
    private final Runnable status;
    private final Locale locale;
    /** Per customer mailbox, the messages already shown (or there before the command). */
    private final Map<String, Integer> seen = new HashMap<>();

    Terminal(Demo demo, DemoMailServer mail, Runnable status) {
        this.demo = demo;
        this.mail = mail;
        this.status = status;
        this.locale = demo.app().config().company().locale();
    }

    void run(BufferedReader in, PrintWriter out) throws IOException {
        out.println(prompt());
        out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.strip();
            String word = command.toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            out.println("> " + command);
            if (word.equals("quit") || word.equals("exit") || word.equals("q")) {
                break;
            }
            if (word.equals("status")) {
                status.run();
            } else if (word.equals("aide") || word.equals("help")) {
                out.println(ReplyGrammar.help(locale));
                out.println(extras());
            } else {
                reply(command, out);
            }
            out.flush();
        }
        out.println(french() ? "Fin de la démo." : "End of the demo.");
        out.flush();
    }

    private void reply(String command, PrintWriter out) {
        Digest digest = demo.digest().orElse(null);
        if (digest == null) {
            out.println(french() ? "Pas de digest aujourd'hui : rien à valider." : "No digest today: nothing to approve.");
            return;
        }
        snapshot();
        ReplyResult result = demo.app().digestReplies().apply(digest.id(), command, demo.terminalActor());
        out.println(result.confirmation(locale));
        sendAndShow(out);
    }

    /**
     * Sends what the decisions approved and prints each message that reached a customer's mailbox since
     * {@link #snapshot()}: the send loop would send within a minute; the demo sends now, so the reminder shows at once.
     */
    void sendAndShow(PrintWriter out) {
        demo.app().reminderMailer().queueApproved();
        SendReport report = demo.app().outboxSender(false).runOnce();
        report.configurationError().ifPresent(e -> out.println("sending: " + e));
        showDelivered(out);
    }

    /** Remembers how many messages each customer mailbox holds, so that only new ones are shown. */
    void snapshot() {
        for (String[] c : SampleMail.CUSTOMERS) {
            seen.put(c[1], count(c[1]));
        }
    }

    private int count(String address) {
        try {
            return mail.inbox(address).size();
        } catch (MessagingException e) {
            return 0;
        }
    }

    private void showDelivered(PrintWriter out) {
        for (String[] c : SampleMail.CUSTOMERS) {
            List<MimeMessage> inbox;
            try {
                inbox = mail.inbox(c[1]);
            } catch (MessagingException e) {
                out.println("(could not read " + c[1] + ": " + e.getMessage() + ")");
                continue;
            }
            int before = seen.getOrDefault(c[1], 0);
            for (MimeMessage m : inbox.subList(Math.min(before, inbox.size()), inbox.size())) {
                out.println();
                out.println((french() ? "── Arrivé dans la boîte de " : "── Arrived in the mailbox of ") + c[1]
                        + " (IMAP) ──");
                out.print(show(m));
            }
            seen.put(c[1], inbox.size());
        }
    }

    /** A message as a mail client shows it: headers, the text body, the attachments' names. */
    static String show(MimeMessage m) {
        StringBuilder out = new StringBuilder();
        try {
            out.append("From: ").append(addresses(m.getFrom())).append('\n');
            out.append("To: ").append(addresses(m.getAllRecipients())).append('\n');
            out.append("Subject: ").append(m.getSubject()).append('\n');
            out.append("Date: ").append(m.getHeader("Date", null)).append('\n');
            List<String> attachments = new ArrayList<>();
            String text = text(m, attachments);
            out.append('\n').append(text == null ? "(no text part)" : text.stripTrailing()).append('\n');
            if (!attachments.isEmpty()) {
                out.append("\nAttachments: ").append(String.join(", ", attachments)).append('\n');
            }
        } catch (MessagingException | IOException e) {
            out.append("(unreadable: ").append(e.getMessage()).append(")\n");
        }
        return out.toString();
    }

    private static String text(Part part, List<String> attachments) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            String found = null;
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart child = multi.getBodyPart(i);
                String t = text(child, attachments);
                if (found == null) {
                    found = t;
                }
            }
            return found;
        }
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            attachments.add(part.getFileName() + " (" + part.getContentType().split(";")[0] + ")");
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        return null;
    }

    private static String addresses(Address[] all) {
        if (all == null) {
            return "";
        }
        List<String> s = new ArrayList<>();
        for (Address a : all) {
            s.add(a.toString());
        }
        return String.join(", ", s);
    }

    private String prompt() {
        return french()
                ? "Tapez une commande (ex. « ok 1 », « reporter 2 7 », « escalader 3 »), « status », « aide » ou « quit »."
                : "Type a command (e.g. \"ok 1\", \"snooze 2 7\", \"escalate 3\"), \"status\", \"help\" or \"quit\".";
    }

    private String extras() {
        return french()
                ? "Dans la démo aussi :\n  status             (l'état des créances)\n  aide               (ce texte)\n  quit               (arrêter la démo ; ou Ctrl-D, Ctrl-C)"
                : "In the demo too:\n  status             (the receivables summary)\n  help               (this text)\n  quit               (stop the demo; or Ctrl-D, Ctrl-C)";
    }

    private boolean french() {
        return "fr".equals(locale.getLanguage());
    }
}
