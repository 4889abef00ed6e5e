package hub.render;

import hub.model.ContentType;
import hub.model.Document;
import hub.model.Site;
import hub.model.SiteConfig;
import hub.model.Taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's documents indexed by type, collection, term, term page and translation: made from the front matter,
 * the taxonomies and the configuration only. The preview's build after a body edit takes the taxonomies and
 * addresses of the build before as they were (the very objects), and then this index too ({@link #of}); after an
 * edit of a few documents' front matter it moves only those documents in the last index's lists.
 */
final class DocumentIndex {
    private final Object taxonomies, urls;
    private final SiteConfig config;
    /** The loaded documents (the list itself) this index was made for, when the build said; else null. */
    private final Object frontMatter;
    /** Whether it is an earlier index with the edited documents moved (the build's stats say so, tests ask). */
    final boolean patched;
    final Map<String, List<Document>> byType;
    final Map<String, List<Document>> collections;
    /** Taxonomy id, then term id, to its publications newest first. */
    final Map<String, Map<String, List<Document>>> termDocs;
    final Map<String, Integer> positionInType;
    final Map<String, Document> termPages;
    final Map<String, List<Document>> translations;
    final List<Document> listed;
    /** The listed publications by key: the objects the lists hold. */
    final Map<String, Document> listedByKey;
    /** The listed publications newest first ({@link Views#NEWEST_FIRST}), all of them and by type. */
    final List<Document> newestFirst;
    final Map<String, List<Document>> newestByType;

    private DocumentIndex(Site site, Object frontMatter) {
        this.taxonomies = site.taxonomies();
        this.urls = site.urls();
        this.config = site.config();
        this.frontMatter = frontMatter;
        this.patched = false;
        this.byType = new HashMap<>();
        this.collections = new HashMap<>();
        this.termDocs = new HashMap<>();
        this.positionInType = new HashMap<>();
        this.termPages = new HashMap<>();
        this.newestByType = new HashMap<>();
        this.listed = listedOf(site);
        this.listedByKey = new HashMap<>(listed.size() * 4 / 3 + 16);
        for (Document d : listed) listedByKey.putIfAbsent(d.key(), d);
        // The documents sorted once each way, then dealt into the lists in that order (each list comes out sorted):
        // sorting every term's list on its own was a tenth of a preview save after a date edit.
        List<Document> oldestFirst = new ArrayList<>(listed);
        oldestFirst.sort(Views.OLDEST_FIRST);
        for (Document d : oldestFirst) byType.computeIfAbsent(d.type(), k -> new ArrayList<>()).add(d);
        List<Document> newest = new ArrayList<>(listed);
        newest.sort(Views.NEWEST_FIRST);
        this.newestFirst = java.util.Collections.unmodifiableList(newest);
        List<Taxonomy> taxonomyList = site.taxonomies().taxonomies();
        for (Taxonomy t : taxonomyList) termDocs.put(t.id(), new HashMap<>());
        for (Document d : newest) {
            newestByType.computeIfAbsent(d.type(), k -> new ArrayList<>()).add(d);
            // One look-up of the document's terms, and term lists keyed by the ids as written (their hashes are kept):
            // a look-up per taxonomy and a "taxonomy/id" string per term were half of making the index.
            Map<String, List<String>> terms = site.taxonomies().assignments().get(d.key());
            if (terms == null) continue;
            for (Taxonomy t : taxonomyList) {
                List<String> ids = terms.get(t.id());
                if (ids == null) continue;
                Map<String, List<Document>> ofTaxonomy = termDocs.get(t.id());
                for (String id : ids) ofTaxonomy.computeIfAbsent(id, k -> new ArrayList<>()).add(d);
            }
        }
        for (Document d : listed) {
            String c = d.extraString("collection");
            if (c != null) collections.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
        }
        collections.values().forEach(l -> l.sort(Views.COLLECTION_ORDER));
        byType.values().forEach(l -> {
            for (int i = 0; i < l.size(); i++) positionInType.put(l.get(i).key(), i);
        });
        for (Document d : site.corpus().documents()) {
            String taxonomy = config.type(d.type()).map(ContentType::termOf).orElse(null);
            if (taxonomy != null) termPages.putIfAbsent(taxonomy + "/" + d.slug(), d);
        }
        this.translations = translationsOf(site);
    }

    /**
     * {@code before} with the documents of {@code edit} moved: each edited document taken out of the lists it was in
     * and put where it now belongs (found by binary search: every list is in a total order), in copies of the lists
     * it touches; the others are shared with {@code before}, which the previous build's pages may still be reading.
     * At 10,000 documents making the index again was a third of the page plan a date or term edit waits for.
     */
    private DocumentIndex(DocumentIndex before, Site site, Render.FrontMatterEdit edit) {
        this.taxonomies = site.taxonomies();
        this.urls = site.urls();
        this.config = site.config();
        this.frontMatter = edit.to();
        this.patched = true;
        this.listed = listedOf(site);
        this.listedByKey = new HashMap<>(before.listedByKey);
        this.byType = new HashMap<>(before.byType);
        this.newestByType = new HashMap<>(before.newestByType);
        this.collections = new HashMap<>(before.collections);
        this.termDocs = new HashMap<>(before.termDocs);
        this.positionInType = new HashMap<>(before.positionInType);
        this.termPages = before.termPages;
        this.translations = config.languages().isEmpty() ? before.translations : translationsOf(site);
        hub.model.Taxonomies was = (hub.model.Taxonomies) before.taxonomies, now = site.taxonomies();
        Map<String, Document> byKeyNow = site.corpus().byKey();
        java.util.Set<Object> copied = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Document> newest = new ArrayList<>(before.newestFirst);
        java.util.Set<String> types = new java.util.HashSet<>(), collectionNames = new java.util.HashSet<>();
        for (String key : edit.keys()) {
            Document old = before.listedByKey.get(key);
            if (old != null) {
                remove(newest, old, Views.NEWEST_FIRST);
                remove(own(byType, old.type(), copied), old, Views.OLDEST_FIRST);
                remove(own(newestByType, old.type(), copied), old, Views.NEWEST_FIRST);
                forTerms(was, key, (t, id) -> remove(own(ownTaxonomy(t, copied), id, copied), old, Views.NEWEST_FIRST));
                listedByKey.remove(key);
                positionInType.remove(key);
                types.add(old.type());
                if (old.extraString("collection") != null) collectionNames.add(old.extraString("collection"));
            }
            Document d = byKeyNow.get(key);
            if (d != null && isListed(config, d)) {
                insert(newest, d, Views.NEWEST_FIRST);
                insert(own(byType, d.type(), copied), d, Views.OLDEST_FIRST);
                insert(own(newestByType, d.type(), copied), d, Views.NEWEST_FIRST);
                forTerms(now, key, (t, id) -> insert(own(ownTaxonomy(t, copied), id, copied), d, Views.NEWEST_FIRST));
                listedByKey.put(key, d);
                types.add(d.type());
                if (d.extraString("collection") != null) collectionNames.add(d.extraString("collection"));
            }
        }
        this.newestFirst = java.util.Collections.unmodifiableList(newest);
        // A list an edit emptied is left out, as a new index leaves it out.
        for (String type : types) {
            if (byType.get(type) != null && byType.get(type).isEmpty()) byType.remove(type);
            if (newestByType.get(type) != null && newestByType.get(type).isEmpty()) newestByType.remove(type);
            for (int i = 0; i < byType.getOrDefault(type, List.of()).size(); i++) positionInType.put(byType.get(type).get(i).key(), i);
        }
        for (Map<String, List<Document>> ofTaxonomy : termDocs.values()) {
            if (copied.contains(ofTaxonomy)) ofTaxonomy.values().removeIf(List::isEmpty);
        }
        // A collection's order (weight, title) leaves ties in corpus order: dealt again from the listed documents.
        for (String c : collectionNames) {
            List<Document> members = new ArrayList<>();
            for (Document d : listed) if (c.equals(d.extraString("collection"))) members.add(listedByKey.get(d.key()));
            members.sort(Views.COLLECTION_ORDER);
            if (members.isEmpty()) collections.remove(c);
            else collections.put(c, members);
        }
    }

    /** The list under {@code key}, copied first unless this patch made or copied it. */
    private static List<Document> own(Map<String, List<Document>> map, String key, java.util.Set<Object> copied) {
        List<Document> l = map.get(key);
        if (l == null || !copied.contains(l)) {
            l = l == null ? new ArrayList<>() : new ArrayList<>(l);
            map.put(key, l);
            copied.add(l);
        }
        return l;
    }

    /** The term lists of taxonomy {@code id}, copied first unless this patch made or copied them. */
    private Map<String, List<Document>> ownTaxonomy(String id, java.util.Set<Object> copied) {
        Map<String, List<Document>> m = termDocs.get(id);
        if (m == null || !copied.contains(m)) {
            m = m == null ? new HashMap<>() : new HashMap<>(m);
            termDocs.put(id, m);
            copied.add(m);
        }
        return m;
    }

    /** Each (taxonomy, term id) the document {@code key} carries in {@code taxonomies}, for the taxonomies the site has. */
    private static void forTerms(hub.model.Taxonomies taxonomies, String key, java.util.function.BiConsumer<String, String> each) {
        Map<String, List<String>> terms = taxonomies.assignments().get(key);
        if (terms == null) return;
        for (Taxonomy t : taxonomies.taxonomies()) {
            for (String id : terms.getOrDefault(t.id(), List.of())) each.accept(t.id(), id);
        }
    }

    private static void remove(List<Document> sorted, Document d, Comparator<Document> order) {
        int i = java.util.Collections.binarySearch(sorted, d, order);
        if (i < 0 || sorted.get(i) != d) throw new IllegalStateException("not in its list: " + d.key());
        sorted.remove(i);
    }

    private static void insert(List<Document> sorted, Document d, Comparator<Document> order) {
        int i = java.util.Collections.binarySearch(sorted, d, order);
        if (i >= 0) throw new IllegalStateException("already in its list: " + d.key());
        sorted.add(-i - 1, d);
    }

    private static boolean isListed(SiteConfig config, Document d) {
        return config.type(d.type()).map(ContentType::isPublication).orElse(true) && d.lifecycle().listed();
    }

    private static List<Document> listedOf(Site site) {
        return site.corpus().publications().stream().filter(d -> d.lifecycle().listed()).toList();
    }

    private static Map<String, List<Document>> translationsOf(Site site) {
        Map<String, List<Document>> translations = new HashMap<>();
        if (site.config().languages().isEmpty()) return translations;
        for (Document d : site.corpus().publications()) translations.computeIfAbsent(d.translationGroup(), k -> new ArrayList<>()).add(d);
        translations.values().removeIf(l -> l.size() < 2);
        return translations;
    }

    /**
     * {@code before} when it was made from the same taxonomies and addresses (the same objects, which a build takes
     * again only when no front matter changed) and an equal configuration; else, when {@code edit} says which
     * documents' front matter changed since the documents {@code before} was made for, {@code before} with those
     * moved; else a new index of {@code site}. Its documents may be the earlier builds' objects: equal in everything
     * an index reads.
     */
    static DocumentIndex of(Site site, DocumentIndex before, Render.FrontMatterEdit edit) {
        if (before != null && before.taxonomies == site.taxonomies() && before.urls == site.urls() && before.config.equals(site.config())) {
            return before;
        }
        if (before != null && edit != null && edit.keys() != null && edit.from() != null && before.frontMatter == edit.from()
                && before.config.equals(site.config()) && edit.keys().size() <= PATCHED_AT_MOST && !touchesTermPages(site, edit)) {
            try {
                return new DocumentIndex(before, site, edit);
            } catch (IllegalStateException e) {
                // A list not in the order the last index had: make the index anew (a test holds the two equal).
            }
        }
        return new DocumentIndex(site, edit == null ? null : edit.to());
    }

    /** More edited documents than this, and a new index costs about as much as moving them. */
    static final int PATCHED_AT_MOST = 64;

    /**
     * Whether an edited document is a term's own page (those are keyed by slug, first come first served) or of a type the
     * configuration does not name. (Its key, which names its type, is what it was: a change lists only such documents.)
     */
    private static boolean touchesTermPages(Site site, Render.FrontMatterEdit edit) {
        Map<String, Document> now = site.corpus().byKey();
        for (String key : edit.keys()) {
            Document d = now.get(key);
            var type = d == null ? java.util.Optional.<ContentType>empty() : site.config().type(d.type());
            if (type.isEmpty() || type.get().termOf() != null) return true;
        }
        return false;
    }
}
