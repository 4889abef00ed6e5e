package hub.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The loaded site: its configuration and every document that will be published, in a stable order; and the
 * documents left out because they are dated after the build's today ({@code future}: "path (date)", sorted), so the
 * build can say so instead of dropping them silently.
 */
public record Corpus(SiteConfig config, List<Document> documents, List<String> future) {
    public Corpus {
        documents = List.copyOf(documents);
        future = List.copyOf(future);
    }

    public Corpus(SiteConfig config, List<Document> documents) {
        this(config, documents, List.of());
    }

    /** The same corpus with each document {@link Document#withoutBody() without its body}. */
    public Corpus withoutBodies() {
        return new Corpus(config, documents.stream().map(Document::withoutBody).toList(), future);
    }

    public Map<String, Document> byKey() {
        return documents.stream().collect(Collectors.toMap(Document::key, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    public List<Document> publications() {
        return documents.stream().filter(d -> config.type(d.type()).map(ContentType::isPublication).orElse(true)).toList();
    }

    public Optional<Document> find(String key) {
        return documents.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
