package hub.render.cite;

import hub.model.Genre;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A publication as CSL-JSON, the Citation Style Language's data format (Zotero, Mendeley, Pandoc, citeproc):
 * an array of one item per file, so the file imports as it is. Organisations are {@code literal} names, so no
 * style splits them into a surname and initials; dates have only the parts the archive knows.
 */
public final class CslJson {
    private CslJson() {
    }

    /** The CSL item type. A blog post is {@code post-weblog}, whose container is the blog (the publisher, here). */
    static String type(Genre g) {
        return switch (g) {
            case REPORT -> "report";
            case ARTICLE -> "article-journal";
            case CHAPTER -> "chapter";
            case BOOK -> "book";
            case POST -> "post-weblog";
            case SPEECH -> "speech";
            case EVENT -> "event";
            case WEBPAGE -> "webpage";
        };
    }

    static Map<String, Object> item(Publication p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.key());
        m.put("type", type(p.genre()));
        m.put("title", p.title());
        if (!p.authors().isEmpty()) {
            List<Map<String, Object>> authors = new ArrayList<>();
            for (Author a : p.authors()) {
                Map<String, Object> n = new LinkedHashMap<>();
                if (a.literal()) {
                    n.put("literal", a.family());
                } else {
                    n.put("family", a.family());
                    n.put("given", a.given());
                }
                authors.add(n);
            }
            m.put("author", authors);
        }
        List<Object> parts = new ArrayList<>();
        for (int x : p.dateParts()) parts.add(x);
        m.put("issued", Map.of("date-parts", List.of(parts)));
        // apa.csl prints a genre in brackets after any title; APA 7 describes only some kinds of work that way.
        if (p.typeLabel() != null && Apa.hasBracketedType(p.genre())) m.put("genre", p.typeLabel());
        if (p.publisher() != null) m.put(p.genre() == Genre.POST ? "container-title" : "publisher", p.publisher());
        if (p.doi() != null) m.put("DOI", p.doi());
        if (p.isbn() != null) m.put("ISBN", p.isbn());
        m.put("URL", p.url());
        if (p.summary() != null) m.put("abstract", p.summary());
        if (p.language() != null) m.put("language", p.language());
        return m;
    }

    /** The publications as a CSL-JSON array, ending with a line break. */
    public static String items(List<Publication> publications) {
        return JsonText.of(publications.stream().map(CslJson::item).toList()) + "\n";
    }
}
