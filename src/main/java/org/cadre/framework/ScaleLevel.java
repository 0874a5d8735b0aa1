package org.cadre.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One level of a version's rating scale, in order (position 1 is the lowest). */
@Entity
@Table(name = "framework_scale_level")
public class ScaleLevel {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_version_id", nullable = false)
    public FrameworkVersion frameworkVersion;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> label = new LinkedHashMap<>();

    /** Whether a rating at this level counts as proficient. */
    @Column(nullable = false)
    public boolean proficient;
}
