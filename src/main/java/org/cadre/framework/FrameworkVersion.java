package org.cadre.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a framework: titles, rating scale, functions and competencies. Published and retired
 * versions are immutable (service and database trigger); everything else in Cadre refers to a version.
 */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id", nullable = false)
    public Framework framework;

    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public FrameworkStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> description = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> notice = new LinkedHashMap<>();

    public String source;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;

    @OneToMany(mappedBy = "frameworkVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ScaleLevel> scale = new ArrayList<>();

    @OneToMany(mappedBy = "frameworkVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FrameworkFunction> functions = new ArrayList<>();

    public boolean isDraft() {
        return status == FrameworkStatus.DRAFT;
    }
}
