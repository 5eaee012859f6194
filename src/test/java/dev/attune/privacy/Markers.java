package dev.attune.privacy;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run's distinctive values ("QZname_1a2b3c"): a kind per field, so a value found anywhere says where it came from. */
final class Markers {
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final Pattern pattern = Pattern.compile("QZ([a-z]+)_" + run);

    String of(String kind) {
        return "QZ" + kind + "_" + run;
    }

    /** A PostgreSQL regular expression whose first group is the kind. */
    String regex() {
        return pattern.pattern();
    }

    /** The kinds of this run's markers in a text. */
    Set<String> in(String text) {
        Set<String> kinds = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            kinds.add(m.group(1));
        }
        return kinds;
    }

    /** A value unique to this run without a marker, for fields whose contents are not identifying (product codes). */
    String plain(String prefix) {
        return prefix + "_" + run.toUpperCase(java.util.Locale.ROOT);
    }
}
