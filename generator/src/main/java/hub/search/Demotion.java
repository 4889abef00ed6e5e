package hub.search;

import hub.model.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * How much lower a publication that no longer stands ranks: its score (the sum of its impacts) is multiplied by
 * {@link #SUPERSEDED} or {@link #WITHDRAWN}. Demoted rather than left out: someone holding an old citation must
 * still find the page, and its banner sends them on; but for a query both versions match, the current one comes
 * first. The factors are powers of two, so the product is exact in float and in double: {@code hub search}
 * (Searcher) and the browser (ranking.js) multiply the same float by the same factor and get the same bits, and
 * the order of equal scores (then by document number) is the same on both sides.
 */
final class Demotion {
    /** Half the score: a superseded publication still ranks above one that matches half as well. */
    static final float SUPERSEDED = 0.5f;
    /** A quarter: withdrawn findings should only come first when nothing else matches as well. */
    static final float WITHDRAWN = 0.25f;
    /** The stored field holding a demoted document's factor in the Lucene index (absent: 1). */
    static final String FIELD = "demotion";

    private Demotion() {
    }

    /** The factor for {@code d}'s score: 1 for a current publication. */
    static float of(Document d) {
        return switch (d.lifecycle().status()) {
            case PUBLISHED -> 1f;
            case SUPERSEDED -> SUPERSEDED;
            case WITHDRAWN -> WITHDRAWN;
        };
    }

    /** For the static index's manifest: {@code [document number, factor]} of each demoted document, in number order. */
    static List<List<Object>> table(List<Document> inNumberOrder) {
        List<List<Object>> out = new ArrayList<>();
        for (int n = 0; n < inNumberOrder.size(); n++) {
            float f = of(inNumberOrder.get(n));
            if (f != 1f) out.add(List.of(n, f));
        }
        return out;
    }
}
