package org.relance.slack;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may act through the app: only this workspace (the team {@code auth.test} names) and, when
 * {@code slack.allowedUsers} is set, only those users. Thread-safe; the team is learnt once, on first need.
 */
final class Gate {

    private static final Logger log = LoggerFactory.getLogger(Gate.class);

    private final SlackWeb web;
    private final Set<String> allowed;
    private volatile String teamId;

    Gate(SlackWeb web, List<String> allowedUsers) {
        this.web = web;
        this.allowed = Set.copyOf(allowedUsers);
    }

    /** Learns the workspace now (at start); a failure is retried on the first request. */
    void learnTeam() {
        try {
            teamId();
        } catch (SlackWeb.SlackException e) {
            log.warn("Slack auth.test failed at start ({}); clicks are refused until it answers", e.getMessage());
        }
    }

    private String teamId() {
        String t = teamId;
        if (t == null) {
            t = web.authTest().teamId();
            teamId = t;
        }
        return t;
    }

    /** A request from another workspace (or while we cannot tell) is refused. */
    boolean sameWorkspace(String requestTeamId) {
        try {
            return Objects.equals(teamId(), requestTeamId);
        } catch (SlackWeb.SlackException e) {
            log.warn("cannot check the workspace of a Slack request: {}", e.getMessage());
            return false;
        }
    }

    boolean allowed(String userId) {
        return allowed.isEmpty() || allowed.contains(userId);
    }
}
