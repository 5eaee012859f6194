package dev.attune.service.port;

/**
 * Tells every other instance that the routing setup changed, after the change is stored (see
 * {@link ChangeNotice}). Never blocks on the broker; a notice that cannot be delivered is logged and counted,
 * and the other instances see the change at their next rebuild, which reads the database.
 */
public interface ChangeAnnouncements {

    void announce(ChangeNotice.Kind kind, String subject);
}
