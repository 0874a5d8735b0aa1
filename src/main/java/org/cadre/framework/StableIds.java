package org.cadre.framework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic name-based UUIDs (RFC 9562 version 5) for everything in a framework version, derived
 * from the framework code, the version and the item's code. Stored rows and CASE identifiers use the
 * same ids, so exporting the same version twice, or after an import, gives the same identifiers.
 */
final class StableIds {

    /** Cadre's namespace for framework identifiers (itself a fixed, random UUID). */
    static final UUID NAMESPACE = UUID.fromString("6c1f7c2e-4b0a-4f5e-9a53-0d8e2b7a9c41");

    private StableIds() {
    }

    static UUID document(String code, String version) {
        return v5(code + "@" + version);
    }

    static UUID item(String code, String version, String itemCode) {
        return v5(code + "@" + version + "/" + itemCode);
    }

    static UUID level(String code, String version, String levelCode) {
        return v5(code + "@" + version + "/scale/" + levelCode);
    }

    static UUID indicator(String code, String version, String competencyCode, int index) {
        return v5(code + "@" + version + "/" + competencyCode + "/indicator/" + index);
    }

    static UUID association(UUID child, UUID parent) {
        return v5("isChildOf/" + child + "/" + parent);
    }

    static UUID v5(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(NAMESPACE));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] &= 0x0f;
            hash[6] |= 0x50;
            hash[8] &= 0x3f;
            hash[8] |= (byte) 0x80;
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
            }
            for (int i = 8; i < 16; i++) {
                lsb = (lsb << 8) | (hash[i] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (msb >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (lsb >>> (56 - 8 * i));
        }
        return bytes;
    }
}
