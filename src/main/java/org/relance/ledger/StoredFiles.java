package org.relance.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The originals kept under {@code store.files}, each named by the SHA-256 of its content; stateless. */
public final class StoredFiles {

    private StoredFiles() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Keeps {@code content} under its own SHA-256 (see {@link #keep(Path, byte[], String, String)}). */
    public static Path keep(Path dir, byte[] content, String extension) {
        return keep(dir, content, sha256(content), extension);
    }

    /**
     * Writes {@code content} as {@code <hash><extension>} in {@code dir} unless it is there already: content-addressed,
     * so keeping the same file twice is harmless, and a partial write never takes the final name.
     */
    public static Path keep(Path dir, byte[] content, String hash, String extension) {
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(hash + extension);
            if (!Files.exists(target)) {
                Path partial = Files.createTempFile(dir, hash, ".part");
                Files.write(partial, content);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the original under store.files " + dir, e);
        }
    }
}
