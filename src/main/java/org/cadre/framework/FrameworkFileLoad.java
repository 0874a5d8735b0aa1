package org.cadre.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * What the framework loader last brought in from one curricula file: the SHA-256 of the file's text and
 * the version row as the load left it (its lock version). Lets the next start skip an unchanged file
 * (see {@link FrameworkFileLoadRepository#unchanged}).
 */
@Entity
@Table(name = "framework_file_load")
public class FrameworkFileLoad {

    @Id
    public String file;

    @Column(name = "text_sha256", nullable = false)
    public String textSha256;

    @Column(name = "framework_version_id", nullable = false)
    public UUID frameworkVersionId;

    @Column(name = "lock_version", nullable = false)
    public int lockVersion;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;
}
