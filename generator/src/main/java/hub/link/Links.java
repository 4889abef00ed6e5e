package hub.link;

import hub.diagnostic.Diagnostics;
import hub.model.Corpus;
import hub.model.LinkGraph;
import hub.model.LinkResolver;
import hub.model.RenderedDocument;
import hub.model.Succession;
import hub.model.Taxonomies;
import hub.model.UrlIndex;

import java.util.Map;

/**
 * The link stage, in two steps around Markdown rendering: first every URL is decided and a
 * resolver is handed to the Markdown stage; after rendering, every link and fragment is checked
 * and the graph of who cites whom is built.
 */
public final class Links {
    private Links() {
    }

    public static UrlIndex plan(Corpus corpus, Taxonomies taxonomies, Diagnostics diagnostics) {
        return new UrlPlanner(corpus, taxonomies, diagnostics).plan();
    }

    /** Which publication replaces which ({@code superseded_by}), checked: every name resolves, no document replaces itself, no cycle. */
    public static Succession succession(Corpus corpus, Diagnostics diagnostics) {
        return SuccessionPlanner.plan(corpus, diagnostics);
    }

    public static LinkResolver resolver(Corpus corpus, UrlIndex urls) {
        return new Resolver(corpus, urls);
    }

    /**
     * Checks every link and inverts them into "cited by" and "linked from". A build may go on past content files that
     * did not load ({@code unloaded}, as diagnostics name them): links to those are not reported again as unresolved.
     */
    /**
     * What the last graph was made from (the preview keeps one between saves): {@link #graph(Memo, Object, Map, Corpus,
     * Succession, java.util.Set, Diagnostics)} updates it for the documents whose rendering changed.
     */
    /**
     * What a build knows of its front matter, for {@link #graph(Memo, FrontMatter, Map, Corpus, Succession, java.util.Set,
     * Diagnostics)}: {@code token} stands for this build's front matter (the same object while it is unchanged),
     * {@code previous} for the last build's, and {@code changed} lists the documents whose front matter differs between
     * the two (null: not known).
     */
    public record FrontMatter(Object token, Object previous, java.util.Set<String> changed) {
    }

    public static final class Memo {
        LinkGraph graph;
        Object frontMatter;
        java.util.Set<String> unloaded = java.util.Set.of();
        Map<String, RenderedDocument> rendered = Map.of();
        /** Per document key (in key order), what checking its links reported, for those that reported something. */
        Map<String, java.util.List<hub.diagnostic.Diagnostic>> reported = new java.util.TreeMap<>();
        /** Per target, the documents that link to one of its #fragments (checked again when its rendering changes). */
        Map<String, java.util.Set<String>> fragmentTargets = new java.util.HashMap<>();
        int checked;

        /** How many documents' links the last graph checked (all of them, when it was made anew). */
        public int checked() {
            return checked;
        }
    }

    /**
     * {@link #graph(Map, Corpus, Succession, java.util.Set, Diagnostics)}, updated from {@code memo} when the memo's graph was
     * made under the same front matter, or under the previous one with the changes {@code frontMatter} lists: then only the
     * documents whose rendering changed, those that link to their #fragments and those that link to a document whose front
     * matter changed are checked again. {@code memo} is updated to the graph returned.
     */
    public static LinkGraph graph(Memo memo, FrontMatter frontMatter, Map<String, RenderedDocument> rendered, Corpus corpus, Succession succession,
                                  java.util.Set<String> unloaded, Diagnostics diagnostics) {
        return GraphBuilder.update(memo, frontMatter, rendered, corpus, succession, unloaded, diagnostics);
    }

    public static LinkGraph graph(Map<String, RenderedDocument> rendered, Corpus corpus, Succession succession,
                                  java.util.Set<String> unloaded, Diagnostics diagnostics) {
        return GraphBuilder.build(rendered, corpus, succession, new Unloaded(unloaded), diagnostics);
    }
}
