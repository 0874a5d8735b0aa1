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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A competency of one framework version, e.g. {@code PSW-2.3}. */
@Entity
@Table(name = "competency")
public class Competency {

    public static final List<String> LEVELS = List.of("basic", "advanced");
    public static final List<String> DIMENSIONS = List.of("knowledge", "skills", "values");

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_version_id", nullable = false)
    public FrameworkVersion frameworkVersion;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "function_id", nullable = false)
    public FrameworkFunction function;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> statement = new LinkedHashMap<>();

    /** basic or advanced. */
    @Column(nullable = false)
    public String level;

    /** knowledge, skills or values. */
    @Column(nullable = false)
    public String dimension;

    /** Observable indicators, each a text per language. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Map<String, String>> indicators = new ArrayList<>();
}
