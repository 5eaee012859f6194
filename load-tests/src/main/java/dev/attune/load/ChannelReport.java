package dev.attune.load;

import dev.attune.core.domain.Channel;
import java.util.Locale;

/** One step's calls by channel: placed, offered, lost, duplicated and offers refused for want of a slot. */
final class ChannelReport {
    private ChannelReport() {
    }

    static String of(CallLedger.Step step, ChannelShares mix, double rate) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "[load] %.0f calls/s by channel (%s):%n  %-9s %9s %9s %6s %6s %9s%n", rate, mix, "channel", "placed",
                "offered", "lost", "dup", "refused"));
        for (Channel channel : mix.shares().keySet()) {
            CallLedger.ChannelTally tally = step.channel(channel);
            text.append(String.format(Locale.ROOT, "  %-9s %9d %9d %6d %6d %9d%n", channel, tally.arrived(),
                    tally.offered(), tally.lost(), tally.duplicated(), tally.conflicts()));
        }
        return text.toString();
    }
}
