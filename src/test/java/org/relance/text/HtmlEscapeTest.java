package org.relance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Outside text inside HTML: markup, entities and both quotes become text. */
class HtmlEscapeTest {

    @Test
    void markupEntitiesAndQuotesAreEscapedAndTheRestKept() {
        assertThat(HtmlEscape.escape("<script>alert(\"x\")</script> & l'équipe — 1 234,56 €"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;équipe — 1 234,56 €");
        assertThat(HtmlEscape.escape("&amp;")).isEqualTo("&amp;amp;");
    }
}
