package org.relance.config;

import java.util.List;
import java.util.Optional;

/**
 * The whole configuration, loaded once from YAML and immutable afterwards.
 *
 * @param mail     empty when the file has no {@code mail} section (no watching, no sending)
 * @param slack    empty when the file has no {@code slack} section or its tokens are unset
 * @param disabled optional sections that were left out, each with the reason (for check-config)
 * @param logging  the {@code logging} section (a log file), none when absent
 * @param invoices the {@code invoices} section (when a reading waits for confirmation), defaults when absent
 */
public record RelanceConfig(
        Company company,
        Store store,
        Optional<Mail> mail,
        Bank bank,
        Dunning dunning,
        Digest digest,
        Optional<Slack> slack,
        List<String> disabled,
        Logging logging,
        Invoices invoices) {

    public RelanceConfig {
        disabled = List.copyOf(disabled);
    }

    public RelanceConfig(Company company, Store store, Optional<Mail> mail, Bank bank, Dunning dunning, Digest digest,
                         Optional<Slack> slack, List<String> disabled, Logging logging) {
        this(company, store, mail, bank, dunning, digest, slack, disabled, logging, Invoices.defaults());
    }

    public RelanceConfig(Company company, Store store, Optional<Mail> mail, Bank bank, Dunning dunning, Digest digest,
                         Optional<Slack> slack, List<String> disabled) {
        this(company, store, mail, bank, dunning, digest, slack, disabled, Logging.none());
    }
}
