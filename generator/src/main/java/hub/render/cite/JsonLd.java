package hub.render.cite;

import hub.model.Genre;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org descriptions of pages as JSON-LD, for search engines and other indexers: a publication (its
 * schema.org type from its kind of work), an author (a Person or an Organization) and the trail of pages above
 * it (a BreadcrumbList). Each is a {@code @graph}, ready to go between {@code <script type="application/ld+json">}
 * tags: escaped so that no text in it can end the element ({@link JsonText#forScript}).
 */
public final class JsonLd {
    /** A page in a breadcrumb trail: its name and absolute URL. */
    public record Crumb(String name, String url) {
    }

    /** A dated correction of a publication (front matter {@code corrections}): its ISO date and what was corrected. */
    public record Correction(String isoDate, String text) {
    }

    private JsonLd() {
    }

    /** The schema.org type of a kind of work. A webinar's page is its recording, so a CreativeWork rather than an Event. */
    static String type(Genre g) {
        return switch (g) {
            case REPORT -> "Report";
            case ARTICLE -> "ScholarlyArticle";
            case CHAPTER -> "Chapter";
            case BOOK -> "Book";
            case POST -> "BlogPosting";
            case SPEECH -> "CreativeWork";
            case EVENT -> "Event";
            case WEBPAGE -> "Article";
        };
    }

    /**
     * A publication and its breadcrumbs. A work has name, headline, author, datePublished, url and the optional
     * properties the archive knows (publisher, DOI, ISBN, description); an event has name, startDate, location
     * (its places), organizer and url, the properties an Event needs.
     */
    public static String publication(Publication p, List<Crumb> crumbs) {
        return publication(p, crumbs, List.of());
    }

    /**
     * A publication with its corrections, each a schema.org {@code CorrectionComment} under {@code correction}: a
     * property of creative works, so an event (not one) leaves them out.
     */
    public static String publication(Publication p, List<Crumb> crumbs, List<Correction> corrections) {
        return publication(p, crumbs, corrections, List.of());
    }

    /** The same, with {@code sameAs}: other addresses of the same work (its page on the programme's old website). */
    public static String publication(Publication p, List<Crumb> crumbs, List<Correction> corrections, List<String> sameAs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", type(p.genre()));
        m.put("@id", p.url());
        m.put("url", p.url());
        if (!sameAs.isEmpty()) m.put("sameAs", List.copyOf(sameAs));
        m.put("name", p.title());
        List<Object> authors = p.authors().stream().map(a -> (Object) agent(a)).toList();
        if (p.genre() == Genre.EVENT) {
            m.put("startDate", p.isoDate());
            if (!p.places().isEmpty()) {
                m.put("location", p.places().stream().map(x -> (Object) place(x)).toList());
            }
            if (!authors.isEmpty()) m.put("organizer", authors);
        } else {
            m.put("headline", p.title());
            if (!authors.isEmpty()) m.put("author", authors);
            m.put("datePublished", p.isoDate());
            if (p.typeLabel() != null) m.put("genre", p.typeLabel());
        }
        if (p.publisher() != null) m.put("publisher", organisation(p.publisher()));
        if (p.summary() != null) m.put("description", p.summary());
        if (p.language() != null) m.put("inLanguage", p.language());
        List<Object> ids = new ArrayList<>();
        if (p.doi() != null) ids.add(propertyValue("DOI", p.doi()));
        if (p.isbn() != null) {
            if (p.genre() == Genre.BOOK) m.put("isbn", p.isbn());
            ids.add(propertyValue("ISBN", p.isbn()));
        }
        if (!ids.isEmpty()) m.put("identifier", ids);
        if (p.doi() != null) m.put("sameAs", p.doiUrl());
        if (!corrections.isEmpty() && p.genre() != Genre.EVENT) {
            List<Object> cs = new ArrayList<>();
            for (Correction c : corrections) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("@type", "CorrectionComment");
                cm.put("datePublished", c.isoDate());
                cm.put("text", c.text());
                cs.add(cm);
            }
            m.put("correction", cs);
        }
        return graph(m, crumbs);
    }

    /** An author's page: a Person (or an Organization), with what the page says of them. */
    public static String author(Author a, String affiliation, String description, List<Crumb> crumbs) {
        Map<String, Object> m = agent(a);
        if (affiliation != null && !a.organisation()) m.put("affiliation", organisation(affiliation));
        if (description != null) m.put("description", description);
        return graph(m, crumbs);
    }

    private static Map<String, Object> agent(Author a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", a.organisation() ? "Organization" : "Person");
        m.put("name", a.name());
        if (!a.literal()) {
            m.put("familyName", a.family());
            m.put("givenName", a.given());
        }
        if (a.url() != null) m.put("url", a.url());
        return m;
    }

    private static Map<String, Object> organisation(String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "Organization");
        m.put("name", name);
        return m;
    }

    private static Map<String, Object> place(String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "Place");
        m.put("name", name);
        m.put("address", name);
        return m;
    }

    private static Map<String, Object> propertyValue(String id, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "PropertyValue");
        m.put("propertyID", id);
        m.put("value", value);
        return m;
    }

    private static String graph(Map<String, Object> thing, List<Crumb> crumbs) {
        List<Object> graph = new ArrayList<>();
        graph.add(thing);
        if (!crumbs.isEmpty()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < crumbs.size(); i++) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("@type", "ListItem");
                item.put("position", i + 1);
                item.put("name", crumbs.get(i).name());
                item.put("item", crumbs.get(i).url());
                items.add(item);
            }
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("@type", "BreadcrumbList");
            list.put("itemListElement", items);
            graph.add(list);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        return JsonText.forScript(JsonText.of(root));
    }
}
