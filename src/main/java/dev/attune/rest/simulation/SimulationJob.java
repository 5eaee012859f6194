package dev.attune.rest.simulation;

import java.time.Instant;

/**
 * A simulation run in the background for a workforce manager: queued, running with its progress, then done with its
 * result or failed with a message. What was asked is the subclass's.
 *
 * @param <R> what the simulation finds
 */
public abstract class SimulationJob<R> {
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    private final String id;
    private final Instant submittedAt;
    private volatile Status status = Status.QUEUED;
    private volatile double progress;
    private volatile Instant finishedAt;
    private volatile R result;
    private volatile String error;

    protected SimulationJob(String id, Instant submittedAt) {
        this.id = id;
        this.submittedAt = submittedAt;
    }

    void running() {
        status = Status.RUNNING;
    }

    /** @param share done so far, in [0,1]; progress never goes back */
    void progress(double share) {
        progress = Math.max(progress, Math.min(1, Math.max(0, share)));
    }

    void done(R found) {
        finished();
        result = found;
        progress = 1;
        finishedAt = Instant.now();
        status = Status.DONE;
    }

    void failed(String message) {
        finished();
        error = message;
        finishedAt = Instant.now();
        status = Status.FAILED;
    }

    /** Lets go of what only the run needed (called once, when the job ends either way). */
    protected void finished() {
    }

    boolean unfinished() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    public String id() { return id; }
    public Status status() { return status; }
    public double progress() { return progress; }
    public Instant submittedAt() { return submittedAt; }
    public Instant finishedAt() { return finishedAt; }
    public R result() { return result; }
    public String error() { return error; }
}
