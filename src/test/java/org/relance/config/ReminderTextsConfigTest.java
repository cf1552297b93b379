package org.relance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderTextsConfigTest {

    @TempDir
    Path dir;

    private Dunning load(String dunning) throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, "company: {name: Acme SAS, email: compta@acme.test}\nstore: {}\n" + dunning);
        return ConfigLoader.load(file, Map.of()).dunning();
    }

    @Test
    void templatesAreLookedForNextToTheConfigFileWithEightDayDeadlinesByDefault() throws IOException {
        Dunning d = load("dunning: {ecbRatePercent: 2.15}\n");

        assertThat(d.templatesDir()).isEqualTo(dir.toAbsolutePath().resolve("templates"));
        assertThat(d.paymentDeadlineDays()).isEqualTo(8);
        assertThat(d.noticeDeadlineDays()).isEqualTo(8);
    }

    @Test
    void relativeTemplatesDirIsTakenFromTheConfigFileDirectory() throws IOException {
        Files.createDirectories(dir.resolve("my-texts"));

        Dunning d = load("dunning: {ecbRatePercent: 2.15, templatesDir: my-texts, paymentDeadlineDays: 10, "
                + "noticeDeadlineDays: 15}\n");

        assertThat(d.templatesDir()).isEqualTo(dir.toAbsolutePath().resolve("my-texts"));
        assertThat(d.paymentDeadlineDays()).isEqualTo(10);
        assertThat(d.noticeDeadlineDays()).isEqualTo(15);
    }

    @Test
    void templatesDirThatIsNotADirectoryIsAnErrorNamingTheKey() {
        assertThatThrownBy(() -> load("dunning: {ecbRatePercent: 2.15, templatesDir: nowhere}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("dunning.templatesDir: not a directory");
    }

    @Test
    void deadlineOfZeroDaysIsRefused() {
        assertThatThrownBy(() -> load("dunning: {ecbRatePercent: 2.15, noticeDeadlineDays: 0}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("dunning.noticeDeadlineDays");
    }
}
