package org.relance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blockTagsBecomeLinesCellsBecomeTabsAndEntitiesAreDecoded() {
        String text = HtmlText.toText("<html><head><title>t</title><style>td{}</style></head><body>"
                + "<h1>Re&ccedil;u</h1><!-- tracking --><table><tr><td>Montant</td><td>1&nbsp;234,56 &euro;</td></tr>"
                + "<tr><td>De</td><td>A &amp; B &#x2014; &#233;t&eacute;</td></tr></table>line<br>next\n part</body></html>");

        assertThat(text).isEqualTo("Reçu\nMontant\t1\u00A0234,56 €\nDe\tA & B — été\nline\nnext part\n");
    }

    @Test
    void unknownEntitiesAndHugeCodePointsAreLeftAsWritten() {
        assertThat(HtmlText.decodeEntities("&bogus; &#99999999;")).isEqualTo("&bogus; &#99999999;");
    }
}
