package org.cadre.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** What the mentor saw of one mentee for one competency: a level of the scale and a note. */
@Entity
@Table(name = "visit_observation")
public class Observation {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id", nullable = false)
    public MentoringVisit visit;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "competency_id", nullable = false)
    public UUID competencyId;

    @Column(nullable = false)
    public int level;

    @Column(nullable = false)
    public String note = "";
}
