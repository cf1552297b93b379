package org.relance.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips corpus tests when the corpus folder is missing, saying so once per run; when the corpus is required it lets
 * them run, so they fail loudly on the missing files instead of being skipped in silence.
 */
public final class CorpusCondition implements ExecutionCondition {

    /** The environment variable that makes the corpus tests mandatory. */
    public static final String REQUIRED = "RELANCE_CORPUS_REQUIRED";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CorpusCondition.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path corpus = Corpus.root();
        if (Files.isDirectory(corpus)) {
            return ConditionEvaluationResult.enabled("corpus at " + corpus);
        }
        if ("true".equalsIgnoreCase(System.getenv(REQUIRED))) {
            return ConditionEvaluationResult.enabled(REQUIRED + " is set: the corpus tests must run");
        }
        String reason = "corpus tests skipped: no folder " + corpus.toAbsolutePath().normalize()
                + " (clone shared/ beside the project, or set -Drelance.corpus=PATH)";
        // The root store lives for the whole run: the line is printed once, not once per test.
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("announced", key -> {
            System.err.println("[relance] " + reason);
            return Boolean.TRUE;
        });
        return ConditionEvaluationResult.disabled(reason);
    }
}
