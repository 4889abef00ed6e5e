package hub.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The URL a site is published at, from site-config.yml's {@code base_url} or {@code --base-url}: both
 * go through {@link #parse}, so they accept the same addresses and reject the others with the same
 * words. {@code url} ends in {@code /} (one is added to a bare sub-path); {@code path} is its path, the
 * prefix of every internal link ({@code /} or {@code /sub/path/}, percent-escapes kept as written).
 */
public record BaseUrl(String url, String path) {
    /** The example every error about a base URL gives as its hint. */
    public static final String HINT = "e.g. https://example.org/preview/";

    /** Why a text is not a base URL: {@link #describe} it with the setting's name. */
    public static final class Invalid extends Exception {
        private final String text;
        private final String problem;

        Invalid(String text, String problem) {
            super("'" + text + "' " + problem);
            this.text = text;
            this.problem = problem;
        }

        /** The rejected text, as given. */
        public String text() {
            return text;
        }

        /** What is wrong, e.g. "has no host". */
        public String problem() {
            return problem;
        }

        /** The message for a setting: {@code base_url 'example.org' is not absolute: ...}. */
        public String describe(String setting) {
            return setting + " " + getMessage();
        }
    }

    /**
     * An absolute {@code http} or {@code https} URL with a host (in any script) and neither query nor fragment nor
     * white space; a missing final {@code /} is added ({@code https://example.org/sub} means the folder {@code /sub/}).
     */
    public static BaseUrl parse(String text) throws Invalid {
        if (text == null || text.isBlank()) throw new Invalid(text == null ? "" : text, "is empty");
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                throw new Invalid(text, "contains white space (write a space in a path as %20)");
            }
        }
        URI u;
        try {
            u = new URI(text);
        } catch (URISyntaxException e) {
            throw new Invalid(text, "is not a valid URL: " + LinkDestination.explain(text, e));
        }
        if (u.getScheme() == null) throw new Invalid(text, "is not an absolute URL: it must start with https:// or http://");
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Invalid(text, "must start with https:// or http://, not " + u.getScheme() + ":");
        }
        if (u.isOpaque() || u.getRawAuthority() == null) throw new Invalid(text, "has no host: write it as https://host/path/");
        if (!hasHostName(text)) throw new Invalid(text, "has no valid host name in '" + u.getRawAuthority() + "'");
        if (u.getRawQuery() != null) throw new Invalid(text, "has a query ('?" + u.getRawQuery() + "'), which a base URL cannot have");
        if (u.getRawFragment() != null) throw new Invalid(text, "has a fragment ('#" + u.getRawFragment() + "'), which a base URL cannot have");
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        if (!path.endsWith("/")) path += "/";
        return new BaseUrl(text.endsWith("/") ? text : text + "/", path);
    }

    /**
     * Whether the URL's host is a DNS name or an IP address, in any script: {@code bücher.example} is checked as
     * {@code xn--bcher-kva.example}. The URL keeps the host as written, as links do (see {@link LinkDestination}).
     */
    private static boolean hasHostName(String text) {
        try {
            String ascii = LinkDestination.parse(text).host();
            return ascii != null && new URI("http://" + ascii + "/").parseServerAuthority().getHost() != null;
        } catch (LinkDestination.Malformed | URISyntaxException e) {
            return false;
        }
    }
}
