package dev.attune.service.port;

import java.util.List;
import java.util.Set;

/**
 * Which pools ask for the caller's exact region (a caller's es-US reaches only an agent who speaks es-US there),
 * and every switch of it. A pool never switched matches on the language alone.
 */
public interface LanguageMatchSettings {

    /** The pools whose newest switch asks for the exact region. */
    Set<String> exactRegionPools();

    /** Stores a pool's new setting as the one in force and returns the recorded change. */
    LanguageMatchChange change(String pool, boolean exactRegion, ChangeNote note);

    /** A pool's most recent switches, newest first. */
    List<LanguageMatchChange> history(String pool, int limit);
}
