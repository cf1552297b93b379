package org.relance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.mail.OutgoingMail;
import org.relance.mail.ReminderMailer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relance preview INVOICE}: exactly what approving it today would send; queues and keeps nothing. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Show what approving an invoice today would send: recipients, subject, text, attachments "
                + "(a formal notice is written as a PDF file and its path printed). Sends and records nothing.")
final class PreviewCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "INVOICE", description = "The invoice number.")
    String number;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day of the approval (default: today).")
    LocalDate today;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where attachments (the formal notice PDF) are written (default: a new temporary folder).")
    Path outDir;

    PreviewCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        try (App app = context.apps().open(config.load(context.env()))) {
            LocalDate day = today != null ? today
                    : LocalDate.now(context.clock().withZone(app.config().company().timezone()));
            Optional<ReminderMailer.Preview> preview = app.reminderMailer().preview(number, day);
            if (preview.isEmpty()) {
                context.err().println(number + ": nothing to send on " + day
                        + ": the planner proposes no reminder for it (unknown, not due, paid or already decided)");
                return 1;
            }
            ReminderMailer.Preview p = preview.get();
            PrintWriter out = context.out();
            out.printf("%s: step %s (%s) on %s, one message for %s%n", number, p.step(), p.channel(), day,
                    String.join(", ", p.invoices()));
            if (p.refused() != null) {
                context.err().println(number + ": no message can be written: " + p.refused());
                return 1;
            }
            int n = 0;
            for (OutgoingMail mail : p.mails()) {
                n++;
                out.printf("%n----- message %d of %d (%s) -----%n", n, p.mails().size(), mail.purpose());
                out.println("From: " + mail.from());
                out.println("To: " + String.join(", ", mail.to()));
                if (!mail.cc().isEmpty()) {
                    out.println("Cc: " + String.join(", ", mail.cc()));
                }
                if (!mail.bcc().isEmpty()) {
                    out.println("Bcc: " + String.join(", ", mail.bcc()));
                }
                if (OutgoingMail.REMINDER.equals(mail.purpose())) {
                    // Added as the message leaves (mail.replyTo), so a customer's answer reaches the bot too.
                    app.config().mail().map(m -> m.replyTo()).filter(r -> !r.isEmpty())
                            .ifPresent(r -> out.println("Reply-To: " + String.join(", ", r)));
                }
                mail.inReplyTo().ifPresent(id -> out.println("In-Reply-To: " + id));
                out.println("Subject: " + mail.subject());
                for (OutgoingMail.Attachment a : mail.attachments()) {
                    Path file = write(a);
                    out.printf("Attachment: %s (%s, %d bytes) written to %s%n", a.filename(), a.mimeType(),
                            a.content().length, file);
                }
                out.println();
                out.println(mail.text());
            }
        }
        return 0;
    }

    private Path write(OutgoingMail.Attachment a) throws IOException {
        if (outDir == null) {
            outDir = Files.createTempDirectory("relance-preview-");
        }
        Files.createDirectories(outDir);
        // Only the file name: an attachment name never chooses the folder.
        Path file = outDir.resolve(Path.of(a.filename()).getFileName().toString());
        Files.write(file, a.content());
        return file.toAbsolutePath();
    }
}
