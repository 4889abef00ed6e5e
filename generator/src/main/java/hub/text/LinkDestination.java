package hub.text;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A destination as an editor writes it (a Markdown link, image or autolink, an alias, a base URL) read as a web
 * address. The one place that decides whether such a text is a usable URL and, when it is not, says what to change:
 * every caller reports that hint at its own position, so a bad address reads the same wherever it was written.
 * <p>
 * Usable means a URI reference as {@link URI} parses it (RFC 3986 syntax; letters beyond ASCII are allowed, as in
 * an IRI) and, for {@code http}, {@code https} and {@code //}, a host. Destinations with another scheme
 * ({@code mailto:}, {@code tel:}, {@code doi:}) are not web addresses: their syntax is left to the software that
 * opens them.
 * <p>
 * Hosts: a link keeps its host as written, so {@code https://例え.jp/} stays readable in the page's source and a
 * browser converts it itself, as it does for any internationalised domain name. {@link Parsed#host} is the host's
 * ASCII form (punycode, lower case), used only to compare hosts: {@code bücher.example} and
 * {@code xn--bcher-kva.example} are one host for the site's own address and the legacy hosts.
 */
public final class LinkDestination {
    /** A scheme ({@code https:}, {@code mailto:}) as RFC 3986 spells it. */
    static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final String PARENTHESIS = "remove the extra parenthesis";
    private static final String SPACE = "write each space as %20";
    private static final String NO_HOST = "add the host: https://example.org/path";
    /** How much of a destination a message quotes: a 10,000-character URL would bury the hint. */
    private static final int QUOTED = 80;

    private LinkDestination() {
    }

    /** A destination that is a usable URL: as parsed (host as written), and its host in ASCII lower case (null: none). */
    public record Parsed(URI uri, String host) {
    }

    /** Why a destination is not a usable URL: {@link #hint()} says what to write instead. */
    public static final class Malformed extends Exception {
        Malformed(String hint) {
            super(hint, null, false, false);
        }

        public String hint() {
            return getMessage();
        }
    }

    /** Whether hub reads {@code destination} as a web address: http(s), {@code //host}, or no scheme (a path or #fragment). */
    public static boolean isWeb(String destination) {
        int colon = schemeEnd(destination);
        return colon < 0 || isHttp(destination.substring(0, colon));
    }

    /**
     * Where the scheme of {@code s} ends (the index of its ':'), or -1 when it has none: {@link #SCHEME} without the
     * pattern matcher (every link of every document is asked this on each build).
     */
    static int schemeEnd(String s) {
        if (s.isEmpty() || !asciiLetter(s.charAt(0))) return -1;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') return i;
            if (!asciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') return -1;
        }
        return -1;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Reads a web address (see {@link #isWeb}); the text must be as written, without Markdown's angle brackets
     * or surrounding white space.
     */
    public static Parsed parse(String destination) throws Malformed {
        // "[text]((https://…))", as some Markdown dialects let one write it: the outer pair is the link's, the inner
        // one is part of the destination. A path starting with '(' is never what was meant.
        if (destination.startsWith("(")) throw new Malformed(PARENTHESIS);
        URI uri;
        try {
            uri = new URI(destination);
        } catch (URISyntaxException e) {
            throw new Malformed(explain(destination, e));
        }
        if (uri.getRawAuthority() != null) return new Parsed(uri, host(uri.getRawAuthority()));
        if (uri.getScheme() != null && isHttp(uri.getScheme())) throw new Malformed(NO_HOST); // http:/x, https:example.org
        return new Parsed(uri, null);
    }

    /** The hint for a web address that is not a usable URL; null when it is one, or is not a web address at all. */
    public static String problem(String destination) {
        if (!isWeb(destination)) return null;
        try {
            parse(destination);
            return null;
        } catch (Malformed e) {
            return e.hint();
        }
    }

    /**
     * The hint for what an editor wrote between a link's parentheses when Markdown could not read it as a link at
     * all ({@code [text](https://example.org/a b)} stays text): the first problem found, else the likeliest one.
     */
    public static String unreadable(String written) {
        String d = written.strip();
        // Angle brackets would allow a space in CommonMark, but not in the Markdown hub reads: judge what is inside.
        if (d.length() > 1 && d.startsWith("<") && d.endsWith(">")) d = d.substring(1, d.length() - 1);
        if (d.contains(" \"") || d.contains(" '")) return "close the link's title in the same quotes: [text](url \"title\")";
        String problem = problem(d);
        if (problem != null) return problem;
        if (count(d, '(') != count(d, ')')) return PARENTHESIS;
        return "close the link with ')' right after its destination";
    }

    /** A destination as a message quotes it: cut short when long. */
    public static String quoted(String destination) {
        if (destination.length() <= QUOTED) return destination;
        int end = Character.isHighSurrogate(destination.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
        return destination.substring(0, end) + "...";
    }

    /** A host name in its ASCII form, lower case (IPv6 literals as written); null when it is not a host name. */
    public static String asciiHost(String host) {
        if (host.startsWith("[")) return host.toLowerCase(Locale.ROOT);
        try {
            return IDN.toASCII(host).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) { // an empty label (a..b), a label over 63 characters
            return null;
        }
    }

    /**
     * The hint for text {@link URI} refused. Its message is the index of the first character it could not read, which
     * is where the fix is: a space, a bad percent escape, a character to escape.
     */
    static String explain(String text, URISyntaxException e) {
        int i = e.getIndex();
        if (e.getReason().contains("IPv6")) return "a host in brackets must be an IPv6 address: http://[::1]/";
        if (i < 0 || i >= text.length()) return NO_HOST; // "http://", "https:": nothing after the scheme
        int c = text.codePointAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return SPACE;
        if (c == '%') return "'" + text.substring(i, Math.min(text.length(), i + 3)) + "' is not a percent escape (% and two hexadecimal digits); write a % sign as %25";
        if (c == '(' || c == ')') return PARENTHESIS;
        if (c == '\\') return "write '/' between folders, not '\\' (or %5C for a backslash itself)";
        return "write " + describe(c) + " as " + percentEncoded(c);
    }

    /** The host of a URI authority ({@code user@host:port}), checked, in ASCII lower case. */
    private static String host(String authority) throws Malformed {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon < hostPort.lastIndexOf(']')) colon = -1; // the colons of an IPv6 literal, [::1]
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String port = colon < 0 ? "" : hostPort.substring(colon + 1);
        if (host.isEmpty()) throw new Malformed(NO_HOST);
        if (!port.chars().allMatch(ch -> ch >= '0' && ch <= '9')) throw new Malformed("the port after ':' must be a number, not '" + port + "'");
        String ascii = asciiHost(host);
        if (ascii == null) throw new Malformed("'" + host + "' is not a valid host name");
        return ascii;
    }

    private static boolean isHttp(String scheme) {
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }

    private static String describe(int c) {
        return Character.isISOControl(c) ? String.format("the control character U+%04X", c) : "'" + Character.toString(c) + "'";
    }

    private static String percentEncoded(int c) {
        StringBuilder out = new StringBuilder();
        for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) out.append(String.format("%%%02X", b & 0xff));
        return out.toString();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
