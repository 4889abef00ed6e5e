package hub.model;

import java.util.List;

/**
 * The settings that let a site moving in from Hugo or Jekyll build as it is (site-config.yml's {@code front_matter:}
 * and {@code links:}). {@code unknownKeys} says what a front-matter key hub does not know does: {@code error} (the
 * default), {@code extra} (kept under {@code extra}) or {@code warn} (kept, with a warning). {@code outside} lists path
 * prefixes ({@code /packages/}) that belong to the rest of the host site: links under them are not checked.
 * {@code linkWarnings} turns broken and malformed links into warnings ({@code links: {mode: warn}}).
 */
public record Migration(UnknownKeys unknownKeys, List<String> outside, boolean linkWarnings) {
    public static final Migration NONE = new Migration(UnknownKeys.ERROR, List.of(), false);

    public enum UnknownKeys {
        ERROR, EXTRA, WARN;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Migration {
        outside = List.copyOf(outside);
    }

    /** Whether a site path ("/packages/x/", decoded, with its leading '/') lies under one of the outside prefixes. */
    public boolean isOutside(String path) {
        for (String prefix : outside) if (path.startsWith(prefix) || (path + "/").equals(prefix)) return true;
        return false;
    }
}
