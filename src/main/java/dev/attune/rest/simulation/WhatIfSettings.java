package dev.attune.rest.simulation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the what-if service and the day it simulates: the machine runs routing first, simulations second. */
@ConfigMapping(prefix = "attune.what-if")
public interface WhatIfSettings {

    /** Replications per weight set when the request does not say. */
    @WithDefault("3")
    int replications();

    /** Most replications a request may ask for. */
    @WithDefault("20")
    int maxReplications();

    /** Seed when the request does not say, so two runs of the same proposal agree. */
    @WithDefault("20240101")
    long seed();

    /** Jobs waiting to run beyond the running one; more are refused with 429. */
    @WithDefault("3")
    int maxQueued();

    /** Finished jobs kept for GET. */
    @WithDefault("50")
    int jobsKept();

    /**
     * The day the what-if replays: "synthetic" (config/simulation/synthetic-day.json), "january" or
     * "february" (the Anonymous Bank log in {@link #data()}), a path to a log file, or "auto": January
     * when the log is there, else the synthetic day.
     */
    @WithDefault("auto")
    String callLog();

    /** How many days of a real log to replay (the first ones); a synthetic day is always one day. */
    @WithDefault("5")
    int days();

    /** Where the Anonymous Bank log lives (january.txt, february.txt); read at run time, never copied. */
    @WithDefault("../shared/data/anonymous-bank")
    String data();

    /** Longest journalled period a what-if may replay. */
    @WithDefault("31")
    int maxJournalDays();

    /** Most journalled calls a what-if may replay (each is held in memory while the job runs). */
    @WithDefault("200000")
    int maxJournalCalls();
}
