package dev.attune.load;

import dev.attune.core.domain.Channel;
import java.util.Locale;

/** One step's calls by channel: placed, offered, lost, duplicated and offers refused for want of a slot, and
 * offers that crossed the ACD's state change on the wire (refused too, and offered again). */
final class ChannelReport {
    private ChannelReport() {
    }

    static String of(CallLedger.Step step, ChannelShares mix, double rate) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "[load] %.0f calls/s by channel (%s):%n  %-9s %9s %9s %6s %6s %9s %8s%n", rate, mix, "channel",
                "placed", "offered", "lost", "dup", "refused", "crossed"));
        for (Channel channel : mix.shares().keySet()) {
            CallLedger.ChannelTally tally = step.channel(channel);
            text.append(String.format(Locale.ROOT, "  %-9s %9d %9d %6d %6d %9d %8d%n", channel, tally.arrived(),
                    tally.offered(), tally.lost(), tally.duplicated(), tally.conflicts(), tally.crossed()));
        }
        return text.toString();
    }
}
