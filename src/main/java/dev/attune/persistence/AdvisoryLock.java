package dev.attune.persistence;

import jakarta.persistence.EntityManager;

/** A PostgreSQL transaction-scoped advisory lock: serialises one kind of write across service instances. */
final class AdvisoryLock {
    /** Seeding config/ into empty tables. */
    static final long SEED = 0x4174_7475_6e65_5331L;
    /** Changing the weights, so every change's "before" is the set it replaced. */
    static final long WEIGHTS = 0x4174_7475_6e65_5731L;

    private AdvisoryLock() {
    }

    /** Blocks until this transaction holds the lock; released at commit or rollback. */
    static void hold(EntityManager em, long key) {
        // pg_advisory_xact_lock returns void, which JDBC cannot map: count the one row instead.
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) as locked")
                .setParameter(1, key).getSingleResult();
    }
}
