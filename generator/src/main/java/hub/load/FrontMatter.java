package hub.load;

import hub.diagnostic.Diagnostics;
import hub.diagnostic.Suggest;
import hub.model.ContentType;
import hub.model.Document;
import hub.model.Lifecycle;
import hub.model.Migration;
import hub.model.SiteConfig;
import hub.model.SourceRef;
import hub.model.TaxonomyDef;
import hub.model.TermValue;
import hub.text.LinkDestination;
import hub.text.Slug;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Binds one document's front matter (already parsed into a {@link YNode} map) to a {@link Document}. */
final class FrontMatter {
    /** The keys every document may use; each declared taxonomy id is a key too. */
    static final Set<String> KEYS = java.util.stream.Stream.concat(Stream.of("title", "date", "updated", "type", "authors", "summary", "slug",
            "aliases", "draft", "weight", "extra", "params", "doi", "isbn", "attachments", "lang", "translation_key"), LifecycleReader.KEYS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Keys from Hugo and Jekyll sites, read as ours so an existing site can move in. */
    static final Map<String, String> SYNONYMS = Map.of("description", "summary", "author", "authors", "lastmod", "updated",
            "translationKey", "translation_key", "language", "lang");
    /** A slug: lower-case letters, digits and '-', and '.' between two of those (Hugo's "v1.2-release"), never "..". */
    static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]|\\.(?=[a-z0-9]))*");
    /** The longest folder or file name most file systems allow, in bytes. */
    private static final int MAX_NAME_BYTES = 255;

    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final Attachments attachments;

    FrontMatter(SiteConfig config, Diagnostics diagnostics, Load.PdfTexts pdfTexts) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.attachments = new Attachments(config, diagnostics, pdfTexts);
    }

    /** @param fileLang the language the file's name gives (post.fr.md), or null */
    Document bind(String path, YNode fm, ContentType type, String fileSlug, String fileLang, Document.Body body, int bodyLine,
                  hub.memo.Hash source) {
        Fields f = new Fields(path, diagnostics);
        SourceRef fileRef = SourceRef.file(path);
        Map<String, SourceRef> keyRefs = new LinkedHashMap<>();
        Map<String, YNode> unknown = new LinkedHashMap<>();
        Map<String, YNode> values = knownKeys(fm, f, keyRefs, unknown);
        String title = title(fm, values, f, fileRef);
        // A term's page (an author, a place) is not a publication: it has no date to show, so none is asked for.
        boolean dated = type.isPublication() || values.containsKey("date");
        LocalDate date = dated ? date(values, f, fileRef) : null;
        LocalDate updated = f.date(values.get("updated"), "updated");
        checkDeclaredType(values, f, type);
        String slug = slug(values, f, fileSlug);
        Map<String, List<TermValue>> terms = terms(values, f);
        String summary = f.string(values.get("summary"), "summary");
        if (summary != null && summary.strip().startsWith("TODO")) {
            f.error(values.get("summary"), "the summary is still the placeholder", "write one or two sentences on what the publication is and found");
        }
        List<TermValue> aliases = aliases(values, f);
        boolean draft = f.bool(values.get("draft"), "draft", false);
        int weight = f.integer(values.get("weight"), "weight", 0);
        Map<String, Object> extra = extra(values, unknown, f);
        String doi = identifier(values, f, "doi", Identifiers::doi);
        String isbn = identifier(values, f, "isbn", Identifiers::isbn);
        Lifecycle lifecycle = LifecycleReader.read(values, f);
        List<hub.model.Attachment> files = attachments.bind(values.get("attachments"), f, path);
        String lang = values.containsKey("lang") ? lang(values, f) : fileLang;
        String translationKey = f.string(values.get("translation_key"), "translation_key");
        translationKey = translationKey == null || translationKey.isBlank() ? null : translationKey.strip();
        checkRequired(values, f, type, fileRef);
        if (title == null || (dated && date == null)) return null;
        return new Document(fileRef.at(1, 1), type.id(), slug, title, date, updated, terms,
                summary == null ? null : summary.strip(), aliases, draft, weight, extra, doi, isbn, lifecycle, files, lang, translationKey,
                body, bodyLine, keyRefs, source, Document.keyOf(lang, type.id(), slug));
    }

    /**
     * The front matter's values by our key names, with each key's position in {@code keyRefs}: synonyms folded into
     * our keys (both spellings at once is ambiguous), unknown keys reported with the nearest known one.
     */
    private Map<String, YNode> knownKeys(YNode fm, Fields f, Map<String, SourceRef> keyRefs, Map<String, YNode> unknown) {
        Map<String, YNode> values = new LinkedHashMap<>();
        Set<String> allowed = new LinkedHashSet<>(KEYS);
        allowed.addAll(SYNONYMS.keySet());
        config.taxonomies().forEach(t -> allowed.add(t.id()));
        for (var e : fm.map.entrySet()) {
            String key = e.getKey();
            SourceRef kr = f.keyRef(fm, key);
            if (!allowed.contains(key) && config.migration().unknownKeys() != Migration.UnknownKeys.ERROR) {
                // A site moving in keeps its own keys: under extra, where templates read them (extra.key).
                if (config.migration().unknownKeys() == Migration.UnknownKeys.WARN) {
                    diagnostics.warning(kr, "unknown front-matter key '" + key + "' is kept under extra",
                            Suggest.nearest(key, allowed).map(s -> "did you mean '" + s + "'? ").orElse("")
                                    + "templates read it as extra." + key + "; front_matter: {unknown_keys: extra} keeps such keys without a warning");
                }
                unknown.put(key, e.getValue());
                keyRefs.put(key, kr);
                continue;
            }
            if (!allowed.contains(key)) {
                String hint = Suggest.nearest(key, allowed).map(s -> "did you mean '" + s + "'?")
                        .orElse("front-matter keys are " + String.join(", ", KEYS.stream().sorted().toList())
                                + " and the taxonomies " + String.join(", ", config.taxonomies().stream().map(TaxonomyDef::id).toList())
                                + "; put anything else under 'extra:' (or keep such keys: front_matter: {unknown_keys: extra} in site-config.yml)");
                diagnostics.error(kr, "unknown front-matter key '" + key + "'", hint);
                continue;
            }
            String ours = SYNONYMS.getOrDefault(key, key);
            if (values.containsKey(ours)) {
                diagnostics.error(kr, "'" + key + "' and '" + ours + "' mean the same thing; keep one", null);
                continue;
            }
            values.put(ours, e.getValue());
            keyRefs.put(ours, kr);
        }
        return values;
    }

    /**
     * {@code lang:}, the language the document is written in: the site's own (then it is null, as when the key is not
     * there) or one declared under {@code languages:} in site-config.yml.
     */
    private String lang(Map<String, YNode> values, Fields f) {
        String lang = f.string(values.get("lang"), "lang");
        if (lang == null || lang.isBlank()) return null;
        lang = lang.strip();
        if (lang.equalsIgnoreCase(config.language())) return null;
        var declared = config.languageOf(lang);
        if (declared.isPresent()) return declared.get().code();
        List<String> codes = new java.util.ArrayList<>(List.of(config.language()));
        config.languages().forEach(l -> codes.add(l.code()));
        f.error(values.get("lang"), "language '" + lang + "' is not one of the site's", Suggest.nearest(lang, codes)
                .map(s -> "did you mean '" + s + "'? ").orElse("") + "declare it in site-config.yml: languages: [{code: " + lang + ", label: ...}]");
        return null;
    }

    /**
     * The document's {@code extra:} map, with Hugo's {@code params:} map and the keys hub does not know (when
     * front_matter: unknown_keys lets them in) added to it. A name given twice is ambiguous: the first one is kept.
     */
    private Map<String, Object> extra(Map<String, YNode> values, Map<String, YNode> unknown, Fields f) {
        Map<String, Object> extra = new LinkedHashMap<>(f.map(values.get("extra"), "extra"));
        YNode params = values.get("params");
        Map<String, Object> more = new LinkedHashMap<>(f.map(params, "params"));
        unknown.forEach((k, v) -> more.putIfAbsent(k, v.plain()));
        for (var e : more.entrySet()) {
            if (extra.containsKey(e.getKey())) {
                YNode at = params != null && params.kind == YNode.Kind.MAP && params.map.containsKey(e.getKey()) ? params.map.get(e.getKey()) : unknown.get(e.getKey());
                f.error(at == null ? values.get("extra") : at, "'" + e.getKey() + "' is given twice (under extra: and here)", "keep one");
            } else {
                extra.put(e.getKey(), e.getValue());
            }
        }
        return extra;
    }

    private String title(YNode fm, Map<String, YNode> values, Fields f, SourceRef fileRef) {
        if (values.containsKey("title")) return f.requiredString(Wrap.of(fm, values, "title"), "title", "title: \"The publication's title\"");
        diagnostics.error(fileRef.at(1, 1), "missing required key 'title'", "add title: \"The publication's title\"");
        return null;
    }

    private LocalDate date(Map<String, YNode> values, Fields f, SourceRef fileRef) {
        if (!values.containsKey("date")) {
            diagnostics.error(fileRef.at(1, 1), "missing required key 'date'", "add date: YYYY-MM-DD (the publication date)");
            return null;
        }
        LocalDate date = f.date(values.get("date"), "date");
        if (date == null && values.get("date").kind == YNode.Kind.NULL) f.error(values.get("date"), "'date' must not be empty", "date: 2018-09-01");
        return date;
    }

    /** A {@code type:} key is optional (the folder decides) but must agree with the folder when present. */
    private void checkDeclaredType(Map<String, YNode> values, Fields f, ContentType type) {
        String declaredType = f.string(values.get("type"), "type");
        if (declaredType == null || declaredType.strip().equals(type.id())) return;
        List<String> ids = config.types().stream().map(ContentType::id).toList();
        if (!ids.contains(declaredType.strip())) {
            f.error(values.get("type"), "unknown content type '" + declaredType + "'", Suggest.hint(declaredType, ids));
        } else {
            f.error(values.get("type"), "type '" + declaredType + "' does not match the folder '" + type.folder()
                    + "' (type '" + type.id() + "')", "move the file to content/"
                    + config.type(declaredType.strip()).map(ContentType::folder).orElse("?") + "/ or remove the type key");
        }
    }

    /** The {@code slug:} key when it is a valid slug, else the file's. */
    private String slug(Map<String, YNode> values, Fields f, String fileSlug) {
        if (!values.containsKey("slug")) return fileSlug;
        String s = f.string(values.get("slug"), "slug");
        if (s == null) return fileSlug;
        s = s.strip();
        if (SLUG.matcher(s).matches()) return s;
        f.error(values.get("slug"), "slug '" + s + "' may use only lower-case letters, digits, '-' and '.' between them"
                + (s.contains("..") || s.contains("/") ? " (no '/' or '..')" : ""), "slug: " + Slug.of(s, "untitled"));
        return fileSlug;
    }

    /** Each declared taxonomy's values (authors too when the site declares no authors taxonomy), with positions. */
    private Map<String, List<TermValue>> terms(Map<String, YNode> values, Fields f) {
        Map<String, List<TermValue>> terms = new LinkedHashMap<>();
        for (TaxonomyDef tax : config.taxonomies()) {
            if (values.containsKey(tax.id())) terms.put(tax.id(), termValues(values, f, tax.id()));
        }
        if (!config.taxonomy(TaxonomyDef.AUTHORS).isPresent() && values.containsKey(TaxonomyDef.AUTHORS)) {
            terms.put(TaxonomyDef.AUTHORS, termValues(values, f, TaxonomyDef.AUTHORS));
        }
        return terms;
    }

    private static List<TermValue> termValues(Map<String, YNode> values, Fields f, String key) {
        List<TermValue> vs = new ArrayList<>();
        for (YNode n : f.stringList(values.get(key), key)) vs.add(new TermValue(n.text.strip(), f.at(n)));
        return vs;
    }

    /** An identifier key's value, normalised, or null (absent, or wrong: reported at the value with the expected form). */
    private static String identifier(Map<String, YNode> values, Fields f, String key, java.util.function.Function<String, Identifiers.Checked> check) {
        String raw = f.string(values.get(key), key);
        if (raw == null) return null;
        Identifiers.Checked c = check.apply(raw);
        if (c.error() != null) f.error(values.get(key), c.error(), c.hint());
        return c.value();
    }

    private List<TermValue> aliases(Map<String, YNode> values, Fields f) {
        List<TermValue> aliases = new ArrayList<>();
        for (YNode n : f.stringList(values.get("aliases"), "aliases")) {
            String written = n.text.strip();
            LinkDestination.Parsed url;
            try {
                url = LinkDestination.parse(written);
            } catch (LinkDestination.Malformed e) {
                f.error(n, "alias '" + LinkDestination.quoted(written) + "' is not a valid URL", e.hint());
                continue;
            }
            String a = alias(written, url);
            if (a == null) {
                f.error(n, "alias '" + n.text + "' must be a path on this site (or on a legacy host), with no '..', '?' or '#'",
                        "aliases: [/old/path/]");
            } else if (hasOverlongName(a)) {
                f.error(n, "alias '" + LinkDestination.quoted(written) + "' has a folder name longer than " + MAX_NAME_BYTES
                        + " bytes, which no file system can hold", "shorten it: the redirect page is written at that path");
            } else {
                aliases.add(new TermValue(a, f.at(n)));
            }
        }
        return aliases;
    }

    /** The keys the document's content type requires (site-config.yml's types: required) are present and not empty. */
    private void checkRequired(Map<String, YNode> values, Fields f, ContentType type, SourceRef fileRef) {
        for (String req : type.required()) {
            YNode v = values.get(req);
            boolean empty = v == null || v.kind == YNode.Kind.NULL || (v.isScalar() && v.text.isBlank())
                    || (v.kind == YNode.Kind.LIST && v.list.isEmpty());
            if (empty) {
                diagnostics.error(v == null ? fileRef.at(1, 1) : f.at(v), "'" + req + "' is required for " + type.plural().toLowerCase(Locale.ROOT),
                        "add " + req + ": " + (config.taxonomy(req).isPresent() ? "[...]" : "..."));
            }
        }
    }

    /** Whether a site path has a folder name no file system can hold (most allow 255 bytes), so no page can be written at it. */
    private static boolean hasOverlongName(String path) {
        for (String name : path.split("/")) {
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) return true;
        }
        return false;
    }

    /**
     * An alias as a site path ("old/path/"), or null when it is not a safe path. {@code written} is a URL
     * ({@code url} as parsed); an http(s) URL on a legacy host becomes its path.
     */
    private String alias(String written, LinkDestination.Parsed url) {
        String p = written;
        URI u = url.uri();
        if (u.getScheme() != null || url.host() != null) {
            boolean legacy = u.getScheme() != null && LinkDestination.isWeb(written) && config.legacyHosts().contains(url.host());
            if (!legacy) return null;
            p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        }
        if (p.contains("..") || p.contains("\\") || p.contains("?") || p.contains("#") || p.contains("//") || p.contains(":")) return null;
        if (p.isBlank() || p.equals("/")) return null;
        return hub.model.UrlIndex.normalise(p);
    }

    /** Lets {@link Fields#requiredString} read a synonym-folded key while reporting at the key's position. */
    private static final class Wrap {
        static YNode of(YNode original, Map<String, YNode> values, String key) {
            YNode m = YNode.map(original.line, original.col);
            m.map.put(key, values.get(key));
            return m;
        }
    }
}
