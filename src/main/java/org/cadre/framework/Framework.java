package org.cadre.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A competency framework (e.g. {@code PSW}): its versions carry the content. */
@Entity
@Table(name = "framework")
public class Framework {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    /** The cadre the framework is for: para-professional, cycw, psw, cdw. */
    @Column(nullable = false)
    public String cadre;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
