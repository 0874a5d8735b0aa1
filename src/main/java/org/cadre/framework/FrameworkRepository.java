package org.cadre.framework;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FrameworkRepository implements PanacheRepositoryBase<Framework, UUID> {

    public Optional<Framework> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<Framework> allByCode() {
        return list("order by code");
    }
}
