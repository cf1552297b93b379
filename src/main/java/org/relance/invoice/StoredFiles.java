package org.relance.invoice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The files Relance keeps under {@code store.files}, named by the SHA-256 of their content: kept twice, stored once. */
public final class StoredFiles {

    private StoredFiles() {
    }

    /** Keeps {@code content} as {@code <sha256><extension>} in {@code dir} (atomically) and returns its path. */
    public static Path keep(Path dir, byte[] content, String extension) {
        String hash = sha256(content);
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
            throw new UncheckedIOException("cannot keep a file under store.files " + dir, e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
