package org.relance.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test (or a class of tests) that reads the external corpus in {@code ../shared/corpus}: skipped on a plain
 * clone, mandatory when {@code RELANCE_CORPUS_REQUIRED=true} (set by {@code .ci/run}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("corpus")
@ExtendWith(CorpusCondition.class)
public @interface NeedsCorpus {
}
