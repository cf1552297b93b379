package org.relance.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.ConfigException;
import org.relance.config.ConfigLoader;
import org.relance.config.Digest;

/** The digest keys: whenEmpty (a line, or off) and maxItems, with their defaults. */
class DigestConfigTest {

    @TempDir
    Path dir;

    private Digest load(String digest) throws IOException {
        Path file = dir.resolve("relance.yml");
        Files.writeString(file, """
                company: {name: Acme SAS, email: compta@acme.test}
                store: {}
                dunning: {ecbRatePercent: 2.15}
                """ + digest);
        return ConfigLoader.load(file, Map.of()).digest();
    }

    @Test
    void withoutTheKeysTheBuiltInLineAndFiftyItems() throws IOException {
        Digest none = load("");
        Digest some = load("digest: {time: \"08:30\"}\n");

        assertThat(none.whenEmpty()).isEmpty();
        assertThat(none.maxItems()).isEqualTo(50);
        assertThat(some.whenEmpty()).isEmpty();
        assertThat(some.maxItems()).isEqualTo(50);
        assertThat(some.silentWhenEmpty()).isFalse();
    }

    @Test
    void whenEmptyTakesALineOrOffAndMaxItemsANumberFromOneToAThousand() throws IOException {
        Digest line = load("digest: {whenEmpty: \"RAS aujourd'hui\", maxItems: 20}\n");
        Digest off = load("digest: {whenEmpty: off}\n");

        assertThat(line.whenEmpty()).contains("RAS aujourd'hui");
        assertThat(line.maxItems()).isEqualTo(20);
        assertThat(off.whenEmpty()).isEqualTo(Optional.of("off"));
        assertThat(off.silentWhenEmpty()).isTrue();
        assertThatThrownBy(() -> load("digest: {maxItems: 0}\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("digest.maxItems");
        assertThatThrownBy(() -> load("digest: {whenempty: x}\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("digest.whenempty");
    }
}
