package hub.markdown;

import hub.diagnostic.Diagnostics;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.LinkResolver;
import hub.model.RenderedDocument;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The Markdown stage: every document's body to sanitised HTML, with its headings, notes and links. */
public final class Markdown {
    private Markdown() {
    }

    /**
     * @param shortReference document key to the text of an inline citation
     * @param fullReference  document key to the HTML of a formatted reference (for a note that only cites)
     */
    public static Map<String, RenderedDocument> render(Corpus corpus, LinkResolver resolver, Function<String, String> shortReference,
                                                       Function<String, String> fullReference, Diagnostics diagnostics) {
        DocumentRenderer renderer = new DocumentRenderer(corpus.config(), resolver, shortReference, fullReference);
        Map<String, RenderedDocument> out = new TreeMap<>();
        corpus.documents().parallelStream().map(d -> renderer.render(d, diagnostics))
                .toList().forEach(r -> out.put(r.key(), r));
        return out;
    }

    /** Renders a Markdown snippet that has no document around it (for tests and term descriptions). */
    public static RenderedDocument renderOne(Corpus corpus, Document doc, LinkResolver resolver, Diagnostics diagnostics) {
        Function<String, String> k = Function.identity();
        return new DocumentRenderer(corpus.config(), resolver, k, k).render(doc, diagnostics);
    }
}
