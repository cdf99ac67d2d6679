package org.crmgateway.crm.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.crmgateway.crm.CoreProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    @TempDir
    Path dir;

    CoreProperties properties(String key) {
        return new CoreProperties(dir, null, key, "test");
    }

    @Test
    void roundTripsWithAFreshNonceEachTime() {
        SecretCipher cipher = new SecretCipher(properties(null));
        String a = cipher.encrypt("päss wörd");
        String b = cipher.encrypt("päss wörd");
        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("päss");
        assertThat(cipher.decrypt(a)).isEqualTo("päss wörd");
        assertThat(cipher.decrypt(b)).isEqualTo("päss wörd");
        assertThat(cipher.toString()).doesNotContain("key=");
    }

    @Test
    void generatesAnOwnerOnlyKeyFileOnceAndReusesIt() throws Exception {
        String stored = new SecretCipher(properties(null)).encrypt("s");
        Path keyFile = dir.resolve("secret.key");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);
        assertThat(new SecretCipher(properties(null)).decrypt(stored)).isEqualTo("s");
    }

    @Test
    void aTamperedSecretOrAnotherKeyIsRefused() {
        SecretCipher cipher = new SecretCipher(properties(null));
        String stored = cipher.encrypt("hunter2");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("hunter2");
        SecretCipher other = new SecretCipher(properties(Base64.getEncoder().encodeToString(new byte[16])));
        assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("plain")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConfiguredKeyMustBeAnAesKey() {
        assertThatThrownBy(() -> new SecretCipher(properties(Base64.getEncoder().encodeToString(new byte[10]))))
                .hasMessageContaining("16, 24 or 32 bytes");
        assertThat(Files.exists(dir.resolve("secret.key"))).isFalse();
    }
}
