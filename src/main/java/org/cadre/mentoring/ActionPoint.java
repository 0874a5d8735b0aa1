package org.cadre.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Something agreed at a visit, to be done by a date; followed up at the next visit. */
@Entity
@Table(name = "action_point")
public class ActionPoint {

    public static final List<String> STATUSES = List.of("open", "done", "dropped");

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id", nullable = false)
    public MentoringVisit visit;

    @Column(name = "person_id")
    public UUID personId;

    @Column(nullable = false)
    public String text;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(nullable = false)
    public String status = "open";

    @Column(nullable = false)
    public int position;

    @Version
    @Column(nullable = false)
    public int version;
}
