package org.relance.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads untrusted documents in a child JVM whose own heap bounds the parse: a bomb kills the child, never the bot.
 *
 * <p>One child is kept and reused (a JVM takes a second to start); it is killed on timeout or when it dies
 * (out of memory: {@code -XX:+ExitOnOutOfMemoryError}) and started again for the next document. Requests and answers
 * are one JSON line each over the child's stdin/stdout: the document travels in a temp file, the answer is
 * {@code relance extract}'s object (plus the forwarded headers). One document at a time; thread-safe.
 */
public final class ParseWorker implements DocumentReader, AutoCloseable {

    /** Below this a normal PDF (fonts, Tika's set-up) does not parse at all. */
    public static final int MIN_HEAP_MB = 128;
    /** HotSpot's exit status after {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static final Logger LOG = LoggerFactory.getLogger(ParseWorker.class);

    private final List<String> command;
    private final Duration timeout;
    private final long maxFileBytes;
    private final int heapMb;
    private final ExecutorService answers = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parse-worker-answers");
        t.setDaemon(true);
        return t;
    });

    private Process process;
    private BufferedWriter requests;
    private BufferedReader replies;
    private int started;

    /** A worker on the same java executable and classpath as this process. */
    public static ParseWorker sameJava(InvoiceReader.Limits limits) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new ParseWorker(java, System.getProperty("java.class.path"), limits);
    }

    ParseWorker(String java, String classpath, InvoiceReader.Limits limits) {
        this.timeout = limits.timeout();
        this.maxFileBytes = limits.maxFileBytes();
        this.heapMb = heapMb(limits.maxMemoryBytes());
        List<String> c = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError",
                // Small, short-lived and one document at a time: the cheapest collector and compiler start fastest.
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m", "-Djava.awt.headless=true",
                "-cp", classpath, ParseWorkerMain.class.getName(),
                Integer.toString(limits.maxTextChars()), Long.toString(limits.maxFileBytes()),
                Integer.toString(limits.maxMimeDepth()), Integer.toString(limits.maxMimeParts()),
                Long.toString(limits.maxMemoryBytes())));
        this.command = List.copyOf(c);
    }

    /** The child's heap: twice what PDFBox may buffer before spilling to disk, at least {@link #MIN_HEAP_MB}. */
    static int heapMb(long maxMemoryBytes) {
        long mb = 2 * Math.max(1, maxMemoryBytes / (1024 * 1024));
        return (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_HEAP_MB, mb));
    }

    /** The heap each child gets, in MB. */
    public int heapMb() {
        return heapMb;
    }

    /** How many children were started so far: one, plus one after each kill. */
    public synchronized int started() {
        return started;
    }

    @Override
    public synchronized ReadOutcome read(String name, byte[] content) {
        if (content.length > maxFileBytes) {
            return new ReadOutcome.Failed(name, "file larger than " + maxFileBytes / (1024 * 1024) + " MiB");
        }
        Path file;
        try {
            file = Files.createTempFile("relance-parse-", ".bin");
            Files.write(file, content);
        } catch (IOException e) {
            return new ReadOutcome.Failed(name, "cannot hand the document to the parse worker: " + e.getMessage());
        }
        try {
            ensureStarted();
        } catch (IOException e) {
            LOG.error("{}", e.getMessage());
            delete(file);
            return new ReadOutcome.Failed(name, "parse worker could not start: " + e.getMessage());
        }
        try {
            ObjectNode request = ExtractJson.MAPPER.createObjectNode().put("name", name).put("path", file.toString());
            requests.write(ExtractJson.MAPPER.writeValueAsString(request));
            requests.newLine();
            requests.flush();
            return answer(name);
        } catch (IOException e) {
            // The pipe broke under us: the child died before reading the request.
            return died(name, "cannot reach the parse worker: " + e.getMessage());
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("removing {}: {}", file, e.toString());
        }
    }

    private ReadOutcome answer(String name) {
        Future<String> line = answers.submit(replies::readLine);
        try {
            String reply = line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null) {
                return died(name, null);
            }
            JsonNode node = ExtractJson.MAPPER.readTree(reply);
            return ExtractJson.fromWorkerJson(node);
        } catch (TimeoutException e) {
            kill();
            return new ReadOutcome.Failed(name, "parse timed out after " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            return new ReadOutcome.Failed(name, "interrupted");
        } catch (ExecutionException | IOException | RuntimeException e) {
            // A broken pipe, or a line that is not our JSON (the JVM writing on its way out).
            return died(name, e instanceof ExecutionException ? e.getCause().toString() : e.toString());
        }
    }

    /** The child stopped answering: its exit status says why; the next document gets a fresh one. */
    private ReadOutcome died(String name, String detail) {
        Integer exit = exitStatus();
        kill();
        if (exit != null && exit == OUT_OF_MEMORY_EXIT) {
            return new ReadOutcome.Failed(name, "parse exceeded " + heapMb + " MB of memory");
        }
        LOG.warn("parse worker died reading {} (exit status {}{})", name, exit, detail == null ? "" : ": " + detail);
        return new ReadOutcome.Failed(name, "parse worker died (exit status " + (exit == null ? "unknown" : exit)
                + ")");
    }

    private Integer exitStatus() {
        Process p = process;
        if (p == null) {
            return null;
        }
        try {
            // It is on its way out (end of its output): give it a moment to report how it ended.
            return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void ensureStarted() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        kill();
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = builder.start();
        started++;
        process = p;
        requests = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8));
        replies = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Future<String> ready = answers.submit(replies::readLine);
        try {
            // Start-up is not parse time: a loaded machine may take seconds to start a JVM.
            String line = ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null || !line.contains("\"ready\"")) {
                kill();
                throw new IOException("the parse worker did not start (" + command.get(0) + ")");
            }
        } catch (TimeoutException | ExecutionException e) {
            kill();
            throw new IOException("the parse worker did not start: " + e, e);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the parse worker", e);
        }
        LOG.debug("parse worker {} started ({} MB heap)", p.pid(), heapMb);
    }

    private void kill() {
        Process p = process;
        process = null;
        if (p == null) {
            return;
        }
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        Process p = process;
        if (p != null) {
            try {
                // End of input: the child finishes and exits by itself.
                requests.close();
                p.waitFor(2, TimeUnit.SECONDS);
            } catch (IOException e) {
                LOG.debug("closing the parse worker: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kill();
        answers.shutdownNow();
    }
}
