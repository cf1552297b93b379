package org.relance.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedFieldsKeepTheirSeparatorsQuotesAndLineBreaks() {
        CsvReader.Table t = CsvReader.parse("a,b,c\n\"Client, SARL\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,y,z\n");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).fields()).containsExactly("Client, SARL", "say \"hi\"", "two\nlines");
        assertThat(t.rows().get(1).line()).isEqualTo(4);
        assertThat(t.rows().get(1).get("C")).contains("z");
    }

    @Test
    void semicolonSeparatorIsDetectedFromTheHeader() {
        CsvReader.Table t = CsvReader.parse("\uFEFFnumber;customer;total\r\nF-1;\"Dupont; Fils\";1 234,56\r\n\r\nF-2;X;3\r\n");
        assertThat(t.separator()).isEqualTo(';');
        assertThat(t.rows()).extracting(r -> r.get("customer").orElseThrow()).containsExactly("Dupont; Fils", "X");
        assertThat(t.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void missingTrailingFieldsReadAsAbsent() {
        CsvReader.Table t = CsvReader.parse("id,payer,reference\nP1,ACME");
        assertThat(t.rows().get(0).get("reference")).isEmpty();
        assertThat(t.hasColumn("Reference")).isTrue();
    }
}
