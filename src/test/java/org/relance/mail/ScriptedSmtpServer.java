package org.relance.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server on a loopback port that answers every RCPT TO with a fixed reply (e.g. 550 or 451),
 * to see how the sender takes refusals GreenMail cannot produce. Serves connections one after another on a
 * daemon thread until closed.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String rcptReply;
    private final boolean hangUpAfterData;
    private final String authReply;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();

    /** Answers RCPT TO with {@code rcptReply} and takes the message normally. */
    ScriptedSmtpServer(String rcptReply) throws IOException {
        this(rcptReply, false);
    }

    /** @param hangUpAfterData take the whole message, then close the connection without answering */
    ScriptedSmtpServer(String rcptReply, boolean hangUpAfterData) throws IOException {
        this(rcptReply, hangUpAfterData, null);
    }

    /** A server that offers AUTH PLAIN/LOGIN and answers every login with {@code authReply} (e.g. 535). */
    static ScriptedSmtpServer answeringLogins(String authReply) throws IOException {
        return new ScriptedSmtpServer("250 OK", false, authReply);
    }

    private ScriptedSmtpServer(String rcptReply, boolean hangUpAfterData, String authReply) throws IOException {
        this.rcptReply = rcptReply;
        this.hangUpAfterData = hangUpAfterData;
        this.authReply = authReply;
        this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Logins attempted (AUTH commands). */
    int logins() {
        return logins.get();
    }

    /** Messages taken after DATA (none while RCPT is refused). */
    int accepted() {
        return accepted.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client hung up: next connection
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 scripted ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO", "HELO" -> {
                    if (authReply != null) {
                        reply(out, "250-scripted");
                        reply(out, "250 AUTH PLAIN LOGIN");
                    } else {
                        reply(out, "250 scripted");
                    }
                }
                case "AUTH" -> {
                    logins.incrementAndGet();
                    String[] words = line.trim().split(" +");
                    if (words.length < 3) {
                        // No initial response: one challenge per credential (LOGIN asks twice).
                        int challenges = words.length > 1 && words[1].equalsIgnoreCase("LOGIN") ? 2 : 1;
                        for (int i = 0; i < challenges && line != null; i++) {
                            reply(out, "334 ");
                            line = in.readLine();
                        }
                    }
                    reply(out, authReply == null ? "502 not implemented" : authReply);
                }
                case "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                case "RCPT" -> reply(out, rcptReply);
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // swallow the message
                    }
                    accepted.incrementAndGet();
                    if (hangUpAfterData) {
                        return;
                    }
                    reply(out, "250 OK");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "502 not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
