package org.relance.config;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code dunning} section: the ladder and the B2B late-payment charges. */
final class DunningReader {

    static final List<LadderStep> DEFAULT_LADDER = List.of(
            new LadderStep("friendly", 1, LadderStep.Channel.EMAIL, "reminder-friendly"),
            new LadderStep("firm", 8, LadderStep.Channel.EMAIL, "reminder-firm"),
            new LadderStep("call", 15, LadderStep.Channel.TASK, null),
            new LadderStep("notice", 30, LadderStep.Channel.LETTER, "formal-notice"));

    private DunningReader() {
    }

    /** @param configDir the directory of the configuration file: default home of {@code templates/} */
    static Dunning read(MapReader root, Path configDir) {
        // Only company and store are required: without a dunning section the rate is simply missing and the
        // plan says so on each B2B invoice; a dunning section that asks for B2B must give the rate.
        boolean configured = root.has("dunning");
        MapReader d = root.section("dunning", "b2b", "ecbRatePercent", "ecbRates", "groupByCustomer",
                "recoveryIndemnity", "minDaysBetweenSteps", "ladder", "templatesDir", "paymentDeadlineDays",
                "noticeDeadlineDays");
        boolean b2b = d.value("b2b", Parsers.BOOLEAN, true);
        BigDecimal indemnity = d.value("recoveryIndemnity", Parsers.DECIMAL_NUMBER, new BigDecimal("40.00"));
        if (indemnity.signum() < 0) {
            throw new ConfigException(d.key("recoveryIndemnity"), "must not be negative");
        }
        if (indemnity.scale() > 2) {
            throw new ConfigException(d.key("recoveryIndemnity"), "at most 2 decimals (cents), got " + indemnity);
        }
        return new Dunning(
                b2b,
                ecbRates(d, b2b && configured),
                d.value("groupByCustomer", Parsers.BOOLEAN, true),
                indemnity,
                d.value("minDaysBetweenSteps", Parsers.NON_NEGATIVE, 7),
                d.has("ladder") ? ladder(d) : DEFAULT_LADDER,
                templatesDir(d, configDir),
                d.value("paymentDeadlineDays", Parsers.POSITIVE, Dunning.DEFAULT_DEADLINE_DAYS),
                d.value("noticeDeadlineDays", Parsers.POSITIVE, Dunning.DEFAULT_DEADLINE_DAYS));
    }

    /** A relative path is taken from the configuration file's directory, like the default {@code templates}. */
    private static Path templatesDir(MapReader d, Path configDir) {
        Optional<String> given = d.value("templatesDir", Parsers.TEXT).map(String::strip);
        if (given.isEmpty()) {
            return configDir == null ? null : configDir.resolve("templates");
        }
        Path dir;
        try {
            dir = Path.of(given.get());
        } catch (InvalidPathException e) {
            throw new ConfigException(d.key("templatesDir"), "not a path: " + given.get());
        }
        if (!dir.isAbsolute() && configDir != null) {
            dir = configDir.resolve(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(d.key("templatesDir"), "not a directory: " + dir);
        }
        return dir;
    }

    private static EcbRates ecbRates(MapReader d, boolean rateRequired) {
        Optional<BigDecimal> single = d.value("ecbRatePercent", Parsers.PERCENT);
        if (d.has("ecbRates")) {
            if (single.isPresent()) {
                throw new ConfigException(d.key("ecbRates"),
                        "give either dunning.ecbRatePercent or dunning.ecbRates, not both");
            }
            return EcbRates.perHalfYear(perHalfYear(d));
        }
        if (single.isPresent()) {
            return EcbRates.single(single.get());
        }
        if (rateRequired) {
            throw new ConfigException(d.key("ecbRatePercent"),
                    "required when dunning.b2b is true: the ECB main refinancing rate, e.g. 2.15");
        }
        return new EcbRates(Optional.empty(), List.of());
    }

    private static List<EcbRates.Entry> perHalfYear(MapReader d) {
        List<EcbRates.Entry> entries = new ArrayList<>();
        for (MapReader.Item item : d.items("ecbRates")) {
            MapReader e = MapReader.of(item.key(), item.node(), d.env(), "from", "percent");
            LocalDate from = e.required("from", Parsers.DATE_VALUE);
            if (from.getDayOfMonth() != 1 || (from.getMonth() != Month.JANUARY && from.getMonth() != Month.JULY)) {
                throw new ConfigException(e.key("from"),
                        "must be a 1 January or a 1 July (the rate is set per half-year), got " + from);
            }
            if (!entries.isEmpty() && !from.isAfter(entries.get(entries.size() - 1).from())) {
                throw new ConfigException(e.key("from"), "must come after "
                        + entries.get(entries.size() - 1).from() + " (one entry per half-year, oldest first)");
            }
            entries.add(new EcbRates.Entry(from, e.required("percent", Parsers.PERCENT)));
        }
        if (entries.isEmpty()) {
            throw new ConfigException(d.key("ecbRates"), "must list at least one {from, percent}");
        }
        return entries;
    }

    private static List<LadderStep> ladder(MapReader d) {
        List<LadderStep> steps = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (MapReader.Item item : d.items("ladder")) {
            MapReader s = MapReader.of(item.key(), item.node(), d.env(), "id", "afterDueDays", "channel", "template");
            String id = s.required("id", Parsers.NAME);
            String previous = seen.putIfAbsent(id, item.key());
            if (previous != null) {
                throw new ConfigException(s.key("id"), "duplicate step id \"" + id + "\" (also " + previous + ")");
            }
            int after = s.required("afterDueDays", Parsers.NON_NEGATIVE);
            if (!steps.isEmpty() && after < steps.get(steps.size() - 1).afterDueDays()) {
                throw new ConfigException(s.key("afterDueDays"), "must not be less than the previous step's ("
                        + steps.get(steps.size() - 1).afterDueDays() + "): steps are listed in order");
            }
            LadderStep.Channel channel = s.required("channel", Parsers.CHANNEL);
            Optional<String> template = s.value("template", Parsers.NAME);
            if (channel == LadderStep.Channel.TASK && template.isPresent()) {
                throw new ConfigException(s.key("template"), "a task step sends nothing: remove the template");
            }
            if (channel != LadderStep.Channel.TASK && template.isEmpty()) {
                throw new ConfigException(s.key("template"), "missing (required for channel " + channel.id() + ")");
            }
            steps.add(new LadderStep(id, after, channel, template.orElse(null)));
        }
        if (steps.isEmpty()) {
            throw new ConfigException(d.key("ladder"), "must list at least one step");
        }
        return steps;
    }
}
