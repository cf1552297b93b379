package org.relance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedFieldsKeepTheirSeparatorsQuotesAndLineBreaks() throws Exception {
        List<Csv.Row> rows = Csv.read(new StringReader(
                "number,customer,note\nF-1,\"Client, SARL\",\"dit \"\"urgent\"\"\"\nF-2,\"Deux\nlignes\",x\n"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).fields()).containsExactly("F-1", "Client, SARL", "dit \"urgent\"");
        assertThat(rows.get(2).fields()).containsExactly("F-2", "Deux\nlignes", "x");
        assertThat(rows.get(2).line()).isEqualTo(3);
    }

    @Test
    void semicolonSeparatorIsDetectedFromTheHeader() throws Exception {
        List<Csv.Row> rows = Csv.read(new StringReader("\uFEFFdate;montant\r\n20/11/2026;1 234,56\r\n"));
        assertThat(rows.get(0).fields()).containsExactly("date", "montant");
        assertThat(rows.get(1).fields()).containsExactly("20/11/2026", "1 234,56");
    }

    @Test
    void lineNumbersCountPhysicalLinesSoErrorsPointAtTheRightPlace() throws Exception {
        List<Csv.Row> rows = Csv.read(new StringReader("a,b\n1,2\n\n3,4\n"));
        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2, 4);
    }
}
