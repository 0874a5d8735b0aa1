package org.cadre.framework;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The start-up fast path of the framework loader: a file whose text is byte for byte what was last
 * loaded, and whose version has not changed since, is unchanged without being parsed or compared.
 */
@ApplicationScoped
class FrameworkFileLoadRepository implements PanacheRepositoryBase<FrameworkFileLoad, String> {

    /** Framework code and version of a file that needs no import: same text, same immutable version row. */
    record Known(String code, String version) {
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The version the file gave last time, if the text has the recorded hash and the version is still the
     * row that load left (same lock version) and published or retired, so its content cannot have changed
     * (database trigger). Drafts always take the full comparison: their content can be edited in Cadre.
     */
    @Transactional
    Optional<Known> unchanged(String file, String textSha256) {
        // Plain SQL: at start-up this is the only query, and HQL would first have to be parsed and translated.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select f.code, v.version from framework_file_load l
                          join framework_version v on v.id = l.framework_version_id and v.lock_version = l.lock_version
                          join framework f on f.id = v.framework_id
                         where l.file = ?1 and l.text_sha256 = ?2 and v.status in ('published', 'retired')""")
                .setParameter(1, file).setParameter(2, textSha256)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Known((String) r[0], (String) r[1]));
    }

    /** Records that the file's text is now in the database as this version (as committed). */
    @Transactional
    void remember(String file, String textSha256, UUID versionId) {
        FrameworkVersion v = getEntityManager().find(FrameworkVersion.class, versionId);
        if (v == null) {
            return;
        }
        FrameworkFileLoad load = findById(file);
        boolean fresh = load == null;
        if (fresh) {
            load = new FrameworkFileLoad();
            load.file = file;
        }
        load.textSha256 = textSha256;
        load.frameworkVersionId = versionId;
        load.lockVersion = v.lockVersion;
        load.loadedAt = Instant.now();
        if (fresh) {
            persist(load);
        }
    }

    /** Forgets a file (the next load compares it in full). */
    @Transactional
    void forget(String file) {
        deleteById(file);
    }
}
