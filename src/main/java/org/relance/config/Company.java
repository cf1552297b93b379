package org.relance.config;

import java.time.ZoneId;
import java.util.Locale;

/** The company that issues the invoices and signs the reminders. */
public record Company(
        String name,
        String email,
        String iban,
        String bic,
        String siren,
        String address,
        Locale locale,
        ZoneId timezone,
        int paymentTermsDays) {
}
