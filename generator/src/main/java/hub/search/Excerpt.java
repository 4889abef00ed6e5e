package hub.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats a hit's excerpt of the body as Lucene does by default, and says "in the PDF" when every passage comes from
 * the PDF attachments' text, which follows the page's text in the body from character {@code pdfFrom} (-1: none).
 */
final class Excerpt extends PassageFormatter {
    /** What an excerpt from the PDFs' text starts with; the browser client (results.js) writes the same words. */
    static final String IN_PDF = "in the PDF: ";

    private final DefaultPassageFormatter text = new DefaultPassageFormatter();
    private final int pdfFrom;

    Excerpt(int pdfFrom) {
        this.pdfFrom = pdfFrom;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        int start = Integer.MAX_VALUE;
        for (Passage p : passages) start = Math.min(start, p.getStartOffset());
        String html = text.format(passages, content);
        return pdfFrom >= 0 && passages.length > 0 && start >= pdfFrom ? IN_PDF + html : html;
    }
}
