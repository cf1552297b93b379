package org.relance.testing;

import java.util.Arrays;
import java.util.Map;

/**
 * Where live threads are waiting, read from their stacks: for tests that must act once a service sits in a wait (an
 * IMAP IDLE, a loop between rounds) and have no other signal of it. Poll it with a deadline.
 */
public final class Threads {

    private Threads() {
    }

    /**
     * Whether a live thread (named {@code thread}, or any when null) has on its stack a frame of a class whose name
     * starts with {@code classPrefix}, in {@code method} (any when null).
     */
    public static boolean someInside(String thread, String classPrefix, String method) {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            if (!e.getKey().isAlive() || thread != null && !thread.equals(e.getKey().getName())) {
                continue;
            }
            if (Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith(classPrefix)
                    && (method == null || f.getMethodName().equals(method)))) {
                return true;
            }
        }
        return false;
    }
}
