package hub.model;

/**
 * Resolves what editors write as link targets. The link stage implements it; the Markdown stage
 * calls it while rendering, so every link is rewritten once, where it is written.
 */
public interface LinkResolver {
    /**
     * A Markdown link or autolink destination written in the document {@code fromKey}. The answer depends on
     * {@code fromKey} only when the destination is relative to the document: a fragment or query alone, a relative
     * path, or a content file (.md) named in any way; see {@link #sameFromEverywhere}.
     */
    LinkTarget link(String fromKey, String destination);

    /** A citation key written as {@code [@key]}: the answer does not depend on {@code fromKey}. */
    LinkTarget citation(String fromKey, String key);

    /**
     * Whether {@link #link} gives one answer for {@code destination} from every document, told from its first
     * characters: a citation ({@code @key}), an http(s) URL, or a site path ({@code /briefings/x/}), none with ".md" or
     * an escape in it. A build that asks its documents' questions again asks each of these once (10,000 documents write
     * 100,000 links and citations to a few thousand places). The link stage's tests hold the resolver to it.
     */
    static boolean sameFromEverywhere(String destination) {
        // As destination.strip() would see it, without making the string (every link of every document is asked this).
        int from = 0, to = destination.length();
        while (from < to && Character.isWhitespace(destination.charAt(from))) from++;
        while (to > from && Character.isWhitespace(destination.charAt(to - 1))) to--;
        if (from < to && destination.charAt(from) == '@') return true;
        boolean site = from < to && destination.charAt(from) == '/' && !(from + 1 < to && destination.charAt(from + 1) == '/');
        boolean web = destination.regionMatches(true, from, "http://", 0, 7) && to - from >= 7
                || destination.regionMatches(true, from, "https://", 0, 8) && to - from >= 8;
        if (!site && !web) return false;
        // No ".md" in any case, and no escape (%2Emd is .md once decoded): those may name a content file, whose hint is relative.
        for (int i = from; i < to; i++) {
            char c = destination.charAt(i);
            if (c == '%') return false;
            if (c == '.' && i + 2 < to && (destination.charAt(i + 1) | 0x20) == 'm' && (destination.charAt(i + 2) | 0x20) == 'd') return false;
        }
        return true;
    }
}
