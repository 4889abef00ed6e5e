package hub.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each document its identity: its final address. A document's key is "type/slug" when no other document has
 * that type and slug (the type and slug then name one address, and the key every citation, export and index already
 * uses stays as it was); when several do (a Hugo blog's "hello" of 2020 and "hello" of 2021 under a dated permalink),
 * each of them is keyed by its address instead ("posts/2021/03/04/hello"), so none stands in for another. Two
 * documents at one address keep one key, and the link stage reports them.
 */
public final class DocumentKeys {
    private DocumentKeys() {
    }

    /** {@code documents}, in the same order, each with its key. */
    public static List<Document> assign(SiteConfig config, List<Document> documents) {
        Map<String, Integer> counts = new HashMap<>();
        for (Document d : documents) counts.merge(Document.keyOf(d.lang(), d.type(), d.slug()), 1, Integer::sum);
        List<Document> out = new ArrayList<>(documents.size());
        for (Document d : documents) {
            String key = Document.keyOf(d.lang(), d.type(), d.slug());
            ContentType type = config.type(d.type()).orElse(null);
            if (counts.get(key) > 1 && type != null && type.isPublication() && d.date() != null && Permalink.isDated(type.permalink())) {
                String path = Permalink.expand(type, d.slug(), d.date(), d.lang());
                key = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            }
            out.add(d.withKey(key));
        }
        return out;
    }
}
