package io.github.vismaidentity.samplerun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The sample's token encryption key, made once (256 random bits, Base64) and kept in the data folder, readable
 * by its owner only where the file system allows: the tokens in the Derby database next to it are encrypted
 * with it, so it must survive restarts as the database does. Never printed.
 */
final class EncryptionKeyFile {

    static final String NAME = "encryption-key";

    private EncryptionKeyFile() {
    }

    /** The key in {@code data}, made first if missing. */
    static String loadOrCreate(Path data) throws IOException {
        Path file = data.resolve(NAME);
        if (!Files.exists(file)) {
            Files.createDirectories(data);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try {
                create(file, Base64.getEncoder().encodeToString(key));
            } catch (FileAlreadyExistsException anotherLauncherWasFaster) {
                // read theirs below
            }
        }
        String key = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (key.isEmpty()) {
            throw new IOException(file + " is empty: delete it (and the database next to it, whose tokens it "
                    + "encrypted) to start afresh.");
        }
        return key;
    }

    private static void create(Path file, String key) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
    }
}
