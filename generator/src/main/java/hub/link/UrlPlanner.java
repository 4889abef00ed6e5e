package hub.link;

import hub.diagnostic.Diagnostics;
import hub.model.ContentType;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.SiteConfig;
import hub.model.Taxonomies;
import hub.model.Taxonomy;
import hub.model.Term;
import hub.model.TermValue;
import hub.model.UrlIndex;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Decides every URL of the site before anything renders, and refuses two things on one path. */
final class UrlPlanner {
    private final Corpus corpus;
    private final Taxonomies taxonomies;
    private final Diagnostics diagnostics;

    UrlPlanner(Corpus corpus, Taxonomies taxonomies, Diagnostics diagnostics) {
        this.corpus = corpus;
        this.taxonomies = taxonomies;
        this.diagnostics = diagnostics;
    }

    UrlIndex plan() {
        Map<String, String> pages = generatedPages();
        Map<String, String> documents = new LinkedHashMap<>();
        Map<String, String> byPath = new TreeMap<>();
        Map<String, Document> owner = new LinkedHashMap<>();
        Map<String, String> sources = new TreeMap<>();
        for (Document d : corpus.documents()) {
            sources.put(d.ref().path(), d.key());
            String path = place(d, pages, owner);
            if (path == null) continue;
            documents.put(d.key(), path);
            if (config().type(d.type()).orElseThrow().isPublication()) {
                owner.put(path, d);
                byPath.put(path, d.key());
            }
        }
        return new UrlIndex(documents, byPath, aliases(pages, byPath, owner), sources, pages);
    }

    private SiteConfig config() {
        return corpus.config();
    }

    /** The pages the site generates besides documents, by path, each with how an error names it. */
    private Map<String, String> generatedPages() {
        Map<String, String> pages = new TreeMap<>();
        pages.put("", "the home page");
        pages.put("search/", "the search page");
        pages.put("years/", "the year archive");
        pages.put("404.html", "the not-found page");
        for (ContentType t : config().types()) {
            if (t.isPublication()) pages.put(UrlIndex.normalise(t.listPath()), "the list of " + t.plural().toLowerCase());
        }
        for (Taxonomy tax : taxonomies.taxonomies()) {
            pages.put(tax.def().basePath(), "the " + tax.def().plural().toLowerCase() + " index");
            for (Term term : tax.terms()) pages.put(term.path(), "the " + tax.def().label().toLowerCase() + " page '" + term.label() + "'");
        }
        corpus.publications().stream().map(d -> d.date().getYear()).distinct()
                .forEach(y -> pages.put("years/" + y + "/", "the archive of " + y));
        // A list per language other than the site's that has publications (/fr/).
        corpus.publications().stream().map(Document::lang).filter(java.util.Objects::nonNull).distinct()
                .forEach(l -> pages.put(l.toLowerCase(java.util.Locale.ROOT) + "/", "the list of publications in " + l));
        return pages;
    }

    /**
     * Where {@code d} is published: a term document at its term's page (or its type's list), a publication at its
     * permalink; null (reported) when another publication or a generated page already has that address.
     */
    private String place(Document d, Map<String, String> pages, Map<String, Document> owner) {
        ContentType type = config().type(d.type()).orElseThrow();
        if (!type.isPublication()) {
            return taxonomies.get(type.termOf()).flatMap(t -> t.term(d.slug())).map(Term::path)
                    .orElse(type.listPath() + d.slug() + "/");
        }
        String path = hub.model.Permalink.expand(type, d.slug(), d.date(), d.lang());
        Document first = owner.get(path);
        if (first != null) {
            diagnostics.error(d.ref(), "this document would be published at /" + path + ", where " + first.ref().path()
                    + " is published too", "give one of them another slug (slug: ...)");
            return null;
        }
        if (pages.containsKey(path)) {
            diagnostics.error(d.ref(), "this document would be published at /" + path + ", which is " + pages.get(path),
                    "give it another slug (slug: ...)");
            return null;
        }
        return path;
    }

    /** Old addresses to redirect: each alias path to its document's key, unless the path is taken (reported). */
    private Map<String, String> aliases(Map<String, String> pages, Map<String, String> byPath, Map<String, Document> owner) {
        Map<String, String> aliases = new TreeMap<>();
        Map<String, TermValue> aliasRefs = new TreeMap<>();
        Map<String, Document> aliasOwners = new TreeMap<>();
        for (Document d : corpus.documents()) {
            for (TermValue a : d.aliases()) {
                String path = a.value();
                if (byPath.containsKey(path) && owner.get(path) == d) {
                    continue; // the old address is also the new one: nothing to redirect
                } else if (byPath.containsKey(path)) {
                    Document other = owner.get(path);
                    diagnostics.error(a.ref(), "alias /" + path + " is the address of " + other.ref().path(),
                            "remove the alias, or change that document's slug");
                } else if (pages.containsKey(path)) {
                    diagnostics.error(a.ref(), "alias /" + path + " is the address of " + pages.get(path), "remove the alias");
                } else if (aliases.containsKey(path)) {
                    Document other = aliasOwners.get(path);
                    if (other == d) continue;
                    diagnostics.error(a.ref(), "alias /" + path + " is also an alias of " + other.ref().path() + " (line "
                            + aliasRefs.get(path).ref().line() + ")", "keep the alias on one document only");
                } else {
                    aliases.put(path, d.key());
                    aliasRefs.put(path, a);
                    aliasOwners.put(path, d);
                }
            }
        }
        return aliases;
    }
}
