package hub.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The loaded site: its configuration and every document that will be published, in a stable order. */
public record Corpus(SiteConfig config, List<Document> documents) {
    public Corpus {
        documents = List.copyOf(documents);
    }

    /** The same corpus with each document {@link Document#withoutBody() without its body}. */
    public Corpus withoutBodies() {
        return new Corpus(config, documents.stream().map(Document::withoutBody).toList());
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
