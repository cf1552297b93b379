package org.relance.slack;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Refuses Slack requests stamped more than 5 minutes in the future, with the same 401 Bolt gives an old or badly
 * signed one (Bolt checks only the past: a request signed ahead of time could otherwise be replayed for as long as
 * its stamp lies ahead). Stateless; the clock is the wall clock Bolt checks the past against.
 */
final class FreshTimestampFilter implements Filter {

    static final long MAX_SKEW_SECONDS = 5 * 60;

    private final Clock clock;

    FreshTimestampFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if ("POST".equals(http.getMethod()) && inTheFuture(http.getHeader("X-Slack-Request-Timestamp"))) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setStatus(401);
            out.setContentType("application/json");
            out.getOutputStream().write("{\"error\":\"invalid request\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A missing or unreadable stamp is left to Bolt, which refuses it. */
    private boolean inTheFuture(String header) {
        if (header == null) {
            return false;
        }
        try {
            return Long.parseLong(header.trim()) > clock.instant().getEpochSecond() + MAX_SKEW_SECONDS;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
