package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.dunning.ReceivablesStatus;
import org.relance.ledger.Money;

/**
 * The aging chart draws in a headless JVM without ever loading the font manager, so a JRE without fontconfig or
 * fonts (the slim Docker image) renders it too.
 */
class AgingChartHeadlessTest {

    @TempDir
    Path dir;

    @Test
    void theChartIsDrawnHeadlessWithoutLoadingTheFontManagerOrFontconfig() throws Exception {
        Path png = dir.resolve("aging.png");
        Path log = dir.resolve("classes.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-verbose:class", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), png.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String classes = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(classes.lines().filter(l -> !l.contains("[class,load]")).toList().toString())
                .isZero();
        assertThat(classes).contains("org.relance.slack.PixelFont")
                .doesNotContain("sun.font.SunFontManager", "FontConfiguration", "sun.font.FontManagerFactory");
        assertThat(ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png))).getWidth())
                .isEqualTo(StatusView.CHART_WIDTH);
    }

    /** Draws one chart into the file named by the argument. */
    static final class Main {
        public static void main(String[] args) throws IOException {
            Map<String, Money> buckets = new LinkedHashMap<>();
            buckets.put("0-30", Money.of("1234.56", "EUR"));
            buckets.put("31-60", Money.of("20.00", "EUR"));
            buckets.put("61-90", Money.of("0.00", "EUR"));
            buckets.put("90+", Money.of("5000.00", "EUR"));
            ReceivablesStatus.Summary s = new ReceivablesStatus.Summary(LocalDate.of(2026, 12, 2),
                    Currency.getInstance("EUR"), Money.of("6254.56", "EUR"), Money.of("6254.56", "EUR"), buckets, null,
                    0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
            Files.write(Path.of(args[0]), new StatusView(Locale.FRENCH).agingChart(s));
        }
    }
}
