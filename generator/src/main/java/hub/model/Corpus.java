package hub.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The loaded site: its configuration and every document that will be published, in a stable order; and the
 * documents left out because they are dated after the build's today ({@code future}: "path (date)", sorted), so the
 * build can say so instead of dropping them silently.
 *
 * <p>A value like a record, but it keeps the publications and the documents by key once made: every stage asks for
 * them, and making them again for each asker was a tenth of a preview save's work at 10,000 documents.
 */
public final class Corpus {
    private final SiteConfig config;
    private final List<Document> documents;
    private final List<String> future;
    private volatile List<Document> publications;
    private volatile Map<String, Document> byKey;

    public Corpus(SiteConfig config, List<Document> documents, List<String> future) {
        this.config = config;
        this.documents = List.copyOf(documents);
        this.future = List.copyOf(future);
    }

    public Corpus(SiteConfig config, List<Document> documents) {
        this(config, documents, List.of());
    }

    public SiteConfig config() {
        return config;
    }

    public List<Document> documents() {
        return documents;
    }

    public List<String> future() {
        return future;
    }

    /** The same corpus with each document {@link Document#withoutBody() without its body}. */
    public Corpus withoutBodies() {
        return new Corpus(config, documents.stream().map(Document::withoutBody).toList(), future);
    }

    /** Every document by key, in corpus order (the first of two with one key wins); read-only. */
    public Map<String, Document> byKey() {
        Map<String, Document> m = byKey;
        if (m == null) {
            Map<String, Document> made = new LinkedHashMap<>(documents.size() * 4 / 3 + 16);
            for (Document d : documents) made.putIfAbsent(d.key(), d);
            byKey = m = Collections.unmodifiableMap(made);
        }
        return m;
    }

    /** The documents of publication types (and of types the configuration does not name), in corpus order. */
    public List<Document> publications() {
        List<Document> p = publications;
        if (p == null) {
            publications = p = documents.stream().filter(d -> config.type(d.type()).map(ContentType::isPublication).orElse(true)).toList();
        }
        return p;
    }

    public Optional<Document> find(String key) {
        return Optional.ofNullable(byKey().get(key));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Corpus c && config.equals(c.config) && documents.equals(c.documents) && future.equals(c.future);
    }

    @Override
    public int hashCode() {
        return Objects.hash(config, documents, future);
    }

    @Override
    public String toString() {
        return "Corpus[config=" + config + ", documents=" + documents.size() + ", future=" + future + "]";
    }
}
