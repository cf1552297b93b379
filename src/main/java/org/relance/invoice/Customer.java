package org.relance.invoice;

/**
 * A customer of the company.
 *
 * @param email    where reminders go; null when unknown
 * @param language {@code fr} or {@code en}; null means the company's locale
 * @param b2b      null means the configured default ({@code dunning.b2b})
 */
public record Customer(long id, String name, String email, String language, Boolean b2b, boolean doNotChase) {
}
