package org.tarjoman.api.glossary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The version of each pair's glossary (table {@code glossary_version}): bumped in the transaction of
 * every change of its terms, read before each look-up so that an index built from an older version is
 * rebuilt. The update locks the pair's row, so concurrent changes of one glossary count one by one.
 */
@ApplicationScoped
public class GlossaryVersions {

    private final EntityManager em;

    GlossaryVersions(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void bump(GlossaryPair pair) {
        em.createNativeQuery("UPDATE glossary_version SET version = version + 1 WHERE pair = ?1")
                .setParameter(1, pair.value()).executeUpdate();
    }

    @Transactional
    long current(GlossaryPair pair) {
        return ((Number) em.createNativeQuery("SELECT version FROM glossary_version WHERE pair = ?1")
                .setParameter(1, pair.value()).getSingleResult()).longValue();
    }
}
