package org.relance.slack;

import java.util.List;
import java.util.Locale;
import org.relance.dunning.InvoiceHistory;
import org.relance.dunning.ReceivablesStatus;

/** The answers of {@code /relance status} and {@code /relance invoice N} as Slack messages; pure. */
public final class StatusView {

    private final Locale locale;

    public StatusView(Locale locale) {
        this.locale = locale;
    }

    public SlackMessage status(ReceivablesStatus.Summary summary) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The aging buckets as a bar chart (PNG), uploaded next to the status. */
    public byte[] agingChart(ReceivablesStatus.Summary summary) {
        throw new UnsupportedOperationException("not built yet");
    }

    public SlackMessage history(List<InvoiceHistory.History> histories, String number) {
        throw new UnsupportedOperationException("not built yet");
    }
}
