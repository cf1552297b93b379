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
import org.relance.text.AmountText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relance bank learn|unread}: bank notifications the built-in reader could not read. */
@Command(name = "bank", mixinStandardHelpOptions = true,
        description = "Bank notifications the reader could not read: list them, learn a format from one example.",
        subcommands = {BankCommand.Learn.class, BankCommand.Unread.class})
final class BankCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageProblem("choose a subcommand: relance bank learn … | relance bank unread");
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
            if ((file == null) == (unread == null)) {
                throw new UsageProblem("give either FILE or --unread ID");
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
                Path rulesFile = loaded.bank().rulesFile();
                LearntRules.append(rulesFile, learned.rule());
                context.out().println("stored in " + rulesFile);
                if (app.isPresent()) {
                    List<Bank.Rule> rules = new ArrayList<>(loaded.bank().rules());
                    rules.add(learned.rule());
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
                throw new UsageProblem("--unread " + unread + ": there is no store yet, so nothing is kept");
            }
            UnreadNotifications kept = app.get().unreadNotifications();
            return app.get().ledger().inTransaction(h -> kept.find(h, unread)).map(UnreadNotifications.Waiting::raw)
                    .orElseThrow(() -> new UsageProblem("--unread " + unread + ": no such waiting notification"
                            + " (relance bank unread lists them)"));
        }

        /** Reads every kept notification again with the new rules; what now gives credits goes to the intake. */
        private void reread(App app, BankReader reader) {
            String actor = context.env().getOrDefault("USER", "cli");
            UnreadNotifications kept = app.unreadNotifications();
            List<String> lines = app.ledger().inTransaction(h -> {
                List<String> done = new ArrayList<>();
                for (UnreadNotifications.Waiting w : kept.waiting(h)) {
                    BankReadResult read = reader.read(w.name().endsWith(".eml") ? w.name() : w.name() + ".eml", w.raw());
                    if (read.failed() || read.credits().isEmpty()) {
                        continue;
                    }
                    IntakeResult result = app.payments().recordReread(h, read.credits(), actor, "cli", w.unverified());
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
