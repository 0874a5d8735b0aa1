package org.cadre.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One access to personal records: who, when, what they did, to what. Never updated. */
@Entity
@Table(name = "access_log")
class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    Instant at;

    @Column(nullable = false)
    String actor;

    @Column(name = "actor_roles", nullable = false)
    String actorRoles;

    @Column(nullable = false)
    String action;

    @Column(name = "subject_type", nullable = false)
    String subjectType;

    @Column(name = "subject_id")
    String subjectId;

    String detail;
}
