package org.switchboard.failover.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Sites by name. Runs in the caller's transaction. */
@ApplicationScoped
public class SiteRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    public Optional<Site> find(String name) {
        return Optional.ofNullable(em.find(Site.class, name));
    }

    public List<Site> all() {
        return em.createNamedQuery(Site.ALL_BY_NAME, Site.class).getResultList();
    }

    public Site add(Site site) {
        em.persist(site);
        return site;
    }
}
