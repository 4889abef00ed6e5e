package hub.build;

import hub.diagnostic.Diagnostic;
import hub.diagnostic.Diagnostics;
import hub.model.Document;
import hub.model.SiteConfig;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the stages that read only the configuration and the documents' front matter made in the last build: the
 * taxonomies, the addresses and which publication replaces which, each with what it reported. An editor writing
 * changes a body, not the front matter: a build whose configuration and documents equal the last one's in all but
 * their bodies takes these as they were (a preview save at 10,000 documents spent 80 ms making them again), and the
 * Markdown stage may take every remembered answer that only these decide ({@code Markdown.render}'s
 * {@code frontMatterSame}). Kept by the preview only (in {@link BuildState}), replaced by each build that gets as far
 * as the Markdown stage, so it always describes the inputs the Markdown memo was last checked against.
 */
final class FrontMatterMemo {
    /** A stage's result and the diagnostics it reported, in order. */
    record Made<T>(T value, List<Diagnostic> diagnostics) {
        /** The same value and diagnostics in a new object {@code wrap} makes (the same maps and lists in it). */
        Made<T> rewrapped(java.util.function.UnaryOperator<T> wrap) {
            return new Made<>(wrap.apply(value), diagnostics);
        }

        /** Makes it (reporting into {@code diagnostics}), or takes {@code before}'s again, reporting what it reported. */
        static <T> Made<T> of(Made<T> before, Diagnostics diagnostics, Supplier<T> make) {
            if (before != null) {
                before.diagnostics().forEach(diagnostics::add);
                return before;
            }
            int mark = diagnostics.mark();
            T value = make.get();
            return new Made<>(value, diagnostics.since(mark));
        }
    }

    private final SiteConfig config;
    private final List<Document> documents;
    final Made<hub.model.Taxonomies> taxonomies;
    final Made<hub.model.UrlIndex> urls;
    final Made<hub.model.Succession> succession;
    /** What the taxonomy stage made of each taxonomy, by id (a build may keep those an edit did not touch). */
    final java.util.Map<String, hub.taxonomy.Taxonomize.Part> parts;

    FrontMatterMemo(SiteConfig config, List<Document> documents, Made<hub.model.Taxonomies> taxonomies, Made<hub.model.UrlIndex> urls,
                    Made<hub.model.Succession> succession, java.util.Map<String, hub.taxonomy.Taxonomize.Part> parts) {
        this.parts = java.util.Map.copyOf(parts);
        this.config = config;
        this.documents = documents;
        this.taxonomies = taxonomies;
        this.urls = urls;
        this.succession = succession;
    }

    /**
     * Whether {@code documents} (in order) and {@code config} equal those remembered in everything but the bodies. A
     * document whose file did not change is the very object the load stage remembered, so this is mostly a comparison
     * of references.
     */
    boolean sameAs(SiteConfig config, List<Document> documents) {
        Change change = changedSince(config, documents);
        return change != null && change.keys().isEmpty();
    }

    /**
     * What changed in the front matter since: the keys of the documents whose front matter differs, whether the
     * taxonomies still hold (every changed document has the terms it had, and none is a term's own page, whose title and
     * summary a term may show), and whether the addresses may still hold (each changed document keeps its slug,
     * language, aliases and address, and the years that have publications are the same: each has a page); they do when
     * the taxonomies' terms are the same too ({@link #addressesHold}).
     */
    record Change(java.util.Set<String> keys, boolean taxonomiesHold, boolean documentAddressesHold, java.util.Set<String> taxonomiesChanged) {
        /** The last build's part of the taxonomy {@code id}, when no changed document's terms in it changed; else null. */
        hub.taxonomy.Taxonomize.Part kept(FrontMatterMemo last, String id) {
            return taxonomiesChanged == null || taxonomiesChanged.contains(id) ? null : last.parts.get(id);
        }
    }

    /** The loaded documents it was made from (the list itself: the page index made for them remembers it). */
    List<Document> documents() {
        return documents;
    }

    /**
     * Whether the last build's addresses hold for a build with {@code change} whose taxonomies are {@code now}: the
     * documents keep theirs, and the terms (each has a page) are the same, with the same labels.
     */
    boolean addressesHold(Change change, hub.model.Taxonomies now) {
        return change != null && change.documentAddressesHold()
                && (now == taxonomies.value() || change.taxonomiesHold() || sameTerms(now, taxonomies.value()));
    }

    /** Whether two sets of taxonomies have the same definitions and terms (ids, labels, descriptions, paths), in order. */
    private static boolean sameTerms(hub.model.Taxonomies a, hub.model.Taxonomies b) {
        if (a.taxonomies().size() != b.taxonomies().size()) return false;
        for (int i = 0; i < a.taxonomies().size(); i++) {
            hub.model.Taxonomy x = a.taxonomies().get(i), y = b.taxonomies().get(i);
            if (!x.def().equals(y.def()) || !x.terms().equals(y.terms())) return false;
        }
        return true;
    }

    /**
     * The change from the documents remembered to {@code documents}, when {@code config} and the documents' keys and
     * paths (in order) are the same; null when they are not, or when more than an eighth of the documents changed (a
     * build that remade everything would gain nothing from the list).
     */
    Change changedSince(SiteConfig config, List<Document> documents) {
        if (!this.config.equals(config) || this.documents.size() != documents.size()) return null;
        java.util.Set<String> changed = new java.util.TreeSet<>();
        boolean terms = true, addresses = true, years = true;
        java.util.Set<String> taxonomiesChanged = new java.util.HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            Document a = this.documents.get(i), b = documents.get(i);
            if (a == b) continue;
            if (!a.key().equals(b.key()) || !a.ref().path().equals(b.ref().path())) return null;
            if (a.frontMatter().equals(b.frontMatter())) continue;
            changed.add(b.key());
            if (changed.size() > documents.size() / 8 + 1) return null;
            boolean termPage = config.type(b.type()).map(t -> t.termOf() != null).orElse(true);
            terms &= !termPage && a.type().equals(b.type()) && a.terms().equals(b.terms());
            // Which taxonomies it touched: those whose terms it changed, and the one it is a term's page of.
            if (taxonomiesChanged != null) {
                java.util.Set<String> ids = new java.util.HashSet<>(a.terms().keySet());
                ids.addAll(b.terms().keySet());
                for (String id : ids) if (!java.util.Objects.equals(a.terms().get(id), b.terms().get(id))) taxonomiesChanged.add(id);
                String termOf = config.type(b.type()).map(t -> t.termOf()).orElse(null);
                if (termOf != null) taxonomiesChanged.add(termOf);
                if (!a.type().equals(b.type()) || config.type(b.type()).isEmpty()) taxonomiesChanged = null;
            }
            addresses &= java.util.Objects.equals(a.slug(), b.slug()) && java.util.Objects.equals(a.lang(), b.lang())
                    && a.aliases().equals(b.aliases()) && address(config, a).equals(address(config, b));
            years &= a.date() == null ? b.date() == null : b.date() != null && a.date().getYear() == b.date().getYear();
        }
        if (addresses && !years) addresses = yearsOf(this.documents, config).equals(yearsOf(documents, config));
        return new Change(changed, terms, addresses, taxonomiesChanged);
    }

    /** Where a publication is published (its permalink); empty for other documents, whose address their term decides. */
    private static String address(SiteConfig config, Document d) {
        hub.model.ContentType type = config.type(d.type()).orElse(null);
        if (type == null || !type.isPublication() || d.date() == null) return "";
        return hub.model.Permalink.expand(type, d.slug(), d.date(), d.lang());
    }

    /** The years that have a publication (each has a page). */
    private static java.util.Set<Integer> yearsOf(List<Document> documents, SiteConfig config) {
        java.util.Set<Integer> years = new java.util.HashSet<>();
        for (Document d : documents) {
            if (d.date() != null && config.type(d.type()).map(hub.model.ContentType::isPublication).orElse(false)) years.add(d.date().getYear());
        }
        return years;
    }
}
