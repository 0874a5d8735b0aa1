package org.cadre.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** What a person may do as a trainer or a mentor: the level and the frameworks (by code) they cover. */
@Entity
@Table(name = "person_profile")
public class PersonProfile {

    public static final java.util.List<String> KINDS = java.util.List.of("trainer", "mentor");
    public static final java.util.List<String> LEVELS = java.util.List.of("master", "national", "local");

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String level;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_profile_framework", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "framework_code")
    public Set<String> frameworks = new TreeSet<>();

    @Version
    public int version;
}
