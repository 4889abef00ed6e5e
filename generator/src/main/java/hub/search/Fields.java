package hub.search;

import java.util.List;

/**
 * Field names of the search index (their weights are settings: {@link Ranking}). The body
 * holds the page's text and then the text of its PDF attachments; {@code pdf_from} (stored only) is the character
 * where the PDFs' text begins, so an excerpt from there can say it is from the PDF.
 */
final class Fields {
    static final String KEY = "key", URL = "url", TITLE = "title", SUMMARY = "summary", BODY = "body", AUTHORS = "authors",
            TYPE = "type", YEAR = "year", DATE = "date", THEMES = "themes", PLACES = "places",
            PDF_FROM = "pdf_from";
    /** The analysed fields, sorted: what phrases may match in, whatever their weights. */
    static final List<String> SEARCHED = List.of(AUTHORS, BODY, SUMMARY, TITLE);

    private Fields() {
    }
}
