package org.relance.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbanTest {

    @Test
    void anIbanIsPrintedInGroupsOfFourWhateverSpacingItCameWith() {
        assertThat(Iban.grouped("FR7630006000011234567890189")).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
        assertThat(Iban.grouped("fr76 30006000 0112\u00A03456 7890189")).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
        assertThat(Iban.grouped("DE89370400440532013000")).isEqualTo("DE89 3704 0044 0532 0130 00");
    }
}
