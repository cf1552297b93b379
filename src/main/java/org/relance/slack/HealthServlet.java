package org.relance.slack;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/** {@code GET /healthz}: 200 "ok" when the store answers, 503 otherwise. Stateless. */
final class HealthServlet extends HttpServlet {

    private final transient BooleanSupplier storeAnswers;

    HealthServlet(BooleanSupplier storeAnswers) {
        this.storeAnswers = storeAnswers;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean ok;
        try {
            ok = storeAnswers.getAsBoolean();
        } catch (RuntimeException e) {
            ok = false;
        }
        resp.setStatus(ok ? 200 : 503);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((ok ? "ok\n" : "store unavailable\n").getBytes(StandardCharsets.UTF_8));
    }
}
