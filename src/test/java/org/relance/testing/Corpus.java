package org.relance.testing;

import java.nio.file.Path;

/** Where the external test corpus is: {@code -Drelance.corpus}, else {@code ../shared/corpus}. */
public final class Corpus {

    private Corpus() {
    }

    public static Path root() {
        return Path.of(System.getProperty("relance.corpus", "../shared/corpus"));
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
