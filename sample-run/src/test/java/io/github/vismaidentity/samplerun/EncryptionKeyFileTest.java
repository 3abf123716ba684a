package io.github.vismaidentity.samplerun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncryptionKeyFileTest {

    @Test
    void theFirstRunMakesA256BitKeyOnlyItsOwnerReadsAndLaterRunsGetTheSameKey(@TempDir Path data) throws Exception {
        Path folder = data.resolve("new-folder");

        String first = EncryptionKeyFile.loadOrCreate(folder);
        String again = EncryptionKeyFile.loadOrCreate(folder);

        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(again).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(folder.resolve(EncryptionKeyFile.NAME)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void twoDataFoldersGetTwoKeys(@TempDir Path data) throws Exception {
        assertThat(EncryptionKeyFile.loadOrCreate(data.resolve("a")))
                .isNotEqualTo(EncryptionKeyFile.loadOrCreate(data.resolve("b")));
    }

    @Test
    void anEmptyKeyFileIsReportedNotReplaced(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve(EncryptionKeyFile.NAME), "\n");

        assertThatThrownBy(() -> EncryptionKeyFile.loadOrCreate(data)).hasMessageContaining("is empty");
        assertThat(Files.readString(data.resolve(EncryptionKeyFile.NAME))).isEqualTo("\n");
    }
}
