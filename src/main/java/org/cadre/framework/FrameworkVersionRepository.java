package org.cadre.framework;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FrameworkVersionRepository implements PanacheRepositoryBase<FrameworkVersion, UUID> {

    public Optional<FrameworkVersion> byCodeAndVersion(String code, String version) {
        return find("framework.code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    public List<FrameworkVersion> ofFramework(String code) {
        return list("framework.code = ?1 order by createdAt, version", code);
    }

    public List<FrameworkVersion> all() {
        return list("select v from FrameworkVersion v join fetch v.framework f order by f.code, v.createdAt, v.version");
    }
}
