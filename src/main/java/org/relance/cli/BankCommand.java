package org.relance.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relance.App;
import org.relance.bank.BankCredit;
import org.relance.bank.BankReadResult;
import org.relance.bank.BankReader;
import org.relance.bank.IntakeResult;
import org.relance.bank.LearntRules;
import org.relance.bank.RuleLearner;
import org.relance.bank.UnreadNotifications;
import org.relance.config.Bank;
import org.relance.config.RelanceConfig;
import org.relance.decision.DecisionOutcome;
import org.relance.decision.DecisionRequest;
import org.relance.dunning.Actor;
import org.relance.text.AmountText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relance bank learn|unread|misread}: bank notifications the built-in reader could not read, or read wrong. */
@Command(name = "bank", mixinStandardHelpOptions = true,
        description = "Bank notifications the reader could not read or read wrong: list them, say a payment was read"
                + " wrong, learn a format from one example.",
        subcommands = {BankCommand.Learn.class, BankCommand.Unread.class, BankCommand.Misread.class})
final class BankCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageProblem("choose a subcommand: relance bank learn … | relance bank unread | relance bank misread …");
    }

    /** The store, when it exists: a rule can be learnt from a file before any mail was read. */
    private static Optional<App> openStore(CliContext context, ConfigOption config, RelanceConfig loaded) {
        Optional<Path> sqlite = loaded.store().sqliteFile();
        if (sqlite.isPresent() && !Files.exists(sqlite.get())) {
            return Optional.empty();
        }
        return Optional.of(context.apps().open(loaded));
    }

    @Command(name = "learn", mixinStandardHelpOptions = true,
            description = "Derive a bank-notification rule from one example (a .eml file or a kept notification),"
                    + " show it, store it in bank.rulesFile and re-read the kept notifications with it.")
    static final class Learn implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConfigOption config;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The notification (.eml) to learn from.")
        Path file;

        @Option(names = "--unread", paramLabel = "ID", description = "Learn from a kept notification (relance bank unread).")
        Long unread;

        @Option(names = "--payment", paramLabel = "ID", description = "The payment was read wrong: learn from its"
                + " notification, withdraw it (what it paid is owed again) and record what the mail really says.")
        Long payment;

        @Option(names = "--amount", required = true, paramLabel = "A", description = "The credited amount, e.g. 1200.00.")
        String amount;

        @Option(names = "--payer", required = true, paramLabel = "P", description = "Who paid, as written in the mail.")
        String payer;

        @Option(names = "--reference", paramLabel = "R", description = "The payer's reference, as written in the mail.")
        String reference;

        @Option(names = "--date", paramLabel = "D", description = "The day of the credit written in the mail (YYYY-MM-DD).")
        LocalDate date;

        Learn(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            if ((file == null ? 0 : 1) + (unread == null ? 0 : 1) + (payment == null ? 0 : 1) != 1) {
                throw new UsageProblem("give one of FILE, --unread ID or --payment ID");
            }
            BigDecimal value = AmountText.number(amount.strip())
                    .orElseThrow(() -> new UsageProblem("--amount: not an amount: " + amount));
            if (value.signum() <= 0) {
                throw new UsageProblem("--amount: a credit is positive: " + amount);
            }
            if (payer.isBlank()) {
                throw new UsageProblem("--payer: empty");
            }
            RelanceConfig loaded = config.loadUnchecked(context.env());
            Optional<App> app = openStore(context, config, loaded);
            try {
                byte[] raw = example(app);
                String name = "learnt-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .format(context.clock().instant().atOffset(ZoneOffset.UTC));
                RuleLearner.Learnt learnt = new RuleLearner(Currency.getInstance("EUR")).learn(name, raw,
                        new RuleLearner.Example(value, payer.strip(), blankToNull(reference), date));
                if (learnt instanceof RuleLearner.Learnt.NotLearned not) {
                    context.err().println("no rule learnt: " + not.reason());
                    return 1;
                }
                RuleLearner.Learnt.Learned learned = (RuleLearner.Learnt.Learned) learnt;
                BankCredit c = learned.credit();
                context.out().println("rule " + learned.rule().name() + ": " + learned.rule().pattern().pattern());
                context.out().println("reads " + c.amount() + " from " + c.payerName()
                        + (c.reference() == null ? "" : ", reference " + c.reference()) + ", on " + c.date());
                if (payment != null && !withdraw(app.orElseThrow())) {
                    return 1;
                }
                Path rulesFile = loaded.bank().rulesFile();
                LearntRules.append(rulesFile, learned.rule());
                context.out().println("stored in " + rulesFile);
                if (app.isPresent()) {
                    // The new rule first: it was learnt because the mail was read wrong, maybe by an older rule.
                    List<Bank.Rule> rules = new ArrayList<>();
                    rules.add(learned.rule());
                    rules.addAll(loaded.bank().rules());
                    reread(app.get(), new BankReader(rules));
                }
                return 0;
            } finally {
                app.ifPresent(App::close);
            }
        }

        private byte[] example(Optional<App> app) throws IOException {
            if (file != null) {
                if (!Files.isRegularFile(file)) {
                    throw new UsageProblem(file + ": file not found");
                }
                return Files.readAllBytes(file);
            }
            if (app.isEmpty()) {
                throw new UsageProblem((unread != null ? "--unread " + unread : "--payment " + payment)
                        + ": there is no store yet, so nothing is kept");
            }
            if (payment != null) {
                App open = app.get();
                return open.ledger().inTransaction(h -> open.payments().mailOf(h, payment))
                        .map(UnreadNotifications.Read::raw)
                        .orElseThrow(() -> new UsageProblem("--payment " + payment + ": no kept notification for this"
                                + " payment (unknown, read from a statement, or received before mails were kept):"
                                + " use relance bank misread " + payment + ", then learn from the saved .eml"));
            }
            UnreadNotifications kept = app.get().unreadNotifications();
            return app.get().ledger().inTransaction(h -> kept.find(h, unread)).map(UnreadNotifications.Waiting::raw)
                    .orElseThrow(() -> new UsageProblem("--unread " + unread + ": no such waiting notification"
                            + " (relance bank unread lists them)"));
        }

        /** Withdraws the payment read wrong through the decision seam; false (and why, printed) when refused. */
        private boolean withdraw(App app) {
            DecisionOutcome outcome = app.decisions().take(new DecisionRequest.WithdrawPayment(payment, null,
                    "relance bank learn"), actor(context));
            if (outcome.refused()) {
                context.err().println("payment #" + payment + ": not done: " + outcome.message());
                return false;
            }
            context.out().println(outcome.message());
            return true;
        }

        /** Reads every kept notification again with the new rules; what now gives credits goes to the intake. */
        private void reread(App app, BankReader reader) {
            String actor = actor(context).who();
            UnreadNotifications kept = app.unreadNotifications();
            List<String> lines = app.ledger().inTransaction(h -> {
                List<String> done = new ArrayList<>();
                for (UnreadNotifications.Waiting w : kept.waiting(h)) {
                    BankReadResult read = reader.read(w.name().endsWith(".eml") ? w.name() : w.name() + ".eml", w.raw());
                    if (read.failed() || read.credits().isEmpty()) {
                        continue;
                    }
                    IntakeResult result = app.payments().recordReread(h, w, read.credits(), actor, "cli");
                    kept.resolve(h, w, read.credits().size(), actor, "cli");
                    done.add("re-read #" + w.id() + " from " + w.sender() + ": " + result.summary());
                }
                return done;
            });
            lines.forEach(context.out()::println);
            if (lines.isEmpty()) {
                context.out().println("no kept notification is read by the new rule");
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    private static Actor actor(CliContext context) {
        return Actor.cli(context.env().getOrDefault("USER", "cli"));
    }

    @Command(name = "misread", mixinStandardHelpOptions = true,
            description = "Say a payment was read wrong from the bank's notification: it is withdrawn, what it paid is"
                    + " owed again, and its mail waits for relance bank learn --unread.")
    static final class Misread implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConfigOption config;

        @Parameters(paramLabel = "PAYMENT", description = "The payment id, as relance payments or relance history shows it.")
        long payment;

        @Option(names = "--why", paramLabel = "TEXT", description = "What was wrong, kept in the history.")
        String why;

        Misread(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (App app = context.apps().open(config.load(context.env()))) {
                DecisionOutcome outcome = app.decisions().take(new DecisionRequest.WithdrawPayment(payment, null, why),
                        actor(context));
                if (outcome.refused()) {
                    context.err().println("payment #" + payment + ": not done: " + outcome.message());
                    return 1;
                }
                context.out().println(outcome.message());
                return 0;
            }
        }
    }

    @Command(name = "unread", mixinStandardHelpOptions = true,
            description = "List the bank notifications kept because they read like a credit but gave none.")
    static final class Unread implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConfigOption config;

        Unread(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            RelanceConfig loaded = config.loadUnchecked(context.env());
            Optional<App> app = openStore(context, config, loaded);
            if (app.isEmpty()) {
                context.out().println("no store yet: nothing kept");
                return 0;
            }
            try (App open = app.get()) {
                UnreadNotifications kept = open.unreadNotifications();
                List<UnreadNotifications.Waiting> waiting = open.ledger().inTransaction(kept::waiting);
                if (waiting.isEmpty()) {
                    context.out().println("no notification waiting");
                }
                for (UnreadNotifications.Waiting w : waiting) {
                    context.out().println("#" + w.id() + "\t" + w.keptAt() + "\t" + w.sender() + "\t" + w.subject());
                }
                return 0;
            }
        }
    }
}
