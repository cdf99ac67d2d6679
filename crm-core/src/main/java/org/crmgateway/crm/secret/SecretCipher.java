package org.crmgateway.crm.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.crmgateway.crm.CoreProperties;
import org.springframework.stereotype.Component;

/**
 * Encrypts account secrets at rest with AES-GCM. Stored form: {@code v1:} + base64(12-byte random
 * nonce + ciphertext with tag); the prefix lets a later key or algorithm coexist with old rows.
 * The key comes from {@code crm.core.secret-key} or from {@code dataDir/secret.key}, generated on
 * first start and readable by the owner only.
 */
@Component
public class SecretCipher {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(CoreProperties properties) {
        this.key = new SecretKeySpec(loadKey(properties), "AES");
    }

    public String encrypt(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String decrypt(String stored) {
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown secret format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret cannot be decrypted with the configured key", e);
        }
    }

    @Override
    public String toString() {
        return "SecretCipher[AES-GCM]";
    }

    private static byte[] loadKey(CoreProperties properties) {
        if (properties.secretKey() != null && !properties.secretKey().isBlank()) {
            return checked(Base64.getDecoder().decode(properties.secretKey().strip()), "crm.core.secret-key");
        }
        Path file = properties.dataDir().resolve("secret.key");
        try {
            if (!Files.exists(file)) {
                createKeyFile(file);
            }
            return checked(Base64.getDecoder().decode(Files.readString(file).strip()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    private static void createKeyFile(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "secret", ".tmp");
        try {
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key), StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException e) {
            // another instance sharing the data folder created it first: use theirs
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] checked(byte[] key, String origin) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalStateException(origin + " must hold a base64 AES key of 16, 24 or 32 bytes");
        }
        return key;
    }
}
