package hub.search;

import java.util.Map;

/**
 * Field names of the search index and the boosts that weight them (title and summary count more than body). The body
 * holds the page's text and then the text of its PDF attachments; {@code pdf_from} (stored only) is the character
 * where the PDFs' text begins, so an excerpt from there can say it is from the PDF.
 */
final class Fields {
    static final String KEY = "key", URL = "url", TITLE = "title", SUMMARY = "summary", BODY = "body", AUTHORS = "authors",
            TYPE = "type", YEAR = "year", DATE = "date", THEMES = "themes", PLACES = "places",
            PDF_FROM = "pdf_from";
    static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, SUMMARY, 2f, AUTHORS, 1.5f, BODY, 1f);

    private Fields() {
    }
}
