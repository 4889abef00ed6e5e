package hub.link;

import hub.diagnostic.Suggest;
import hub.model.Bundle;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.LinkResolver;
import hub.model.LinkTarget;
import hub.model.SiteConfig;
import hub.model.UrlIndex;
import hub.text.LinkDestination;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the four ways an editor writes an internal link: a relative path to a content file,
 * a site path, a citation key, and a URL on a legacy host that matches an alias. Anything else
 * with a scheme is external and left alone. A web address that is not a URL at all is malformed,
 * with {@link LinkDestination}'s hint.
 */
final class Resolver implements LinkResolver {
    private static final String NO_CONTROL_CHARACTER = "no page or file has a control character (such as %00) in its name";

    private final SiteConfig config;
    private final UrlIndex urls;
    private final Map<String, Document> byKey;
    private final CitationKeys citationKeys;
    private final String siteHost;

    Resolver(Corpus corpus, UrlIndex urls) {
        this.config = corpus.config();
        this.urls = urls;
        this.byKey = corpus.byKey();
        this.citationKeys = new CitationKeys(corpus);
        this.siteHost = hostOf(config.baseUrl());
    }

    /** A URL's host as {@link LinkDestination} compares hosts (ASCII, lower case); empty when it has none. */
    private static String hostOf(String url) {
        try {
            String host = LinkDestination.parse(url).host();
            return host == null ? "" : host;
        } catch (LinkDestination.Malformed e) {
            return "";
        }
    }

    @Override
    public LinkTarget citation(String fromKey, String key) {
        String k = key.strip();
        String target = citationKeys.documentKey(k);
        List<String> could = citationKeys.ambiguous(k);
        if (target == null && !could.isEmpty()) {
            return LinkTarget.unresolved("@" + k, CitationKeys.AMBIGUOUS + could.size() + " documents ("
                    + String.join(", ", could.stream().map(c -> config.basePath() + urls.pathOf(c)).toList())
                    + "); cite one by its key: [@" + String.join("] or [@", could) + "]");
        }
        if (target == null) {
            return LinkTarget.unresolved("@" + k, citationKeys.nearest(k).map(c -> "did you mean [@" + c + "]?")
                    .orElse("cite a document by its slug, e.g. [@" + citationKeys.example() + "]"));
        }
        Document cited = byKey.get(target);
        String termOf = cited == null ? null : config.type(cited.type()).map(t -> t.termOf()).orElse(null);
        if (termOf != null) {
            // A place's or person's page is not a work: a citation of it would read "(Aberdeenshire 2019)".
            String path = config.taxonomy(termOf).map(t -> "/" + t.basePath() + cited.slug() + "/").orElse(urls.pathOf(target));
            return LinkTarget.unresolved("@" + k, "write a link: [" + cited.title() + "](" + path + ")");
        }
        return document(target, null);
    }

    @Override
    public LinkTarget link(String fromKey, String destination) {
        String dest = destination.strip();
        if (isPlain(dest)) {
            // What the URI parser would find, found without it (most links are "../type/slug.md" or "/type/slug/").
            int hash = dest.indexOf('#');
            String path = hash < 0 ? dest : dest.substring(0, hash);
            String fragment = hash < 0 ? null : dest.substring(hash + 1);
            if (path.isEmpty()) return document(fromKey, fragment);
            if (path.endsWith(".md")) return sourceFile(fromKey, path, fragment, dest);
            if (path.startsWith("/")) return sitePath(path, fragment, dest);
        }
        return parsed(fromKey, dest);
    }

    /**
     * Whether {@code dest} is a path of unreserved characters and '/' with at most one '#' (then a fragment of the same):
     * no scheme, host, query or escape, so the URI parser would give it back as path and fragment, unchanged by decoding.
     */
    static boolean isPlain(String dest) {
        if (dest.isEmpty() || dest.startsWith("//")) return false;
        boolean hash = false;
        for (int i = 0; i < dest.length(); i++) {
            char c = dest.charAt(i);
            if (c == '#') {
                if (hash) return false;
                hash = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '-' || c == '.' || c == '_' || c == '~')) {
                return false;
            }
        }
        return true;
    }

    /** {@link #link} for any destination (stripped), through the URI parser. */
    LinkTarget parsed(String fromKey, String dest) {
        if (dest.isEmpty()) return LinkTarget.unresolved(dest, "write a target between the brackets");
        if (dest.startsWith("@")) return citation(fromKey, dest.substring(1));
        if (!LinkDestination.isWeb(dest)) return LinkTarget.external(dest); // mailto:, tel:, doi: ...
        LinkDestination.Parsed parsed;
        try {
            parsed = LinkDestination.parse(dest);
        } catch (LinkDestination.Malformed e) {
            return LinkTarget.malformed(dest, e.hint());
        }
        URI u = parsed.uri();
        if (u.getScheme() != null || u.getRawAuthority() != null) return absolute(dest, parsed);
        String fragment = u.getRawFragment() == null ? null : decode(u.getRawFragment());
        if (u.getRawPath().isEmpty()) return document(fromKey, fragment); // "#method", "?q=1": this page
        String path = decode(u.getRawPath());
        if (path.endsWith(".md")) return sourceFile(fromKey, path, fragment, dest);
        if (path.startsWith("/")) return sitePath(path, fragment, dest);
        return sitePath(decode(againstPage(fromKey, u)), fragment, dest);
    }

    /**
     * A relative URL path ({@code ../first/}) resolved against the linking page's own URL, both still escaped so that
     * an escaped '/' or ':' stays part of a name.
     */
    private String againstPage(String fromKey, URI relative) {
        String base = urls.pathOf(fromKey);
        try {
            return new URI(null, null, "/" + (base == null ? "" : base), null).resolve(relative).getRawPath();
        } catch (URISyntaxException e) { // a page path is made of slugs and folder names: never, but not worth a crash
            return "/" + relative.getRawPath();
        }
    }

    private LinkTarget absolute(String dest, LinkDestination.Parsed parsed) {
        String host = parsed.host() == null ? "" : parsed.host();
        boolean legacy = config.legacyHosts().contains(host);
        if (!legacy && !host.equals(siteHost)) return LinkTarget.external(dest);
        URI u = parsed.uri();
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : decode(u.getRawPath());
        if (host.equals(siteHost) && path.startsWith(config.basePath())) path = "/" + path.substring(config.basePath().length());
        String fragment = u.getRawFragment() == null ? null : decode(u.getRawFragment());
        LinkTarget t = sitePath(path, fragment, dest);
        if (t.kind() == LinkTarget.Kind.UNRESOLVED && legacy) {
            String alias = LinkDestination.quoted("/" + UrlIndex.normalise(path));
            return LinkTarget.unresolved(dest, "no document has the alias " + alias + nearestAlias(path) + "; add it to the cited document's aliases");
        }
        return t;
    }

    private String nearestAlias(String path) {
        String n = UrlIndex.normalise(path);
        return Suggest.nearest(n, urls.aliases().keySet()).map(a -> " (nearest alias: /" + a + ")").orElse("");
    }

    private LinkTarget sitePath(String path, String fragment, String raw) {
        if (hasControlCharacter(path)) return LinkTarget.unresolved(raw, NO_CONTROL_CHARACTER);
        // The rest of the host site (site-config.yml links: outside): not the archive's to check.
        if (config.migration().isOutside(path.startsWith("/") ? path : "/" + path)) return LinkTarget.external(raw);
        String n = UrlIndex.normalise(path);
        Optional<String> key = urls.documentAt(n);
        if (key.isPresent()) return document(key.get(), fragment);
        if (urls.pages().containsKey(n)) return new LinkTarget(LinkTarget.Kind.PAGE, null, fragment, url(n, fragment), null);
        // A static file (PDF, image) under static/ is a fine target too.
        String rel = path.replaceAll("^/+", "");
        if (!rel.isEmpty() && !rel.contains("..") && isStaticFile(rel)) {
            return new LinkTarget(LinkTarget.Kind.PAGE, null, fragment, url(rel, fragment), null);
        }
        if (!rel.isEmpty() && !rel.contains("..") && isBundleResource(rel)) {
            return new LinkTarget(LinkTarget.Kind.PAGE, null, fragment, url(rel, fragment), null);
        }
        List<String> all = new java.util.ArrayList<>(urls.byPath().keySet());
        all.addAll(urls.pages().keySet());
        String hint = Suggest.nearest(n, all).map(p -> "did you mean /" + p + "?").orElse("no page is published at " + LinkDestination.quoted("/" + n));
        return LinkTarget.unresolved(raw, hint);
    }

    /**
     * Whether a decoded path holds a control character (%00, %0A...): no page or file is named so, and a hint must not
     * print it.
     */
    private static boolean hasControlCharacter(String path) {
        for (int i = 0; i < path.length(); i++) if (Character.isISOControl(path.charAt(i))) return true;
        return false;
    }

    /**
     * Whether {@code rel} ("posts/hello/cover.png") is a file of a page bundle, published beside its page: the page at
     * the longest leading part of the path that is a bundle's page, holding the rest of the path in its folder.
     */
    private boolean isBundleResource(String rel) {
        for (int slash = rel.lastIndexOf('/'); slash > 0; slash = rel.lastIndexOf('/', slash - 1)) {
            String key = urls.byPath().get(UrlIndex.normalise(rel.substring(0, slash + 1)));
            Document d = key == null ? null : byKey.get(key);
            if (d != null && Bundle.isPage(d.ref().path())) return Bundle.hasResource(config.root(), d.ref().path(), rel.substring(slash + 1));
        }
        return false;
    }

    /** Whether {@code rel} names a file under static/; a name the file system refuses names none. */
    private boolean isStaticFile(String rel) {
        try {
            return Files.isRegularFile(config.staticDir().resolve(rel));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private LinkTarget sourceFile(String fromKey, String path, String fragment, String raw) {
        if (hasControlCharacter(path)) return LinkTarget.unresolved(raw, NO_CONTROL_CHARACTER);
        Document from = byKey.get(fromKey);
        String fromPath = from == null ? "content/x.md" : from.ref().path();
        // The file named: found by hand for the usual names ("../reports/x.md"), else as the file system's paths find it.
        String normal = isPlain(path) ? normalise(path.startsWith("/") ? "content" + path : fromPath.substring(0, fromPath.lastIndexOf('/') + 1) + path)
                : null;
        Path fromFile = Path.of(fromPath);
        if (normal == null) {
            Path target;
            try {
                target = path.startsWith("/") ? Path.of("content" + path) : fromFile.resolveSibling(path);
            } catch (InvalidPathException e) { // a character this system allows in no file name (Windows: <>:"|?*)
                return LinkTarget.unresolved(raw, "no content file can have that name");
            }
            normal = target.normalize().toString().replace('\\', '/');
        }
        String key = urls.sources().get(normal);
        if (key == null) {
            String hint = Suggest.nearest(normal, urls.sources().keySet()).map(s -> "did you mean " + relative(fromFile, s) + "?")
                    .orElse("no content file " + LinkDestination.quoted(normal));
            return LinkTarget.unresolved(raw, hint);
        }
        return document(key, fragment);
    }

    /**
     * {@code Path.of(path).normalize()} as text, for a relative path of plain names ({@link #isPlain}): empty and "."
     * names dropped, ".." taking the name before it away (kept when there is none), joined by '/'.
     */
    static String normalise(String path) {
        // Names are copied into one buffer, each name's start kept on a stack: a ".." takes the last name off by
        // cutting the buffer back (asked of every content-file link on every build: no list of substrings, no join).
        StringBuilder out = new StringBuilder(path.length());
        int[] starts = new int[path.length() / 2 + 2];
        int depth = 0, start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i < path.length() && path.charAt(i) != '/') continue;
            int length = i - start;
            boolean dot = length == 1 && path.charAt(start) == '.';
            boolean dotDot = length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.';
            if (length > 0 && !dot) {
                int top = depth == 0 ? -1 : starts[depth - 1];
                boolean topIsDotDot = top >= 0 && out.length() - top == 2 && out.charAt(top) == '.' && out.charAt(top + 1) == '.';
                if (dotDot && depth > 0 && !topIsDotDot) {
                    depth--;
                    out.setLength(depth == 0 ? 0 : top - 1);
                } else {
                    if (depth > 0) out.append('/');
                    starts[depth++] = out.length();
                    out.append(path, start, i);
                }
            }
            start = i + 1;
        }
        return out.toString();
    }

    private static String relative(Path from, String to) {
        return from.getParent().relativize(Path.of(to)).toString().replace('\\', '/');
    }

    private LinkTarget document(String key, String fragment) {
        String path = urls.pathOf(key);
        if (path == null) return LinkTarget.unresolved(key, null);
        return new LinkTarget(LinkTarget.Kind.DOCUMENT, key, fragment, url(path, fragment), null);
    }

    private String url(String path, String fragment) {
        return config.basePath() + path + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
