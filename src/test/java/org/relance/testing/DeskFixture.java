package org.relance.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.relance.App;
import org.relance.Main;
import org.relance.config.ConfigLoader;
import org.relance.config.RelanceConfig;
import org.relance.digest.DigestService;
import org.relance.digest.DigestStore;

/**
 * A company's desk for in-process tests: Acme SAS in Paris with its SQLite store in a temporary directory, its
 * invoices imported from CSV rows, an {@link App} wired on a fixed clock. Each test still writes what it is about
 * (the dunning section, the invoices); only the set-up around them lives here.
 */
public final class DeskFixture {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final String INVOICES_HEADER =
            "number,customer,customer_email,issue_date,due_date,currency,total,paid\n";
    /** Company fields a formal notice needs (bank details, postal address). */
    public static final String BANK_DETAILS =
            "iban: FR7630006000011234567890189, bic: AGRIFRPP, address: \"1 rue de la Paix, 75002 Paris\"";

    private final Path dir;
    private final Path file;
    private final RelanceConfig config;

    private DeskFixture(Path dir, Path file) throws IOException {
        this.dir = dir;
        this.file = file;
        this.config = ConfigLoader.load(file, Map.of());
    }

    /**
     * Writes {@code relance.yml} in {@code dir}: the company (with {@code companyExtras}, e.g. {@code "locale: fr"};
     * empty for none), the store in {@code dir}, then {@code sections} as they are (dunning, digest, mail…).
     */
    public static DeskFixture write(Path dir, String companyExtras, String sections) throws IOException {
        return write(dir, "relance.yml", companyExtras, sections);
    }

    public static DeskFixture write(Path dir, String fileName, String companyExtras, String sections)
            throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test, timezone: Europe/Paris%s}
                store: {url: "jdbc:sqlite:%s", files: "%s"}
                """.formatted(companyExtras.isEmpty() ? "" : ", " + companyExtras, dir.resolve("relance.db"),
                dir.resolve("files")) + sections);
        return new DeskFixture(dir, file);
    }

    /** A desk on a configuration written elsewhere (e.g. {@code mail.TestMailConfig}). */
    public static DeskFixture of(Path dir, Path file) throws IOException {
        return new DeskFixture(dir, file);
    }

    public Path dir() {
        return dir;
    }

    public Path file() {
        return file;
    }

    public RelanceConfig config() {
        return config;
    }

    /** The app on this store and {@code clock} (the caller closes it). */
    public App open(Clock clock) {
        return Main.wire(config, clock);
    }

    /** The app at 09:00 in Paris on {@code day}. */
    public App openOn(LocalDate day) {
        return open(nineOn(day));
    }

    public static Clock at(LocalDateTime paris) {
        return Clock.fixed(paris.atZone(PARIS).toInstant(), PARIS);
    }

    public static Clock nineOn(LocalDate day) {
        return at(day.atTime(9, 0));
    }

    /** Writes {@code invoices.csv}: the header, then {@code rows} (one invoice a line). */
    public Path invoices(String rows) throws IOException {
        return Files.writeString(dir.resolve("invoices.csv"), INVOICES_HEADER + rows);
    }

    /** Imports {@code rows} (after the header) into {@code app} as the command line would. */
    public void importInvoices(App app, String rows) throws IOException {
        app.invoiceImport().importCsv(invoices(rows), "test", "cli");
    }

    /** The digest service of {@code app} with other digest settings (a smaller maxItems…). */
    public static DigestService digestService(App app, org.relance.config.Digest settings) {
        return new DigestService(app.ledger(), app.plans(), app.composer(), app.payments(), app.invoices(),
                new DigestStore(app.events(), app.clock()), app.desk()::propose, app.config().company(),
                app.config().dunning(), settings, app.clock());
    }
}
