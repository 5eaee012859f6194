package dev.attune.core.engine;

import java.util.concurrent.locks.ReentrantLock;

/** A pool, its lock, and what the background solver left for the next tick. */
final class PoolSlot {
    final ReentrantLock lock = new ReentrantLock();
    final Pool pool;
    PoolPlan readyPlan;
    String readyFailure;

    PoolSlot(Pool pool) {
        this.pool = pool;
    }
}
