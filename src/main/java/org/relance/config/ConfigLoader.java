package org.relance.config;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.relance.config.Parsers.Parser;
import org.relance.config.YamlTree.MapNode;
import org.relance.config.YamlTree.Node;

/** Reads {@code relance.yml} into a {@link RelanceConfig}, or fails with a {@link ConfigException}. */
public final class ConfigLoader {

    static final Set<DayOfWeek> WORKING_DAYS = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /** Keys whose unset variable means "not given" rather than "turn the section off" (contract §2). */
    private static final Set<String> ABSENT_WHEN_UNSET = Set.of("slack.appToken", "slack.signingSecret");

    private static final Parser<Path> PATH = new Parser<>("a path", text -> {
        try {
            return Path.of(text.trim());
        } catch (InvalidPathException e) {
            throw new Parsers.Bad("not a path: %s");
        }
    });

    private ConfigLoader() {
    }

    /**
     * Loads and validates the file; {@code env} supplies {@code ${VAR}} values (pass {@code System.getenv()}).
     *
     * @throws ConfigException one line naming the key or file at fault
     */
    public static RelanceConfig load(Path file, Map<String, String> env) {
        Objects.requireNonNull(file, "file");
        Node root = YamlTree.parse(file);
        if (!(root instanceof MapNode)) {
            throw new ConfigException(file.toString(), "expected key: value lines at the top level, got " + root.kind());
        }
        try {
            return read(MapReader.of("", root, new Placeholders(env),
                    "company", "store", "mail", "bank", "dunning", "digest", "slack", "logging", "invoices"),
                    file.toAbsolutePath().getParent());
        } catch (Placeholders.Unset unset) {
            throw unset.toConfigException();
        }
    }

    private static RelanceConfig read(MapReader root, Path configDir) {
        requireSection(root, "company");
        Company company = company(root);
        requireSection(root, "store");
        Store store = store(root, configDir);
        Dunning dunning = DunningReader.read(root, configDir);
        List<String> disabled = new ArrayList<>();
        Optional<Mail> mail = optional(root, "mail", disabled, r -> MailReader.read(r, company));
        Bank bank = optional(root, "bank", disabled, r -> BankReader.read(r, configDir))
                .orElseGet(() -> BankReader.defaults(configDir, root.env()));
        Digest digest = optional(root, "digest", disabled, ConfigLoader::digest)
                .orElseGet(() -> new Digest(LocalTime.of(9, 0), WORKING_DAYS, List.of()));
        Optional<Slack> slack = optional(root, "slack", disabled, SlackReader::read);
        return new RelanceConfig(company, store, mail, bank, dunning, digest, slack, disabled,
                logging(root, configDir), invoices(root));
    }

    /** {@code invoices.confirmBelow}: a confidence between 0 and 1 (1: every plain-document reading is confirmed). */
    private static Invoices invoices(MapReader root) {
        if (!root.has("invoices")) {
            return Invoices.defaults();
        }
        MapReader i = root.section("invoices", "confirmBelow");
        BigDecimal below = i.value("confirmBelow", Parsers.DECIMAL_NUMBER, Invoices.DEFAULT_CONFIRM_BELOW);
        if (below.signum() < 0 || below.compareTo(BigDecimal.ONE) > 0) {
            throw new ConfigException(i.key("confirmBelow"), "must be between 0 and 1, not " + below.toPlainString());
        }
        return new Invoices(below);
    }

    /** {@code logging.file}: a relative path is taken from the config file's folder, not the current directory. */
    private static Logging logging(MapReader root, Path configDir) {
        if (!root.has("logging")) {
            return Logging.none();
        }
        MapReader l = root.section("logging", "file");
        return new Logging(l.value("file", PATH).map(p -> configDir == null ? p : configDir.resolve(p)));
    }

    private static void requireSection(MapReader root, String name) {
        if (!root.has(name)) {
            throw new ConfigException(name, "missing (required)");
        }
    }

    /**
     * Reads an optional section; when it needs an unset variable the whole section is left out and
     * the reason recorded, so an example file with empty secrets still loads (contract §2).
     */
    private static <T> Optional<T> optional(MapReader root, String name, List<String> disabled,
                                            Function<MapReader, T> reader) {
        if (!root.has(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(root));
        } catch (Placeholders.Unset unset) {
            Set<String> variables = new LinkedHashSet<>();
            YamlTree.scalars(name, root.node(name), (key, text) -> {
                if (!ABSENT_WHEN_UNSET.contains(key)) {
                    variables.addAll(root.env().unsetIn(text));
                }
            });
            if (variables.isEmpty()) {
                variables.add(unset.variable());
            }
            String list = String.join(", ", variables) + (variables.size() == 1 ? " is" : " are");
            String what = name.equals("digest") ? "left out, defaults used" : "off";
            disabled.add(name + ": " + what + " (" + list + " not set)");
            return Optional.empty();
        }
    }

    private static Company company(MapReader root) {
        MapReader c = root.section("company", "name", "email", "iban", "bic", "siren", "address",
                "locale", "timezone", "paymentTermsDays");
        return new Company(
                c.required("name", Parsers.TEXT).trim(),
                c.required("email", Parsers.EMAIL_ADDRESS),
                c.value("iban", Parsers.IBAN).orElse(null),
                c.value("bic", Parsers.BIC).orElse(null),
                c.value("siren", Parsers.SIREN).orElse(null),
                c.text("address").map(String::strip).orElse(null),
                c.value("locale", Parsers.LOCALE, Locale.FRENCH),
                c.value("timezone", Parsers.ZONE, ZoneId.of("Europe/Paris")),
                c.value("paymentTermsDays", Parsers.NON_NEGATIVE, 30));
    }

    /** Relative paths are the config file's folder's (contract §9), never the current directory's. */
    private static Store store(MapReader root, Path configDir) {
        MapReader s = root.section("store", "url", "username", "password", "files");
        Path files = s.value("files", PATH, Path.of("data/files"));
        return new Store(
                sqliteAgainst(s.value("url", Parsers.JDBC_URL, "jdbc:sqlite:data/relance.db"), configDir),
                s.value("username", Parsers.SECRET).orElse(null),
                s.value("password", Parsers.SECRET).orElse(null),
                files.isAbsolute() || configDir == null ? files : configDir.resolve(files).normalize());
    }

    /** {@code jdbc:sqlite:data/relance.db} → the file under {@code configDir}; other URLs unchanged. */
    static String sqliteAgainst(String url, Path configDir) {
        String prefix = "jdbc:sqlite:";
        if (configDir == null || !url.startsWith(prefix)) {
            return url;
        }
        String rest = url.substring(prefix.length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return url;
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new ConfigException("store.url", "not a file path: " + file);
        }
        if (path.isAbsolute()) {
            return url;
        }
        return prefix + configDir.resolve(path).normalize() + (query < 0 ? "" : rest.substring(query));
    }

    private static Digest digest(MapReader root) {
        MapReader d = root.section("digest", "time", "days", "emailTo", "whenEmpty", "maxItems");
        return new Digest(
                d.value("time", Parsers.TIME_VALUE, LocalTime.of(9, 0)),
                days(d, "days", true),
                d.list("emailTo", Parsers.EMAIL_ADDRESS, List.of()),
                d.text("whenEmpty").map(String::strip).filter(t -> !t.isEmpty()),
                d.value("maxItems", Parsers.whole(1, 1000), Digest.DEFAULT_MAX_ITEMS));
    }

    /** A list of days, Monday to Friday when absent. */
    static Set<DayOfWeek> days(MapReader section, String name, boolean mayBeEmpty) {
        List<DayOfWeek> days = section.list(name, Parsers.DAY, List.copyOf(WORKING_DAYS));
        if (days.isEmpty() && !mayBeEmpty) {
            throw new ConfigException(section.key(name), "must list at least one day");
        }
        return days.isEmpty() ? Set.of() : EnumSet.copyOf(days);
    }
}
