package org.relance.cli;

/** Bad usage found while running a command (a file that does not exist, a bad argument): exit code 2. */
final class UsageProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageProblem(String message) {
        super(message);
    }
}
