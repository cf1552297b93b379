package org.relance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Dockerfile's build stage gets every input the jar is built from (an engine is not needed to check that). */
class DockerfileTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void theBuildStageCopiesEveryFolderThePomBuildsTheJarFrom() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        List<String> inputs = new ArrayList<>(List.of("pom.xml", "src"));
        Matcher resource = Pattern.compile("<resource><directory>([^<]+)</directory>").matcher(pom);
        while (resource.find()) {
            String dir = resource.group(1).split("/")[0];
            if (!inputs.contains(dir)) {
                inputs.add(dir);
            }
        }
        assertThat(inputs).contains("samples");

        List<String> copied = buildStageCopies();
        assertThat(copied).containsAll(inputs);
        for (String input : inputs) {
            assertThat(ROOT.resolve(input)).as("input %s exists in the checkout", input).exists();
        }
    }

    @Test
    void theRunStageTakesTheJarThePomNames() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        assertThat(pom).contains("<outputFile>${project.build.directory}/relance.jar</outputFile>");
        assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("COPY --from=build /src/target/relance.jar");
    }

    /** The sources of COPY lines before the stage's package step. */
    private static List<String> buildStageCopies() throws IOException {
        List<String> copied = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
            String trimmed = line.trim();
            if (trimmed.startsWith("RUN") && trimmed.contains("package")) {
                break;
            }
            if (trimmed.startsWith("COPY ") && !trimmed.contains("--from")) {
                String[] parts = trimmed.substring(5).trim().split("\\s+");
                for (int i = 0; i < parts.length - 1; i++) {
                    copied.add(parts[i].replaceAll("/$", ""));
                }
            }
        }
        return copied;
    }
}
