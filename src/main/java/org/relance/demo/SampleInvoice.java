package org.relance.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One bundled sample document, its dates already moved to the demo's day.
 *
 * @param facturX   written as a Factur-X PDF (else a plain text PDF)
 * @param termsOnly the plain PDF gives payment terms ("payable à 30 jours") instead of a due date: the bot computes
 *                  the date, says so, and waits for a person to confirm the reading
 */
record SampleInvoice(String number, boolean creditNote, String customer, String email, LocalDate issued,
                     LocalDate due, BigDecimal total, String line, boolean facturX, boolean termsOnly) {

    SampleInvoice(String number, boolean creditNote, String customer, String email, LocalDate issued, LocalDate due,
                  BigDecimal total, String line, boolean facturX) {
        this(number, creditNote, customer, email, issued, due, total, line, facturX, false);
    }

    /** The amount before VAT at 20 %. */
    BigDecimal net() {
        return total.divide(new BigDecimal("1.20"), 2, RoundingMode.HALF_EVEN);
    }

    String fileName() {
        return number + ".pdf";
    }

    byte[] pdf() {
        return facturX ? DemoPdfs.facturX(this) : DemoPdfs.plain(this);
    }
}
