package org.relance.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.relance.config.Mail;
import org.relance.config.RelanceConfig;
import org.relance.config.Slack;
import org.relance.mail.ServerChecks;
import org.relance.slack.SlackWeb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code relance check-config}: validates the configuration and prints one line per check. */
@Command(name = "check-config", mixinStandardHelpOptions = true,
        description = "Validate the configuration file and print one line per check.")
final class CheckConfigCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConfigOption config;

    private boolean failed;

    CheckConfigCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RelanceConfig loaded = config.load(context.env());
        line("ok", "config " + config.path + ": company " + loaded.company().name());
        loaded.mail().ifPresentOrElse(
                mail -> {
                    line("ok", "mail: " + describe(mail));
                    if (mail.requireAuthenticationResults()) {
                        line("ok", "mail: senders authenticated by the Authentication-Results of " + mail.authservId());
                    } else {
                        line("warn", "mail is not authenticated: bank payments from mail wait for confirmation"
                                + " (set mail.requireAuthenticationResults: true and mail.authservId)");
                    }
                    mail.imap().ifPresent(imap -> server("imap", ServerChecks.imap(imap),
                            "logged in as " + imap.username() + " on " + imap.host(),
                            "cannot log in as " + imap.username() + " on " + imap.host() + ":" + imap.port()));
                    mail.smtp().ifPresent(smtp -> server("smtp", ServerChecks.smtp(smtp),
                            "connected as " + smtp.username() + " to " + smtp.host(),
                            "cannot connect as " + smtp.username() + " to " + smtp.host() + ":" + smtp.port()));
                },
                () -> off(loaded, "mail", "no mail section"));
        loaded.slack().ifPresentOrElse(
                slack -> {
                    line("ok", "slack: " + (slack.appToken().isPresent() ? "Socket Mode" : "HTTP mode")
                            + ", channel " + slack.channel());
                    checkSlack(slack);
                },
                () -> off(loaded, "slack", "no slack section"));
        // Sections other than mail and slack (bank, digest) that were left out.
        loaded.disabled().stream()
                .filter(reason -> !reason.startsWith("mail:") && !reason.startsWith("slack:"))
                .forEach(reason -> line("off", reason));
        return failed ? 1 : 0;
    }

    /** auth.test with the bot token, then whether the bot can post in slack.channel. */
    private void checkSlack(Slack slack) {
        SlackWeb web = new SlackWeb(slack);
        SlackWeb.Identity me;
        try {
            me = web.authTest();
        } catch (SlackWeb.SlackException e) {
            failed = true;
            line("fail", "slack: " + e.getMessage() + " (check slack.botToken)");
            return;
        }
        line("ok", "slack: auth.test: workspace " + me.team() + " (" + me.teamId() + "), bot user @" + me.user()
                + " (" + me.userId() + ")");
        try {
            SlackWeb.Membership m = web.membership(slack.channel());
            if (m.member()) {
                line("ok", "slack: @" + me.user() + " is a member of #" + m.name());
            } else {
                failed = true;
                line("fail", "slack: @" + me.user() + " is not a member of #" + m.name() + ": invite @" + me.user()
                        + " to #" + m.name() + " (/invite @" + me.user() + " in the channel)");
            }
        } catch (SlackWeb.SlackException e) {
            failed = true;
            line("fail", "slack: cannot read slack.channel " + slack.channel() + ": " + e.getMessage()
                    + (e.getMessage().contains("channel_not_found") ? " (give the channel's id, C…, and invite @"
                    + me.user() + " to it)" : ""));
        }
    }

    /** One line for a server that was tried: ok, or fail with what went wrong (and the exit code becomes 1). */
    private void server(String name, Optional<String> failure, String ok, String notOk) {
        if (failure.isEmpty()) {
            line("ok", name + ": " + ok);
        } else {
            failed = true;
            line("fail", name + ": " + notOk + ": " + failure.get());
        }
    }

    private void off(RelanceConfig loaded, String section, String fallback) {
        Optional<String> reason = loaded.disabled().stream().filter(r -> r.startsWith(section + ":")).findFirst();
        line("off", reason.orElse(section + ": " + fallback));
    }

    private static String describe(Mail mail) {
        String imap = mail.imap().map(i -> "imap " + i.host() + ":" + i.port()).orElse("no imap");
        String smtp = mail.smtp().map(s -> "smtp " + s.host() + ":" + s.port()).orElse("no smtp");
        return imap + ", " + smtp + (mail.dryRun() ? ", dry run" : "");
    }

    private void line(String status, String text) {
        context.out().printf("%-4s %s%n", status, text);
    }
}
