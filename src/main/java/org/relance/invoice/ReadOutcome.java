package org.relance.invoice;

import java.util.Optional;

/** The result of reading one file: an invoice, or the reason it could not be read. */
public sealed interface ReadOutcome {

    /** The file name as given. */
    String file();

    /**
     * The invoice was read; {@code forwarded} is set when it came out of a forwarded email, {@code documentEmail} when
     * the forwarded headers' recipient replaced another address printed in the document (kept to say so).
     */
    record Read(ExtractedInvoice invoice, Optional<ForwardedHeaders> forwarded, String documentEmail)
            implements ReadOutcome {
        public Read(ExtractedInvoice invoice) {
            this(invoice, Optional.empty(), null);
        }

        public Read(ExtractedInvoice invoice, Optional<ForwardedHeaders> forwarded) {
            this(invoice, forwarded, null);
        }

        @Override
        public String file() {
            return invoice.file();
        }
    }

    /** The file could not be read: corrupt, encrypted, not an invoice format, too slow... */
    record Failed(String file, String error) implements ReadOutcome {
    }
}
