package org.relance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    static final String MINIMAL = """
            company: {name: Acme SAS, email: compta@acme.test}
            store: {}
            dunning: {ecbRatePercent: 2.15}
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private RelanceConfig load(String yaml) throws IOException {
        return load(yaml, Map.of());
    }

    private RelanceConfig load(String yaml, Map<String, String> env) throws IOException {
        return ConfigLoader.load(write(yaml), env);
    }

    private ConfigException failure(String yaml) {
        return failure(yaml, Map.of());
    }

    private ConfigException failure(String yaml, Map<String, String> env) {
        try {
            load(yaml, env);
        } catch (ConfigException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a ConfigException for:\n" + yaml);
    }

    @Test
    void minimalFileGetsTheContractDefaults() throws IOException {
        RelanceConfig config = load(MINIMAL);

        assertThat(config.company().locale()).isEqualTo(Locale.FRENCH);
        assertThat(config.company().timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(config.company().paymentTermsDays()).isEqualTo(30);
        assertThat(config.company().iban()).isNull();
        // Relative store paths are the config file's folder's, wherever the command runs.
        assertThat(config.store().url()).isEqualTo("jdbc:sqlite:" + dir.toAbsolutePath().resolve("data/relance.db"));
        assertThat(config.store().files()).isEqualTo(dir.toAbsolutePath().resolve("data/files"));
        assertThat(config.store().username()).isNull();
        assertThat(config.mail()).isEmpty();
        assertThat(config.slack()).isEmpty();
        assertThat(config.bank().senders()).isEmpty();
        assertThat(config.bank().rules()).isEmpty();
        assertThat(config.digest().time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(config.digest().days()).containsExactlyInAnyOrder(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(config.digest().emailTo()).isEmpty();
        assertThat(config.disabled()).isEmpty();
        assertThat(config.invoices().confirmBelow()).isEqualByComparingTo("0.9");

        Dunning dunning = config.dunning();
        assertThat(dunning.b2b()).isTrue();
        assertThat(dunning.groupByCustomer()).isTrue();
        assertThat(dunning.recoveryIndemnity()).isEqualTo(new BigDecimal("40.00"));
        assertThat(dunning.minDaysBetweenSteps()).isEqualTo(7);
        assertThat(dunning.ladder()).containsExactly(
                new LadderStep("friendly", 1, LadderStep.Channel.EMAIL, "reminder-friendly"),
                new LadderStep("firm", 8, LadderStep.Channel.EMAIL, "reminder-firm"),
                new LadderStep("call", 15, LadderStep.Channel.TASK, null),
                new LadderStep("notice", 30, LadderStep.Channel.LETTER, "formal-notice"));
    }

    @Test
    void theConfirmationThresholdCanBeSetBetweenZeroAndOneAndIsRefusedOutsideNamingTheKey() throws IOException {
        assertThat(load(MINIMAL + "invoices: {confirmBelow: 0.95}\n").invoices().confirmBelow())
                .isEqualByComparingTo("0.95");

        assertThat(failure(MINIMAL + "invoices: {confirmBelow: 1.5}\n").getMessage())
                .contains("invoices.confirmBelow").contains("between 0 and 1");
        assertThat(failure(MINIMAL + "invoices: {confirmBellow: 0.5}\n").getMessage()).contains("confirmBellow");
    }

    @Test
    void everyLimitOnHostileMailCanBeSet() throws IOException {
        RelanceConfig config = load(MINIMAL + """
                mail:
                  imap: {host: imap.acme.test, username: bot@acme.test, password: p}
                  limits: {maxMessageMb: 5, maxMimeDepth: 8, maxMimeParts: 100, parseTimeoutSeconds: 10,
                           maxTextChars: 50000, maxParseMemoryMb: 16}
                """);

        assertThat(config.mail().orElseThrow().limits()).isEqualTo(new Mail.Limits(5, 8, 100, 10, 50_000, 16));
    }

    @Test
    void mailDefaultsApplyToAMinimalMailSection() throws IOException {
        RelanceConfig config = load(MINIMAL + """
                mail:
                  imap: {host: imap.acme.test, username: bot@acme.test, password: p}
                  smtp: {host: smtp.acme.test, username: bot@acme.test, password: p}
                """);

        Mail mail = config.mail().orElseThrow();
        Mail.Imap imap = mail.imap().orElseThrow();
        assertThat(imap.port()).isEqualTo(993);
        assertThat(imap.security()).isEqualTo(Mail.Security.SSL);
        assertThat(imap.folder()).isEqualTo("INBOX");
        assertThat(imap.idle()).isTrue();
        assertThat(imap.pollSeconds()).isEqualTo(30);
        Mail.Smtp smtp = mail.smtp().orElseThrow();
        assertThat(smtp.port()).isEqualTo(587);
        assertThat(smtp.security()).isEqualTo(Mail.Security.STARTTLS);
        assertThat(smtp.maxPerMinute()).isEqualTo(20);
        assertThat(mail.archive()).isEqualTo(new Mail.Archive(Optional.of("Sent"), Optional.empty()));
        assertThat(mail.dryRun()).isFalse();
        assertThat(mail.sendWindow().from()).isEqualTo(LocalTime.of(8, 30));
        assertThat(mail.sendWindow().to()).isEqualTo(LocalTime.of(18, 0));
        assertThat(mail.sendWindow().days()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(mail.sendWindow().skipHolidays()).isTrue();
        assertThat(mail.limits()).isEqualTo(new Mail.Limits(25, 20, 500, 30, 1_000_000, 64));
        assertThat(mail.requireAuthenticationResults()).isFalse();
        assertThat(mail.botAddress()).isEqualTo("bot@acme.test");
        assertThat(mail.trustedSenders()).isEmpty();
        assertThat(mail.processedFolder()).isEqualTo("Relance/Processed");
        assertThat(mail.quarantineFolder()).isEqualTo("Relance/Quarantine");
        assertThat(mail.recovery()).isEqualTo(Mail.Recovery.REVIEW);
        assertThat(mail.replyTo()).as("a customer's answer reaches the team and the bot")
                .containsExactly(config.company().email(), "bot@acme.test");
    }

    @Test
    void replyToIsOneAddressWhenTheBotUsesTheCompanyMailboxAndCanBeSetOrTurnedOff() throws IOException {
        String smtp = "  smtp: {host: smtp.acme.test, username: x, password: p}\n";
        Mail shared = load(MINIMAL + "mail:\n" + smtp).mail().orElseThrow();
        assertThat(shared.replyTo()).containsExactly(shared.botAddress());

        Mail set = load(MINIMAL + "mail:\n" + smtp + "  replyTo: [team@acme.test, bot@acme.test]\n")
                .mail().orElseThrow();
        assertThat(set.replyTo()).containsExactly("team@acme.test", "bot@acme.test");

        assertThat(load(MINIMAL + "mail:\n" + smtp + "  replyTo: []\n").mail().orElseThrow().replyTo()).isEmpty();
        assertThatThrownBy(() -> load(MINIMAL + "mail:\n" + smtp + "  replyTo: [not-an-address]\n"))
                .hasMessageContaining("mail.replyTo");
    }

    @Test
    void crashRecoveryCanBeSetToRetryOnce() throws IOException {
        RelanceConfig config = load(MINIMAL + """
                mail:
                  smtp: {host: smtp.acme.test, username: bot@acme.test, password: p}
                  archive: {bcc: archive@acme.test}
                  recovery: retry
                """);

        assertThat(config.mail().orElseThrow().recovery()).isEqualTo(Mail.Recovery.RETRY);
    }

    @Test
    void slackDefaultsApplyToAMinimalSlackSection() throws IOException {
        Slack slack = load(MINIMAL + """
                slack: {botToken: xoxb-1, signingSecret: s3, channel: C01}
                """).slack().orElseThrow();

        assertThat(slack.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(slack.http()).isEqualTo(new Slack.Http(3000, "/slack/events"));
        assertThat(slack.allowedUsers()).isEmpty();
        assertThat(slack.appToken()).isEmpty();
        assertThat(slack.botToken().value()).isEqualTo("xoxb-1");
    }

    @Test
    void decimalsKeepTheirExactTextAndNeverGoThroughDouble() throws IOException {
        Dunning dunning = load("""
                company: {name: A, email: a@a.test}
                store: {}
                dunning: {ecbRatePercent: 2.150, recoveryIndemnity: 40.10}
                """).dunning();

        assertThat(dunning.ecbRates().single()).contains(new BigDecimal("2.150"));
        assertThat(dunning.recoveryIndemnity().toPlainString()).isEqualTo("40.10");
    }

    @Test
    void ecbRatesPerHalfYearAreRead() throws IOException {
        EcbRates rates = load("""
                company: {name: A, email: a@a.test}
                store: {}
                dunning:
                  ecbRates: [{from: 2025-07-01, percent: 2.15}, {from: 2026-01-01, percent: 2.40}]
                """).dunning().ecbRates();

        assertThat(rates.single()).isEmpty();
        assertThat(rates.perHalfYear()).containsExactly(
                new EcbRates.Entry(LocalDate.of(2025, 7, 1), new BigDecimal("2.15")),
                new EcbRates.Entry(LocalDate.of(2026, 1, 1), new BigDecimal("2.40")));
    }

    @Test
    void b2cNeedsNoEcbRate() throws IOException {
        Dunning dunning = load("""
                company: {name: A, email: a@a.test}
                store: {}
                dunning: {b2b: false}
                """).dunning();

        assertThat(dunning.b2b()).isFalse();
        assertThat(dunning.ecbRates().single()).isEmpty();
        assertThat(dunning.ecbRates().perHalfYear()).isEmpty();
    }

    @Test
    void missingFileIsNamedWithAHint() {
        Path file = dir.resolve("config/relance.yml");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": file not found (copy config/relance.example.yml and edit it)");
    }

    @Test
    void unparseableYamlNamesTheFileAndLine() throws IOException {
        Path file = write("company:\n  name: Acme\n  email: a: b\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": line 3")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void duplicateKeyIsAnError() {
        assertThat(failure(MINIMAL + "store: {}\n").getMessage()).startsWith("store: duplicate key");
    }

    @Test
    void unknownKeyInCompanyIsAnError() {
        ConfigException e = failure(MINIMAL.replace("company: {", "company: {foo: 1, "));
        assertThat(e.getMessage()).startsWith("company.foo: unknown key");
        assertThat(e.key()).isEqualTo("company.foo");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            colour: blue                                | colour: unknown key
            store2: {}                                  | store2: unknown key (did you mean store?)
            mail:\\n  imap:\\n    hots: x               | mail.imap.hots: unknown key (did you mean host?)
            bank: {senders: [], rulez: []}              | bank.rulez: unknown key (did you mean rules?)
            digest: {time: '09:00', emailto: []}        | digest.emailto: unknown key (did you mean emailTo?)
            slack: {botToken: t, http: {port: 1, host: x}} | slack.http.host: unknown key
            """)
    void unknownKeysAnywhereAreErrors(String extra, String expected) {
        assertThat(failure(MINIMAL + extra.replace("\\n", "\n") + "\n").getMessage()).startsWith(expected);
    }

    @Test
    void unknownKeyInsideAListItemIsAnError() {
        ConfigException e = failure(MINIMAL.replace("{ecbRatePercent: 2.15}",
                "{ecbRatePercent: 2.15, ladder: [{id: a, afterDueDays: 1, channel: task, wait: 2}]}"));
        assertThat(e.getMessage()).startsWith("dunning.ladder[0].wait: unknown key");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            mail: {imap: {host: h, port: abc, username: u, password: p}}      | mail.imap.port: expected a whole number, got "abc"
            mail: {imap: {host: h, port: 0, username: u, password: p}}        | mail.imap.port: must be between 1 and 65535, got 0
            mail: {imap: {host: h, port: 70000, username: u, password: p}}    | mail.imap.port: must be between 1 and 65535, got 70000
            mail: {imap: {host: h, security: tls, username: u, password: p}}  | mail.imap.security: expected one of none, starttls, ssl, got "tls"
            mail: {imap: {host: h, idle: yes, username: u, password: p}}     | mail.imap.idle: expected true or false, got "yes"
            mail: {imap: {host: h, username: u, password: p}, sendWindow: {from: '25:00'}} | mail.sendWindow.from: not a time (HH:MM): "25:00"
            mail: {imap: {host: h, username: u, password: p}, sendWindow: {days: [MON, FUN]}} | mail.sendWindow.days[1]: not a day (MON, TUE, WED, THU, FRI, SAT, SUN): "FUN"
            mail: {imap: {host: h, username: u, password: p}, sendWindow: {from: '18:00', to: '08:00'}} | mail.sendWindow.to: must be later than mail.sendWindow.from (18:00)
            mail: {imap: {host: h, username: u, password: p}, trustedSenders: [boss]} | mail.trustedSenders[0]: not an email address: "boss"
            mail: {imap: {host: h, username: u, password: p}, requireAuthenticationResults: true} | mail.authservId: required when mail.requireAuthenticationResults is true
            mail: {imap: [h]}                                                  | mail.imap: expected a section (key: value lines), got a list
            mail: {dryRun: false}                                              | mail: needs imap, smtp or both
            mail: {smtp: {host: h, username: u, password: p}, recovery: resend} | mail.recovery: expected one of retry, review, got "resend"
            bank: {senders: [bank.test]}                                       | bank.senders[0]: not an email address: "bank.test"
            bank: {rules: ['(?<amount>\\d+']}                                  | bank.rules[0]: not a valid regex
            bank: {rules: ['(?<payer>\\w+)']}                                  | bank.rules[0]: needs a named group (?<amount>...)
            bank: {rules: ['(?<amount>\\d+) (?<iban>\\w+)']}                   | bank.rules[0]: named group (?<iban>) is not one of
            bank: {rules: [{name: x, pattern: '(?<amount>[0-9'}]}               | bank.rules[0].pattern: not a valid regex
            bank: {senders: a@b.test}                                          | bank.senders: expected a list, got text
            digest: {emailTo: [x]}                                             | digest.emailTo[0]: not an email address: "x"
            digest: {time: noon}                                               | digest.time: not a time (HH:MM): "noon"
            slack: {botToken: t, signingSecret: s, channel: C1, http: {port: -1}} | slack.http.port: must be between 1 and 65535, got -1
            slack: {botToken: t, channel: C1}                                  | slack.signingSecret: required when slack.appToken is not set
            slack: {botToken: t, signingSecret: s}                             | slack.channel: missing (required)
            """)
    void badValuesInOptionalSectionsNameTheKey(String section, String expected) {
        assertThat(failure(MINIMAL + section + "\n").getMessage()).startsWith(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            company: {email: a@a.test}                      | company.name: missing (required)
            company: {name: A}                              | company.email: missing (required)
            company: {name: '', email: a@a.test}            | company.name: must not be empty
            company: {name: A, email: x}                    | company.email: not an email address: "x"
            company: {name: A, email: a@a.test, locale: de} | company.locale: expected one of fr, en, got "de"
            company: {name: A, email: a@a.test, timezone: Mars/Base} | company.timezone: not a time zone such as Europe/Paris: "Mars/Base"
            company: {name: A, email: a@a.test, paymentTermsDays: -5} | company.paymentTermsDays: must not be negative
            company: {name: A, email: a@a.test, paymentTermsDays: 1.5} | company.paymentTermsDays: expected a whole number, got "1.5"
            company: {name: A, email: a@a.test, iban: FR76 0000} | company.iban: not a valid IBAN: "FR76 0000"
            company: {name: A, email: a@a.test, siren: 12345} | company.siren: not a SIREN (9 digits): "12345"
            company: [A]                                    | company: expected a section (key: value lines), got a list
            """)
    void badCompanyValuesNameTheKey(String company, String expected) {
        String yaml = company + "\nstore: {}\ndunning: {ecbRatePercent: 2.15}\n";
        assertThat(failure(yaml).getMessage()).startsWith(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {minDaysBetweenSteps: -1, ecbRatePercent: 2}        | dunning.minDaysBetweenSteps: must not be negative
            {b2b: true}                                          | dunning.ecbRatePercent: required when dunning.b2b is true: the ECB main refinancing rate, e.g. 2.15
            {ecbRatePercent: lots}                               | dunning.ecbRatePercent: expected a number such as 2.15, got "lots"
            {ecbRatePercent: 2, ecbRates: [{from: 2026-01-01, percent: 2}]} | dunning.ecbRates: give either dunning.ecbRatePercent or dunning.ecbRates, not both
            {ecbRates: [{from: 2026-01-01, percent: 2}, {from: 2026-13-01, percent: 2}]} | dunning.ecbRates[1].from: not a date (YYYY-MM-DD): "2026-13-01"
            {ecbRates: [{from: 2026-02-01, percent: 2}]}         | dunning.ecbRates[0].from: must be a 1 January or a 1 July
            {ecbRates: [{from: 2026-07-01, percent: 2}, {from: 2026-01-01, percent: 2}]} | dunning.ecbRates[1].from: must come after 2026-07-01
            {ecbRates: [{from: 2026-01-01, percent: 2}, {from: 2026-01-01, percent: 3}]} | dunning.ecbRates[1].from: must come after 2026-01-01
            {ecbRates: [{from: 2026-01-01}]}                     | dunning.ecbRates[0].percent: missing (required)
            {ecbRatePercent: 2, recoveryIndemnity: 40.001}       | dunning.recoveryIndemnity: at most 2 decimals
            {ecbRatePercent: 2, recoveryIndemnity: -40}          | dunning.recoveryIndemnity: must not be negative
            {ecbRatePercent: 2, ladder: []}                      | dunning.ladder: must list at least one step
            {ecbRatePercent: 2, ladder: [{id: a, afterDueDays: 1, channel: email, template: t}, {id: a, afterDueDays: 2, channel: task}]} | dunning.ladder[1].id: duplicate step id "a"
            {ecbRatePercent: 2, ladder: [{id: a, afterDueDays: 9, channel: task}, {id: b, afterDueDays: 2, channel: task}]} | dunning.ladder[1].afterDueDays: must not be less than the previous step's (9)
            {ecbRatePercent: 2, ladder: [{id: a, afterDueDays: 1, channel: email}]} | dunning.ladder[0].template: missing (required for channel email)
            {ecbRatePercent: 2, ladder: [{id: a, afterDueDays: 1, channel: letter}]} | dunning.ladder[0].template: missing (required for channel letter)
            {ecbRatePercent: 2, ladder: [{id: a, afterDueDays: 1, channel: fax, template: t}]} | dunning.ladder[0].channel: expected one of email, task, letter, got "fax"
            {ecbRatePercent: 2, ladder: [{id: a, afterDueDays: 1, channel: email, template: ../etc/passwd}]} | dunning.ladder[0].template: only letters, digits, - and _ are allowed
            """)
    void badDunningValuesNameTheKey(String dunning, String expected) {
        String yaml = "company: {name: A, email: a@a.test}\nstore: {}\ndunning: " + dunning + "\n";
        assertThat(failure(yaml).getMessage()).startsWith(expected);
    }

    @Test
    void errorsCarryTheKeySeparately() {
        ConfigException e = failure("company: {name: A, email: a@a.test}\nstore: {url: 'mysql://x'}\n");
        assertThat(e.key()).isEqualTo("store.url");
        assertThat(e.getMessage()).isEqualTo("store.url: expected a jdbc:sqlite: or jdbc:postgresql: URL");
    }

    @Test
    void storeSectionIsRequired() {
        assertThat(failure("company: {name: A, email: a@a.test}\ndunning: {ecbRatePercent: 2}\n").getMessage())
                .isEqualTo("store: missing (required)");
    }

    @Test
    void companySectionIsRequired() {
        assertThat(failure("store: {}\ndunning: {ecbRatePercent: 2}\n").getMessage())
                .isEqualTo("company: missing (required)");
    }

    @Test
    void casesOfEnumsAndDaysDoNotMatter() throws IOException {
        RelanceConfig config = load(MINIMAL.replace("store: {}", "store: {}\ndigest: {days: [mon, Saturday]}")
                .replace("company: {", "company: {locale: EN, "));

        assertThat(config.company().locale()).isEqualTo(Locale.ENGLISH);
        assertThat(config.digest().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
    }

    @Test
    void environmentVariablesAreSubstitutedEverywhere() throws IOException {
        RelanceConfig config = load("""
                company: {name: "${COMPANY} SAS", email: "${EMAIL}"}
                store: {url: "jdbc:sqlite:${DATA:-data}/relance.db"}
                dunning: {ecbRatePercent: "${ECB_RATE:-2.15}", minDaysBetweenSteps: "${GAP}"}
                """, Map.of("COMPANY", "Acme", "EMAIL", "a@acme.test", "GAP", "3"));

        assertThat(config.company().name()).isEqualTo("Acme SAS");
        assertThat(config.company().email()).isEqualTo("a@acme.test");
        assertThat(config.store().url()).isEqualTo("jdbc:sqlite:" + dir.toAbsolutePath().resolve("data/relance.db"));
        assertThat(config.dunning().ecbRates().single()).contains(new BigDecimal("2.15"));
        assertThat(config.dunning().minDaysBetweenSteps()).isEqualTo(3);
    }

    @Test
    void aSetVariableWinsOverItsDefault() throws IOException {
        RelanceConfig config = load(MINIMAL.replace("2.15", "'${ECB_RATE:-2.15}'"), Map.of("ECB_RATE", "3.40"));

        assertThat(config.dunning().ecbRates().single()).contains(new BigDecimal("3.40"));
    }

    @Test
    void substitutedValuesAreValidatedLikeWrittenOnes() {
        ConfigException e = failure(MINIMAL.replace("company: {", "company: {paymentTermsDays: \"${TERMS}\", "),
                Map.of("TERMS", "soon"));
        assertThat(e.getMessage()).isEqualTo("company.paymentTermsDays: expected a whole number, got \"soon\"");
    }

    @Test
    void unsetVariableInARequiredSectionIsAnErrorNamingVariableAndKey() {
        ConfigException e = failure(MINIMAL.replace("Acme SAS", "'${COMPANY_NAME}'"));
        assertThat(e.getMessage()).isEqualTo("company.name: environment variable COMPANY_NAME is not set");
    }

    @Test
    void unsetVariableInDunningIsAnError() {
        ConfigException e = failure(MINIMAL.replace("2.15", "'${ECB_RATE}'"));
        assertThat(e.getMessage()).isEqualTo("dunning.ecbRatePercent: environment variable ECB_RATE is not set");
    }

    @Test
    void malformedReferenceIsAnError() {
        ConfigException e = failure(MINIMAL.replace("Acme SAS", "'${COMPANY'"));
        assertThat(e.getMessage()).startsWith("company.name: malformed ${...} reference");
    }

    @Test
    void unsetVariableInAnOptionalSectionTurnsTheSectionOffWithTheReason() throws IOException {
        RelanceConfig config = load(MINIMAL + """
                mail:
                  imap: {host: h, username: u@acme.test, password: "${IMAP_PASSWORD}"}
                  smtp: {host: h, username: u@acme.test, password: "${SMTP_PASSWORD}"}
                slack: {botToken: "${SLACK_BOT_TOKEN}", appToken: "${SLACK_APP_TOKEN}", channel: C1}
                bank: {senders: ["${BANK_SENDER}"]}
                digest: {emailTo: ["${BOSS}"]}
                """);

        assertThat(config.mail()).isEmpty();
        assertThat(config.slack()).isEmpty();
        assertThat(config.bank().senders()).isEmpty();
        assertThat(config.digest().emailTo()).isEmpty();
        assertThat(config.disabled()).containsExactly(
                "mail: off (IMAP_PASSWORD, SMTP_PASSWORD are not set)",
                "bank: off (BANK_SENDER is not set)",
                "digest: left out, defaults used (BOSS is not set)",
                "slack: off (SLACK_BOT_TOKEN is not set)");
    }

    @Test
    void unsetAppTokenMeansHttpModeNotSlackOff() throws IOException {
        RelanceConfig config = load(MINIMAL + """
                slack: {botToken: "${SLACK_BOT_TOKEN}", appToken: "${SLACK_APP_TOKEN}",
                        signingSecret: "${SLACK_SIGNING_SECRET}", channel: C1}
                """, Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "sig"));

        Slack slack = config.slack().orElseThrow();
        assertThat(slack.appToken()).isEmpty();
        assertThat(slack.signingSecret()).contains(new Secret("sig"));
        assertThat(config.disabled()).isEmpty();
    }

    @Test
    void httpModeWithUnsetSigningSecretTurnsSlackOff() throws IOException {
        RelanceConfig config = load(MINIMAL + """
                slack: {botToken: "${SLACK_BOT_TOKEN}", appToken: "${SLACK_APP_TOKEN}",
                        signingSecret: "${SLACK_SIGNING_SECRET}", channel: C1}
                """, Map.of("SLACK_BOT_TOKEN", "xoxb-1"));

        assertThat(config.slack()).isEmpty();
        assertThat(config.disabled()).containsExactly("slack: off (SLACK_SIGNING_SECRET is not set)");
    }

    @Test
    void socketModeNeedsNoSigningSecret() throws IOException {
        Slack slack = load(MINIMAL + "slack: {botToken: b, appToken: xapp-1, channel: C1}\n").slack().orElseThrow();

        assertThat(slack.appToken()).contains(new Secret("xapp-1"));
        assertThat(slack.signingSecret()).isEmpty();
    }

    @Test
    void anErrorInAnOptionalSectionIsStillAnError() {
        ConfigException e = failure(MINIMAL + "slack: {botToken: \"${SLACK_BOT_TOKEN}\", chanel: C1}\n");
        assertThat(e.getMessage()).startsWith("slack.chanel: unknown key (did you mean channel?)");
    }

    @Test
    void bankRulesCompileWithTheirNames() throws IOException {
        Bank bank = load(MINIMAL + """
                bank:
                  senders: [alerts@bank.test]
                  rules:
                    - 'Credit (?<amount>[0-9.,]+) EUR'
                    - {name: mybank, pattern: 'from (?<payer>.+): (?<amount>[0-9.,]+) (?<currency>[A-Z]{3})'}
                """).bank();

        assertThat(bank.senders()).containsExactly("alerts@bank.test");
        assertThat(bank.rules()).extracting(Bank.Rule::name).containsExactly("bank.rules[0]", "mybank");
        assertThat(bank.rules().get(1).pattern().matcher("from ACME: 12.50 EUR").matches()).isTrue();
    }

    @Test
    void theBankFeeToleranceDefaultsToTenEurosAndOnePercentAndCanBeSetButNotNegative() throws IOException {
        Bank defaults = load(MINIMAL).bank();
        Bank set = load(MINIMAL + "bank: {feeTolerance: {maxAmount: 25.50, maxPercent: 0.5}}\n").bank();

        assertThat(defaults.feeMaxAmount()).isEqualByComparingTo("10.00");
        assertThat(defaults.feeMaxPercent()).isEqualByComparingTo("1");
        assertThat(set.feeMaxAmount()).isEqualTo(new java.math.BigDecimal("25.50"));
        assertThat(set.feeMaxPercent()).isEqualTo(new java.math.BigDecimal("0.5"));
        assertThat(failure(MINIMAL + "bank: {feeTolerance: {maxAmount: -1}}\n").getMessage())
                .startsWith("bank.feeTolerance.maxAmount: ");
    }

    @Test
    void secretValuesNeverAppearInErrorMessages() {
        String secret = "hunter2-do-not-print";
        Map<String, String> env = Map.of("SECRET", secret);
        List<String> yamls = List.of(
                MINIMAL + "mail: {imap: {host: h, username: u, password: [" + secret + "]}}",
                MINIMAL + "mail: {imap: {host: h, username: u, password: \"${" + secret + "\"}}",
                MINIMAL + "slack: {botToken: " + secret + ", channel: C1}",
                MINIMAL + "slack: {botToken: {a: " + secret + "}, channel: C1, signingSecret: s}",
                MINIMAL + "mail: {imap: {host: h, username: u, password: " + secret + ", port: x}}",
                MINIMAL.replace("store: {}", "store: {url: 'jdbc:mysql://u:" + secret + "@h/db'}"),
                MINIMAL.replace("store: {}", "store: {password: " + secret + ", url: x}"),
                "company: {name: A, email: a@a.test}\nstore: {password: \"" + secret + "\": x}\n",
                MINIMAL + "mail: {imap: {host: h, username: u, password: '" + secret + "' x}}",
                MINIMAL + "slack: {signingSecret: '" + secret + "', mySecretToken: y}");
        for (String yaml : yamls) {
            ConfigException e = failure(yaml, Map.of());
            assertThat(e.getMessage()).as(yaml).doesNotContain(secret).doesNotContain("hunter2");
        }
        // A secret that reaches a non-secret key through a secret variable is still the user's value;
        // a secret key itself is always <hidden>.
        ConfigException e = failure(MINIMAL + "slack: {botToken: '${SECRET}', appToken: x, channel: C1, "
                + "http: {port: 3000, path: 'no-slash'}, allowedUsers: {a: b}}", env);
        assertThat(e.getMessage()).doesNotContain(secret);
    }

    @Test
    void secretsAreWrappedAndHiddenInToString() throws IOException {
        RelanceConfig config = load(MINIMAL + """
                mail:
                  smtp: {host: h, username: u@acme.test, password: "${SMTP_PASSWORD}"}
                """, Map.of("SMTP_PASSWORD", "s3cret"));

        Mail.Smtp smtp = config.mail().orElseThrow().smtp().orElseThrow();
        assertThat(smtp.password().value()).isEqualTo("s3cret");
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void secretKeysAreRecognisedByName() {
        assertThat(MapReader.isSecret("mail.smtp.password")).isTrue();
        assertThat(MapReader.isSecret("slack.botToken")).isTrue();
        assertThat(MapReader.isSecret("slack.signingSecret")).isTrue();
        assertThat(MapReader.isSecret("x.apiTokens[2]")).isTrue();
        assertThat(MapReader.isSecret("store.username")).isTrue();
        assertThat(MapReader.isSecret("mail.imap.username")).isFalse();
        assertThat(MapReader.shown("slack.appToken", "xapp")).isEqualTo("<hidden>");
    }

    @Test
    void exampleFileLoadsWithSecretsUnset() {
        Path example = Path.of("config/relance.example.yml");

        RelanceConfig config = ConfigLoader.load(example, Map.of());

        assertThat(config.company().name()).isEqualTo("Acme SAS");
        assertThat(config.company().iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(config.dunning().ecbRates().single()).contains(new BigDecimal("2.15"));
        assertThat(config.mail()).isEmpty();
        assertThat(config.slack()).isEmpty();
        assertThat(config.bank().senders()).containsExactly("alerts@bank.test");
        assertThat(config.digest().emailTo()).containsExactly("founder@acme.test");
        assertThat(config.disabled()).containsExactly(
                "mail: off (IMAP_PASSWORD, SMTP_PASSWORD are not set)",
                "slack: off (SLACK_BOT_TOKEN is not set)");
    }

    @Test
    void exampleFileLoadsFullyWhenSecretsAreSet() {
        Map<String, String> env = Map.of("IMAP_PASSWORD", "i", "SMTP_PASSWORD", "s",
                "SLACK_BOT_TOKEN", "xoxb", "SLACK_SIGNING_SECRET", "sig");

        RelanceConfig config = ConfigLoader.load(Path.of("config/relance.example.yml"), env);

        assertThat(config.disabled()).isEmpty();
        Mail mail = config.mail().orElseThrow();
        assertThat(mail.imap().orElseThrow().port()).isEqualTo(993);
        assertThat(mail.smtp().orElseThrow().password().value()).isEqualTo("s");
        assertThat(mail.trustedSenders()).containsExactly("founder@acme.test");
        assertThat(config.slack().orElseThrow().appToken()).isEmpty();
        assertThat(config.dunning().ladder()).hasSize(4);
        assertThat(config.company().address()).isEqualTo("12 rue de la Paix\n75002 Paris");
        assertThat(config.digest().days()).isEqualTo(Set.copyOf(ConfigLoader.WORKING_DAYS));
    }

    @Test
    void absoluteAndNonFileStoreUrlsAreKeptAsWritten() throws IOException {
        assertThat(load(MINIMAL.replaceFirst("store:.*", "store: {url: \"jdbc:sqlite:/srv/relance.db?foreign_keys=on\"}"))
                .store().url()).isEqualTo("jdbc:sqlite:/srv/relance.db?foreign_keys=on");
        assertThat(load(MINIMAL.replaceFirst("store:.*", "store: {url: \"jdbc:sqlite:db/r.db?x=1\", files: /srv/files}"))
                .store()).satisfies(s -> {
                    assertThat(s.url()).isEqualTo("jdbc:sqlite:" + dir.toAbsolutePath().resolve("db/r.db") + "?x=1");
                    assertThat(s.files()).isEqualTo(Path.of("/srv/files"));
                });
        assertThat(load(MINIMAL.replaceFirst("store:.*", "store: {url: \"jdbc:postgresql://db/relance\"}"))
                .store().url()).isEqualTo("jdbc:postgresql://db/relance");
    }
}
