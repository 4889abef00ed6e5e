package hub.load;

import hub.diagnostic.Diagnostics;
import hub.diagnostic.Suggest;
import hub.model.ContentType;
import hub.model.Genre;
import hub.model.Migration;
import hub.model.Permalink;
import hub.model.SearchSettings;
import hub.model.SiteConfig;
import hub.model.TaxonomyDef;
import hub.model.TaxonomyRole;
import hub.model.TermDef;
import hub.text.BaseUrl;
import hub.text.LinkDestination;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Binds site-config.yml, reporting every problem at its line. Returns null when the file is unusable. */
final class ConfigReader {
    static final Set<String> KEYS = Set.of("title", "tagline", "description", "programme", "base_url", "language", "legacy_hosts",
            "future", "page_size", "feed_size", "toc_min_headings", "html", "build_date", "types", "taxonomies", "markdown", "logo",
            "example_searches", "languages", "front_matter", "links", "search");
    static final Set<String> TYPE_KEYS = Set.of("id", "label", "plural", "folder", "permalink", "required", "term_of", "cite_as",
            "singular", "list_prefix", "full_text");
    static final Set<String> SEARCH_KEYS = Set.of("weights", "bm25", "stemming", "stop_words");
    static final Set<String> WEIGHT_KEYS = Set.of("title", "summary", "authors", "body");
    static final Set<String> BM25_KEYS = Set.of("k1", "b");
    static final Set<String> TAXONOMY_KEYS = Set.of("id", "label", "plural", "base", "controlled", "role", "terms");
    static final Set<String> TERM_KEYS = Set.of("id", "label", "description", "synonyms", "replaced_by");
    static final Set<String> HTML_KEYS = Set.of("allow_iframe_hosts");
    static final Set<String> MARKDOWN_KEYS = Set.of("emoji", "shortcodes");
    static final Set<String> LANGUAGE_KEYS = Set.of("code", "label");
    /** A language tag as {@code <html lang>} takes it (BCP 47, loosely): en, en-GB, zh-Hant-TW. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    static final Set<String> FRONT_MATTER_KEYS = Set.of("unknown_keys");
    static final Set<String> LINKS_KEYS = Set.of("outside", "mode");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Diagnostics diagnostics;
    private final String path;
    private final Fields f;

    ConfigReader(String path, Diagnostics diagnostics) {
        this.path = path;
        this.diagnostics = diagnostics;
        this.f = new Fields(path, diagnostics);
    }

    SiteConfig read(Path root, String text) {
        YNode doc;
        try {
            doc = new YamlReader(0).read(text);
        } catch (YamlReader.YamlError e) {
            diagnostics.error(new hub.model.SourceRef(path, e.line, e.col), e.getMessage(), e.hint);
            return null;
        }
        if (doc.kind != YNode.Kind.MAP) {
            f.error(doc, "site-config.yml must be a map of settings", "start with 'title: My site'");
            return null;
        }
        f.unknownKeys(doc, KEYS, "site-config");
        String title = f.requiredString(doc, "title", "title: My research archive");
        String baseUrl = f.requiredString(doc, "base_url", "base_url: https://example.org/");
        String basePath = "/";
        if (baseUrl != null) {
            try {
                BaseUrl base = BaseUrl.parse(baseUrl);
                baseUrl = base.url();
                basePath = base.path();
            } catch (BaseUrl.Invalid e) {
                f.error(doc.map.get("base_url"), e.describe("base_url"), BaseUrl.HINT);
                baseUrl = null;
            }
        }
        YNode html = doc.map.get("html");
        List<String> iframeHosts = new ArrayList<>();
        if (html != null && html.kind == YNode.Kind.MAP) {
            f.unknownKeys(html, HTML_KEYS, "html");
            f.stringList(html.map.get("allow_iframe_hosts"), "allow_iframe_hosts").forEach(n -> iframeHosts.add(n.text.strip()));
        }
        List<TaxonomyDef> taxonomies = taxonomies(doc.map.get("taxonomies"));
        List<ContentType> types = types(doc.map.get("types"), taxonomies);
        String buildDate = f.string(doc.map.get("build_date"), "build_date");
        int pageSize = f.integer(doc.map.get("page_size"), "page_size", 20);
        if (pageSize < 1) f.error(doc.map.get("page_size"), "page_size must be at least 1", null);
        return new SiteConfig(root, path, title == null ? "" : title,
                orEmpty(f.string(doc.map.get("tagline"), "tagline")),
                orEmpty(f.string(doc.map.get("description"), "description")),
                orNull(f.string(doc.map.get("programme"), "programme")),
                baseUrl == null ? "https://example.org/" : baseUrl, basePath,
                orDefault(f.string(doc.map.get("language"), "language"), "en"),
                legacyHosts(doc.map.get("legacy_hosts")),
                f.bool(doc.map.get("future"), "future", false),
                Math.max(1, pageSize),
                Math.max(1, f.integer(doc.map.get("feed_size"), "feed_size", 20)),
                f.integer(doc.map.get("toc_min_headings"), "toc_min_headings", 4),
                iframeHosts, buildDate, types, taxonomies, markdown(doc.map.get("markdown")), logo(root, doc.map.get("logo")),
                f.stringList(doc.map.get("example_searches"), "example_searches").stream().map(x -> x.text.strip()).toList(),
                languages(doc.map.get("languages")), migration(doc), search(doc.map.get("search")));
    }

    /** markdown: {emoji: true, shortcodes: {name: template}}. */
    private hub.model.MarkdownOptions markdown(YNode n) {
        if (n == null || n.kind == YNode.Kind.NULL) return hub.model.MarkdownOptions.DEFAULT;
        if (n.kind != YNode.Kind.MAP) {
            f.error(n, "'markdown' must be a map (emoji, shortcodes)", "markdown:\n  emoji: true");
            return hub.model.MarkdownOptions.DEFAULT;
        }
        f.unknownKeys(n, MARKDOWN_KEYS, "markdown");
        java.util.Map<String, String> shortcodes = new java.util.TreeMap<>();
        YNode sc = n.map.get("shortcodes");
        if (sc != null && sc.kind != YNode.Kind.NULL && !(sc.kind == YNode.Kind.SCALAR && sc.text.isBlank())) {
            if (sc.kind != YNode.Kind.MAP) {
                f.error(sc, "'shortcodes' must map a shortcode's name to the HTML it stands for", "shortcodes:\n    vimeo: '<a href=\"https://vimeo.com/{0}\">Video</a>'");
            } else {
                sc.map.forEach((name, v) -> {
                    String html = f.string(v, name);
                    if (html != null) shortcodes.put(name, html);
                });
            }
        }
        return new hub.model.MarkdownOptions(f.bool(n.map.get("emoji"), "emoji", false), shortcodes);
    }

    /** logo: a file under static/, written as its path on the site ("/logo.svg"); it must exist. */
    private String logo(Path root, YNode n) {
        String logo = orNull(f.string(n, "logo"));
        if (logo == null) return null;
        String rel = logo.replaceAll("^/+", "");
        if (rel.isEmpty() || rel.contains("..") || rel.contains("\\") || rel.contains(":")) {
            f.error(n, "logo '" + logo + "' must be the path of a file under static/", "logo: /logo.svg");
            return null;
        }
        if (root != null && !java.nio.file.Files.isRegularFile(root.resolve("static").resolve(rel))) {
            f.error(n, "logo '" + logo + "' is not a file under static/", "put the file at static/" + rel + ", or leave logo: out");
            return null;
        }
        return rel;
    }

    /** languages: the site's languages besides its main one ({@code language:}), each a code and a label. */
    private List<hub.model.Language> languages(YNode n) {
        List<hub.model.Language> out = new ArrayList<>();
        if (n == null || n.kind == YNode.Kind.NULL) return out;
        if (n.kind != YNode.Kind.LIST) {
            f.error(n, "'languages' must be a list", "languages:\n  - {code: fr, label: Français}");
            return out;
        }
        Set<String> codes = new HashSet<>();
        for (YNode l : n.list) {
            if (l.kind != YNode.Kind.MAP) {
                f.error(l, "each language must be a map (code, label)", "- {code: fr, label: Français}");
                continue;
            }
            f.unknownKeys(l, LANGUAGE_KEYS, "language");
            String code = f.requiredString(l, "code", "code: fr");
            if (code == null) continue;
            code = code.strip();
            if (!LANGUAGE_TAG.matcher(code).matches()) {
                f.error(l.map.get("code"), "language code '" + code + "' is not a language tag", "a BCP 47 tag such as fr, en-GB or pt-BR");
                continue;
            }
            if (!codes.add(code.toLowerCase(java.util.Locale.ROOT))) f.error(l.map.get("code"), "language '" + code + "' is declared twice", null);
            out.add(new hub.model.Language(code, orDefault(f.string(l.map.get("label"), "label"), code)));
        }
        return out;
    }

    /** front_matter: and links:, the settings for a site moving in from Hugo or Jekyll (docs/REFERENCE.md, "Moving in from Hugo or Jekyll"). */
    private Migration migration(YNode doc) {
        Migration.UnknownKeys unknown = Migration.UnknownKeys.ERROR;
        YNode fm = section(doc, "front_matter", FRONT_MATTER_KEYS);
        if (fm != null) {
            unknown = choice(fm.map.get("unknown_keys"), "unknown_keys", Migration.UnknownKeys.values(), Migration.UnknownKeys::id, unknown);
        }
        List<String> outside = new ArrayList<>();
        boolean warn = false;
        YNode links = section(doc, "links", LINKS_KEYS);
        if (links != null) {
            for (YNode n : f.stringList(links.map.get("outside"), "outside")) {
                String p = n.text.strip();
                if (!p.startsWith("/") || p.contains("..") || p.contains("?") || p.contains("#") || p.contains("//")) {
                    f.error(n, "outside path '" + p + "' must be a path on this site, starting with '/'", "outside: [/packages/, /about/]");
                } else {
                    outside.add(p);
                }
            }
            String[] modes = {"error", "warn"};
            warn = choice(links.map.get("mode"), "mode", modes, m -> m, "error").equals("warn");
        }
        return new Migration(unknown, outside, warn);
    }

    /** A map-valued setting with its keys checked, or null when absent (or not a map: reported). */
    private YNode section(YNode doc, String key, Set<String> keys) {
        YNode n = doc.map.get(key);
        if (n == null || n.kind == YNode.Kind.NULL) return null;
        if (n.kind != YNode.Kind.MAP) {
            f.error(n, "'" + key + "' must be a map of settings, not " + n.describe(), null);
            return null;
        }
        f.unknownKeys(n, keys, key);
        return n;
    }

    /** One of {@code values} by its name; the default when absent; reported with the nearest name when it is none of them. */
    private <T> T choice(YNode n, String key, T[] values, java.util.function.Function<T, String> name, T dflt) {
        List<String> names = java.util.Arrays.stream(values).map(name).toList();
        String chosen = choice(n, key, name.apply(dflt), names);
        for (T v : values) if (name.apply(v).equals(chosen)) return v;
        return dflt;
    }

    /**
     * search: how search ranks (SearchSettings): weights per field, BM25's k1 and b, the stemmer, the stop words. Every
     * key is optional; a missing one keeps its default (the measured best, see bench/relevance/).
     */
    private SearchSettings search(YNode n) {
        SearchSettings d = SearchSettings.DEFAULT;
        if (n == null || n.kind == YNode.Kind.NULL) return d;
        if (n.kind != YNode.Kind.MAP) {
            f.error(n, "'search' must be a map (weights, bm25, stemming, stop_words)", "search:\n  weights: {title: 1, summary: 1, authors: 1, body: 1}");
            return d;
        }
        f.unknownKeys(n, SEARCH_KEYS, "search");
        YNode w = n.map.get("weights");
        if (w != null && w.kind != YNode.Kind.MAP && w.kind != YNode.Kind.NULL) f.error(w, "'weights' must be a map of field to weight", "weights: {title: 1, summary: 1, authors: 1, body: 1}");
        boolean wMap = w != null && w.kind == YNode.Kind.MAP;
        if (wMap) f.unknownKeys(w, WEIGHT_KEYS, "search weights");
        YNode bm = n.map.get("bm25");
        if (bm != null && bm.kind != YNode.Kind.MAP && bm.kind != YNode.Kind.NULL) f.error(bm, "'bm25' must be a map (k1, b)", "bm25: {k1: 1.2, b: 0.75}");
        boolean bmMap = bm != null && bm.kind == YNode.Kind.MAP;
        if (bmMap) f.unknownKeys(bm, BM25_KEYS, "bm25");
        float title = number(wMap ? w.map.get("title") : null, "title", d.title(), 0, 100);
        float summary = number(wMap ? w.map.get("summary") : null, "summary", d.summary(), 0, 100);
        float authors = number(wMap ? w.map.get("authors") : null, "authors", d.authors(), 0, 100);
        float body = number(wMap ? w.map.get("body") : null, "body", d.body(), 0, 100);
        if (wMap && title + summary + authors + body == 0) f.error(w, "at least one search weight must be above 0", "body: 1");
        float k1 = number(bmMap ? bm.map.get("k1") : null, "k1", d.k1(), 0, 10);
        float b = number(bmMap ? bm.map.get("b") : null, "b", d.b(), 0, 1);
        return new SearchSettings(title, summary, authors, body, k1, b,
                choice(n.map.get("stemming"), "stemming", d.stemming(), SearchSettings.STEMMERS),
                choice(n.map.get("stop_words"), "stop_words", d.stopWords(), SearchSettings.STOP_WORD_LISTS));
    }

    /** A number in [min, max], or {@code dflt} (reported) when it is not one. */
    private float number(YNode n, String key, float dflt, float min, float max) {
        if (n == null || n.kind == YNode.Kind.NULL) return dflt;
        if (n.isScalar() && (n.typed instanceof Long || n.typed instanceof Double)) {
            double v = ((Number) n.typed).doubleValue();
            if (v >= min && v <= max) return (float) v;
        }
        f.error(n, "'" + key + "' must be a number from " + fmt(min) + " to " + fmt(max) + ", not '" + (n.text == null ? n.describe() : n.text) + "'",
                key + ": " + fmt(dflt) + " (the default)");
        return dflt;
    }

    private static String fmt(float v) {
        return v == Math.rint(v) ? String.valueOf((int) v) : String.valueOf(v);
    }

    /** One of {@code choices}; {@code dflt} when absent, and when it is none of them (reported, with the nearest choice). */
    private String choice(YNode n, String key, String dflt, List<String> choices) {
        String s = f.string(n, key);
        if (s == null) return dflt;
        if (choices.contains(s.strip())) return s.strip();
        f.error(n, "unknown " + key + " '" + s.strip() + "'", Suggest.oneOf(s.strip(), key, choices));
        return dflt;
    }

    /**
     * legacy_hosts: host names, in the ASCII form links are compared in (so a host in any script matches however a
     * link writes it). A URL or anything else that is not a host name would silently match no link: it is an error.
     */
    private List<String> legacyHosts(YNode list) {
        List<String> hosts = new ArrayList<>();
        for (YNode n : f.stringList(list, "legacy_hosts")) {
            String host = hostName(n.text.strip());
            if (host == null) f.error(n, "legacy host '" + n.text.strip() + "' is not a host name", "write the host alone: legacy_hosts: [old.example.org]");
            else hosts.add(host);
        }
        return hosts;
    }

    /** A host name alone (no scheme, port or path) in its ASCII form; null when {@code written} is not one. */
    private static String hostName(String written) {
        if (written.isEmpty() || written.chars().anyMatch(c -> "/:@?#".indexOf(c) >= 0)) return null;
        try {
            return LinkDestination.parse("http://" + written + "/").host();
        } catch (LinkDestination.Malformed e) {
            return null;
        }
    }

    private List<ContentType> types(YNode n, List<TaxonomyDef> taxonomies) {
        List<ContentType> out = new ArrayList<>();
        if (n == null || n.kind != YNode.Kind.LIST || n.list.isEmpty()) {
            diagnostics.error(n == null ? new hub.model.SourceRef(path, 1, 1) : f.at(n),
                    "site-config.yml must declare at least one content type under 'types'",
                    "types:\n    - {id: briefing, label: Briefing, plural: Briefings, folder: briefings, permalink: /briefings/{slug}/}");
            return out;
        }
        Set<String> ids = new HashSet<>();
        Set<String> folders = new HashSet<>();
        Set<String> taxIds = new HashSet<>();
        taxonomies.forEach(t -> taxIds.add(t.id()));
        for (YNode t : n.list) {
            if (t.kind != YNode.Kind.MAP) {
                f.error(t, "each content type must be a map (id, label, plural, folder, permalink)", null);
                continue;
            }
            f.unknownKeys(t, TYPE_KEYS, "content type");
            String id = f.requiredString(t, "id", "id: briefing");
            if (id == null) continue;
            if (!ID.matcher(id).matches()) f.error(t.map.get("id"), "type id '" + id + "' must be lower-case letters, digits and '-'", null);
            if (!ids.add(id)) f.error(t.map.get("id"), "content type '" + id + "' is declared twice", null);
            String label = orDefault(f.string(t.map.get("label"), "label"), id);
            String folder = orDefault(f.string(t.map.get("folder"), "folder"), id);
            if (!ID.matcher(folder).matches()) f.error(t.map.get("folder"), "folder '" + folder + "' must be one path segment of lower-case letters, digits and '-'", null);
            if (!folders.add(folder)) f.error(t.map.get("folder"), "two content types use the folder '" + folder + "'", null);
            String permalink = orDefault(f.string(t.map.get("permalink"), "permalink"), "/" + folder + "/{slug}/");
            if (!permalink.contains("{slug}") || !permalink.startsWith("/") || permalink.contains("..")) {
                f.error(t.map.get("permalink"), "permalink '" + permalink + "' must start with '/' and contain {slug}", "permalink: /" + folder + "/{slug}/");
            }
            for (String unknown : Permalink.unknownPlaceholders(permalink)) {
                f.error(t.map.get("permalink"), "permalink '" + permalink + "' has an unknown placeholder {" + unknown + "}",
                        Suggest.nearest(unknown, Permalink.PLACEHOLDERS).map(s -> "did you mean {" + s + "}? ").orElse("")
                                + "placeholders are {" + String.join("}, {", Permalink.PLACEHOLDERS) + "}");
            }
            List<String> required = f.stringList(t.map.get("required"), "required").stream().map(x -> x.text.strip()).toList();
            for (YNode r : f.stringList(t.map.get("required"), "required")) {
                Set<String> known = new HashSet<>(FrontMatter.KEYS);
                known.addAll(taxIds);
                if (!known.contains(r.text.strip())) f.error(r, "required key '" + r.text + "' is not a front-matter key", Suggest.hint(r.text, known));
            }
            String termOf = f.string(t.map.get("term_of"), "term_of");
            if (termOf != null && !taxIds.contains(termOf)) {
                f.error(t.map.get("term_of"), "term_of names an unknown taxonomy '" + termOf + "'", Suggest.hint(termOf, taxIds));
                termOf = null;
            }
            String singular = orDefault(f.string(t.map.get("singular"), "singular"), label.toLowerCase(java.util.Locale.ROOT));
            String listPrefix = f.string(t.map.get("list_prefix"), "list_prefix");
            out.add(new ContentType(id, label, orDefault(f.string(t.map.get("plural"), "plural"), label), folder,
                    permalink, required, termOf, citeAs(t), singular, listPrefix == null || listPrefix.isBlank() ? null : listPrefix.strip(),
                    f.bool(t.map.get("full_text"), "full_text", false)));
        }
        return out;
    }

    /** A type's {@code cite_as}: one of the {@link Genre} ids; a report when it is not given (most of an archive is grey literature). */
    private Genre citeAs(YNode type) {
        String s = f.string(type.map.get("cite_as"), "cite_as");
        if (s == null) return Genre.REPORT;
        for (Genre g : Genre.values()) if (g.id().equals(s.strip())) return g;
        List<String> ids = java.util.Arrays.stream(Genre.values()).map(Genre::id).toList();
        f.error(type.map.get("cite_as"), "cite_as '" + s + "' is not a kind of work hub can cite", Suggest.oneOf(s, "cite_as", ids));
        return Genre.REPORT;
    }

    private List<TaxonomyDef> taxonomies(YNode n) {
        List<TaxonomyDef> out = new ArrayList<>();
        if (n == null || n.kind == YNode.Kind.NULL) return out;
        if (n.kind != YNode.Kind.LIST) {
            f.error(n, "'taxonomies' must be a list", null);
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (YNode t : n.list) {
            if (t.kind != YNode.Kind.MAP) {
                f.error(t, "each taxonomy must be a map (id, label, plural, base, controlled, terms)", null);
                continue;
            }
            f.unknownKeys(t, TAXONOMY_KEYS, "taxonomy");
            String id = f.requiredString(t, "id", "id: themes");
            if (id == null) continue;
            if (!ID.matcher(id).matches()) f.error(t.map.get("id"), "taxonomy id '" + id + "' must be lower-case letters, digits and '-'", null);
            if (FrontMatter.KEYS.contains(id) && !id.equals(TaxonomyDef.AUTHORS)) {
                f.error(t.map.get("id"), "taxonomy id '" + id + "' is a reserved front-matter key", "choose another id");
            }
            if (!ids.add(id)) f.error(t.map.get("id"), "taxonomy '" + id + "' is declared twice", null);
            String label = orDefault(f.string(t.map.get("label"), "label"), id);
            boolean controlled = f.bool(t.map.get("controlled"), "controlled", false);
            List<TermDef> terms = terms(t.map.get("terms"));
            if (controlled && terms.isEmpty()) f.error(t, "controlled taxonomy '" + id + "' lists no terms", "add terms: [{id: x, label: X}]");
            out.add(new TaxonomyDef(id, label, orDefault(f.string(t.map.get("plural"), "plural"), label),
                    orDefault(f.string(t.map.get("base"), "base"), "/" + id + "/"), controlled, terms, role(t, id, out)));
        }
        // A role no taxonomy claims goes to the taxonomy with its name as id (so configs without role: keep working).
        for (TaxonomyRole r : TaxonomyRole.values()) {
            if (out.stream().anyMatch(t -> t.role() == r)) continue;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).id().equals(r.key()) && out.get(i).role() == null) out.set(i, out.get(i).withRole(r));
            }
        }
        return out;
    }

    /**
     * A taxonomy's {@code role:}: one of {@link TaxonomyRole}'s keys, each on one taxonomy at most; the authors
     * taxonomy always has the authors role and no other taxonomy may take it.
     */
    private TaxonomyRole role(YNode t, String id, List<TaxonomyDef> before) {
        YNode n = t.map.get("role");
        String key = f.string(n, "role");
        if (key == null || key.isBlank()) return id.equals(TaxonomyDef.AUTHORS) ? TaxonomyRole.AUTHORS : null;
        key = key.strip();
        TaxonomyRole role = TaxonomyRole.of(key);
        List<String> keys = java.util.Arrays.stream(TaxonomyRole.values()).map(TaxonomyRole::key).toList();
        if (role == null) {
            f.error(n, "unknown taxonomy role '" + key + "'", Suggest.hint(key, keys));
            return null;
        }
        if ((role == TaxonomyRole.AUTHORS) != id.equals(TaxonomyDef.AUTHORS)) {
            f.error(n, role == TaxonomyRole.AUTHORS ? "only the taxonomy with id 'authors' can have the role 'authors'"
                    : "the authors taxonomy always has the role 'authors'", "remove role: " + key);
            return null;
        }
        for (TaxonomyDef other : before) {
            if (other.role() == role) {
                f.error(n, "taxonomy '" + other.id() + "' already has the role '" + key + "'", "a role belongs to one taxonomy");
                return null;
            }
        }
        return role;
    }

    private List<TermDef> terms(YNode n) {
        List<TermDef> out = new ArrayList<>();
        if (n == null || n.kind == YNode.Kind.NULL) return out;
        if (n.kind != YNode.Kind.LIST) {
            f.error(n, "'terms' must be a list", null);
            return out;
        }
        Set<String> ids = new HashSet<>();
        List<YNode> replacedBy = new ArrayList<>();
        for (YNode t : n.list) {
            if (t.kind != YNode.Kind.MAP) {
                f.error(t, "each term must be a map (id, label, description, synonyms, replaced_by)", null);
                continue;
            }
            f.unknownKeys(t, TERM_KEYS, "term");
            String id = f.requiredString(t, "id", "id: participation");
            if (id == null) continue;
            if (!ID.matcher(id).matches()) f.error(t.map.get("id"), "term id '" + id + "' must be lower-case letters, digits and '-'", null);
            if (!ids.add(id)) f.error(t.map.get("id"), "term '" + id + "' is declared twice", null);
            String rb = f.string(t.map.get("replaced_by"), "replaced_by");
            if (rb != null) replacedBy.add(t.map.get("replaced_by"));
            out.add(new TermDef(id, orDefault(f.string(t.map.get("label"), "label"), id),
                    orEmpty(f.string(t.map.get("description"), "description")),
                    f.stringList(t.map.get("synonyms"), "synonyms").stream().map(x -> x.text.strip()).toList(), rb));
        }
        for (YNode r : replacedBy) {
            if (!ids.contains(r.text)) f.error(r, "replaced_by names an unknown term '" + r.text + "'", Suggest.hint(r.text, ids));
        }
        return out;
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static String orDefault(String s, String d) {
        return s == null || s.isBlank() ? d : s.strip();
    }
}
