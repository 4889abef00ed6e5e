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

    FrontMatterMemo(SiteConfig config, List<Document> documents, Made<hub.model.Taxonomies> taxonomies, Made<hub.model.UrlIndex> urls,
                    Made<hub.model.Succession> succession) {
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
        java.util.Set<String> changed = changedSince(config, documents);
        return changed != null && changed.isEmpty();
    }

    /**
     * The keys of the documents whose front matter differs from that remembered, when {@code config} and the documents'
     * keys and paths (in order) are the same; null when they are not, or when more than {@code 1/8} of the documents
     * changed (a build that remade everything would gain nothing from the list).
     */
    java.util.Set<String> changedSince(SiteConfig config, List<Document> documents) {
        if (!this.config.equals(config) || this.documents.size() != documents.size()) return null;
        java.util.Set<String> changed = new java.util.TreeSet<>();
        for (int i = 0; i < documents.size(); i++) {
            Document a = this.documents.get(i), b = documents.get(i);
            if (a == b) continue;
            if (!a.key().equals(b.key()) || !a.ref().path().equals(b.ref().path())) return null;
            if (!a.frontMatter().equals(b.frontMatter())) {
                changed.add(b.key());
                if (changed.size() > documents.size() / 8 + 1) return null;
            }
        }
        return changed;
    }
}
