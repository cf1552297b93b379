package org.relance.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code relance run} in a child JVM on the test classpath, its output in {@code NAME.out} and {@code NAME.err}. */
final class RelanceProcess {

    private RelanceProcess() {
    }

    static Process run(Path config, Path dir, String name) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), "org.relance.Main", "run", "--config", config.toString()))
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().remove("RELANCE_LOG_LEVEL");
        return builder.start();
    }
}
