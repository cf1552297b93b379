package org.relance.bank;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.relance.config.Bank;

/**
 * Reads the customer credits in bank notification emails (.eml), CAMT.053 statements and CSV exports; an unreadable
 * file is an outcome ({@link BankReadResult#failed}), never an exception.
 */
public final class BankReader {

    /** Larger than any notification or daily statement a bank sends; protects memory against a wrong file. */
    private static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final Pattern MAIL_HEADER = Pattern.compile(
            "(?im)^(?:From \\S.*\\R)?(?:from|to|subject|date|received|return-path|delivered-to|message-id|mime-version|content-type"
                    + "|x-[a-z0-9-]+|reply-to|sender|dkim-signature|authentication-results|arc-[a-z-]+):");

    private final NotificationReader notifications;
    private final Camt053Reader camt = new Camt053Reader();
    private final CsvStatementReader csv;

    /** A reader with the user's {@code bank.rules}, the default CSV mapping and euros as the default currency. */
    public BankReader(List<Bank.Rule> rules) {
        this(rules, CsvMapping.defaults(), Currency.getInstance("EUR"));
    }

    public BankReader(List<Bank.Rule> rules, CsvMapping csvMapping, Currency defaultCurrency) {
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        this.notifications = new NotificationReader(rules, defaultCurrency);
        this.csv = new CsvStatementReader(csvMapping);
    }

    /** Reads a file, choosing the format from its extension or, failing that, its content. */
    public BankReadResult read(Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return BankReadResult.failed(name, "file larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException missing) {
            return BankReadResult.failed(name, "no such file");
        } catch (IOException e) {
            return BankReadResult.failed(name, "cannot read file: " + e.getMessage());
        }
    }

    /** Reads content already in memory; {@code name} is used for the format guess and in the result. */
    public BankReadResult read(String name, byte[] content) {
        if (content.length == 0) {
            return BankReadResult.failed(name, "empty file");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String head = CsvStatementReader.decode(content.length > 4096 ? Arrays.copyOf(content, 4096) : content)
                .stripLeading();
        if (lower.endsWith(".xml") || head.startsWith("<")) {
            return camt.read(name, content);
        }
        if (lower.endsWith(".eml") || MAIL_HEADER.matcher(head).lookingAt()) {
            return readEmail(name, content);
        }
        if (lower.endsWith(".csv")) {
            return csv.read(name, content);
        }
        // Any other text may be a CSV export saved as .txt or without extension: the header decides.
        BankReadResult asCsv = head.indexOf('\0') >= 0 ? null : csv.read(name, content);
        return asCsv != null && !asCsv.failed() ? asCsv
                : BankReadResult.failed(name, "not a bank email (.eml), CAMT.053 XML or CSV statement");
    }

    /** Reads a message as the mailbox watcher receives it. */
    public BankReadResult readEmail(String name, Part message) {
        try {
            EmailText email = EmailText.of(message);
            List<BankCredit> credits = List.of();
            for (String body : email.bodies()) {
                Optional<Forwarded> forwarded = Forwarded.in(body);
                // an export pasted whole is read as the file it was, before any guess from the words around it
                credits = pastedCsv(name, body);
                if (!credits.isEmpty()) {
                    break;
                }
                credits = forwarded.isEmpty() ? notifications.read(name, email.subject(), body, email.sent(), email.from(), email.fromName())
                        : severalForwarded(name, body, email).orElseGet(() -> read(name, forwarded.get(), email));
                if (!credits.isEmpty()) {
                    break;
                }
            }
            if (email.bodies().isEmpty()) {
                credits = notifications.read(name, email.subject(), "", email.sent(), email.from(), email.fromName());
            }
            return BankReadResult.read(name, new ArrayList<>(credits));
        } catch (MessagingException | IOException e) {
            return BankReadResult.failed(name, "unreadable email: " + e.getMessage());
        }
    }

    /** A line of a CSV export: three cells or more parted by semicolons (tabs are how a mail's HTML tables read). */
    private static final Pattern CSV_LINE = Pattern.compile("^[^;\\n]*(?:;[^;\\n]*){2,}$");

    /**
     * A statement export someone pasted into the mail ("je te colle la liste … date;libelle;montant;devise"): the
     * longest run of lines with the same number of semicolon-parted cells, read as the CSV file it was, when
     * every one of its rows reads.
     */
    private List<BankCredit> pastedCsv(String name, String body) {
        List<String> block = new ArrayList<>();
        List<String> best = List.of();
        for (String line : (body + "\n").split("\r?\n")) {
            String row = line.strip();
            boolean fits = CSV_LINE.matcher(row).matches()
                    && (block.isEmpty() || cells(row) == cells(block.get(0)));
            if (fits) {
                block.add(row);
            } else {
                best = block.size() > best.size() ? block : best;
                block = CSV_LINE.matcher(row).matches() ? new ArrayList<>(List.of(row)) : new ArrayList<>();
            }
        }
        if (best.size() < 2) {
            return List.of();
        }
        BankReadResult read = csv.read(name, String.join("\n", best).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (read.failed() || !read.rejected().isEmpty()) {
            return List.of();
        }
        return read.credits().stream().map(c -> new BankCredit(c.file(), c.date(), c.amount(), c.payerName(), c.reference(),
                c.bankTxId(), BankCredit.Source.EMAIL)).toList();
    }

    private static int cells(String row) {
        return row.split(";", -1).length;
    }

    /**
     * The forwarded messages of a mail that give credits, each read as its own bank wrote it: two alerts forwarded one
     * after the other, or a notification forwarded above a quoted reply ("On … wrote:" and the accountant's question);
     * empty when none does, and the innermost message is then the one read.
     */
    private Optional<List<BankCredit>> severalForwarded(String name, String body, EmailText email) {
        List<List<BankCredit>> read = Forwarded.each(body).stream().map(f -> read(name, f, email)).filter(c -> !c.isEmpty()).toList();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<BankCredit> all = new ArrayList<>();
        read.forEach(credits -> credits.stream().filter(c -> !all.contains(c)).forEach(all::add));
        return Optional.of(all);
    }

    /** A forwarded notification is read as the bank wrote it: its subject, its day, its sender's rules. */
    private List<BankCredit> read(String name, Forwarded forwarded, EmailText email) {
        return notifications.read(name, forwarded.subject().isEmpty() ? Forwarded.unprefixed(email.subject()) : forwarded.subject(),
                forwarded.body(), forwarded.sent().or(email::sent), forwarded.from().or(email::from),
                forwarded.fromName()); // the person who forwarded it is not the payer
    }

    /**
     * True when a bank email gave no credit yet reads like a credit notification (credit words and an amount): a
     * format this reader does not know, kept for {@code relance bank learn}.
     */
    public boolean looksLikeCredit(byte[] rawEml) {
        try (InputStream in = new ByteArrayInputStream(rawEml)) {
            EmailText email = EmailText.of(new MimeMessage(Session.getInstance(new Properties()), in));
            List<String> bodies = email.bodies().isEmpty() ? List.of("") : email.bodies();
            return bodies.stream().anyMatch(body -> Forwarded.in(body)
                    .map(f -> notifications.looksLikeCredit(f.subject(), f.body()))
                    .orElseGet(() -> notifications.looksLikeCredit(email.subject(), body)));
        } catch (MessagingException | IOException e) {
            return false;
        }
    }

    /**
     * When a person's mail forwards a message that reads as a credit notification (credits found, or credit words and
     * an amount), the forwarded message's sender as its headers give it ("" when they name none); else empty.
     */
    public Optional<String> forwardedNotification(String name, byte[] rawEml) {
        try (InputStream in = new ByteArrayInputStream(rawEml)) {
            EmailText email = EmailText.of(new MimeMessage(Session.getInstance(new Properties()), in));
            for (String body : email.bodies()) {
                Optional<Forwarded> forwarded = Forwarded.in(body);
                if (forwarded.isPresent() && (!read(name, forwarded.get(), email).isEmpty()
                        || notifications.looksLikeCredit(forwarded.get().subject(), forwarded.get().body()))) {
                    return Optional.of(forwarded.get().from().orElse(""));
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException e) {
            return Optional.empty();
        }
    }

    private BankReadResult readEmail(String name, byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.ISO_8859_1);
        if (!MAIL_HEADER.matcher(head).lookingAt() || head.indexOf('\0') >= 0) {
            return BankReadResult.failed(name, "not an email: no mail headers at the start of the file");
        }
        try (InputStream in = new ByteArrayInputStream(content)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            return readEmail(name, message);
        } catch (MessagingException | IOException e) {
            return BankReadResult.failed(name, "unreadable email: " + e.getMessage());
        }
    }
}
