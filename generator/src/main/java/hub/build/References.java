package hub.build;

import hub.model.ContentType;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.Taxonomies;
import hub.model.TaxonomyDef;
import hub.model.TaxonomyRole;
import hub.model.Term;
import hub.model.UrlIndex;
import hub.text.Html;

import java.util.List;
import java.util.Map;

/**
 * How one archive document is cited by another: the short form of an inline citation
 * ("Bennett and Escobar 2018") and the formatted reference a footnote shows
 * (authors, year, title in italics linking to it, type).
 */
final class References {
    private final Corpus corpus;
    private final Map<String, Document> byKey;
    private final Taxonomies taxonomies;
    private final UrlIndex urls;
    /** The content type whose documents are the authors' pages ({@code term_of: authors}), or null. */
    private final String authorPages;

    References(Corpus corpus, Taxonomies taxonomies, UrlIndex urls) {
        this.corpus = corpus;
        this.byKey = corpus.byKey();
        this.taxonomies = taxonomies;
        this.urls = urls;
        this.authorPages = corpus.config().types().stream().filter(t -> TaxonomyDef.AUTHORS.equals(t.termOf()))
                .map(ContentType::id).findFirst().orElse(null);
    }

    /** Surname for people; the whole name for organisations (an author page with extra.organisation: true). */
    private String shortName(Term author) {
        Document page = authorPages == null ? null : byKey.get(authorPages + "/" + author.id());
        if (page != null && Boolean.TRUE.equals(page.extra().get("organisation"))) return author.label();
        String[] parts = author.label().split(" ");
        return parts[parts.length - 1];
    }

    String shortReference(String key) {
        Document d = byKey.get(key);
        if (d == null) return key;
        List<Term> authors = taxonomies.termsOf(key, TaxonomyRole.AUTHORS);
        String who;
        if (authors.isEmpty()) who = d.title();
        else if (authors.size() == 1) who = shortName(authors.get(0));
        else if (authors.size() == 2) who = shortName(authors.get(0)) + " and " + shortName(authors.get(1));
        else who = shortName(authors.get(0)) + " et al.";
        return d.date() == null ? who : who + " " + d.date().getYear(); // a term's page (an author) may have no date
    }

    String fullReference(String key) {
        Document d = byKey.get(key);
        if (d == null) return Html.escape(key);
        List<Term> authors = taxonomies.termsOf(key, TaxonomyRole.AUTHORS);
        StringBuilder sb = new StringBuilder();
        if (!authors.isEmpty()) {
            for (int i = 0; i < authors.size(); i++) {
                if (i > 0) sb.append(i == authors.size() - 1 ? " and " : ", ");
                sb.append(Html.escape(authors.get(i).label()));
            }
            sb.append(' ');
        }
        if (d.date() != null) sb.append('(').append(d.date().getYear()).append(") ");
        sb.append("<a href=\"").append(Html.escape(corpus.config().basePath() + urls.pathOf(key))).append("\"><cite>")
                .append(Html.escape(d.title())).append("</cite></a>. ");
        String type = corpus.config().type(d.type()).map(t -> t.label()).orElse(d.type());
        sb.append("<span class=\"ref-type\">").append(Html.escape(type)).append("</span>.");
        return sb.toString();
    }
}
