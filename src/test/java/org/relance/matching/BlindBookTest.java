package org.relance.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The blind book is reproducible and its truth is consistent with what it hands the matcher. */
class BlindBookTest {

    @Test
    void sameSeedGivesTheSameBookAndEveryTruthNamesInvoicesOfTheBook() {
        BlindBook one = BlindBook.of(7L, 3_000);
        BlindBook two = BlindBook.of(7L, 3_000);
        assertThat(one.credits()).isEqualTo(two.credits());
        assertThat(one.receivables()).isEqualTo(two.receivables());
        Set<String> numbers = one.receivables().stream().map(Receivable::number).collect(Collectors.toSet());
        assertThat(numbers).hasSameSizeAs(one.receivables());
        assertThat(one.credits()).hasSizeGreaterThanOrEqualTo(3_000);
        for (Credit c : one.credits()) {
            assertThat(numbers).containsAll(one.truth(c.id()).invoices());
        }
    }

    @Test
    void theBookMixesEveryKindAndLeavesAFairShareAmbiguous() {
        BlindBook book = BlindBook.of(11L, 5_000);
        Map<String, int[]> kinds = new TreeMap<>();
        for (BlindBook.Truth t : book.truths().values()) {
            int[] n = kinds.computeIfAbsent(t.kind(), k -> new int[2]);
            n[0]++;
            n[1] += t.shouldBeAutomatic() ? 1 : 0;
        }
        kinds.forEach((k, n) -> System.out.printf("blind book %-12s %5d credits, %5d should be automatic%n", k, n[0], n[1]));
        assertThat(kinds).containsKeys("single", "partial", "rest", "several", "fees", "overpaid", "netted",
                "prepaid", "typo", "lookalike", "third-party", "stranger");
        long automatic = book.truths().values().stream().filter(BlindBook.Truth::shouldBeAutomatic).count();
        assertThat(automatic).isBetween(book.credits().size() / 3L, book.credits().size() * 9L / 10);
        assertThat(book.truths().values()).filteredOn(t -> t.kind().equals("stranger"))
                .allMatch(t -> t.invoices().isEmpty() && !t.shouldBeAutomatic());
    }
}
