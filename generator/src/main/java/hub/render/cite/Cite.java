package hub.render.cite;

import java.util.List;
import java.util.function.Function;

/**
 * Citing a publication: the reference the page shows ({@link Apa}), the downloads beside it in each export
 * {@link Format}, and the site's whole bibliography in each. The render stage gathers a {@link Publication}
 * and writes what these give; nothing here reads the site or the clock, so the same publication gives the
 * same bytes on every build.
 */
public final class Cite {
    private Cite() {
    }

    /**
     * The export formats: file extension, the name the page shows, the media type (the {@code type} of the
     * download link, and what {@code hub serve} sends) and how a list of publications is written.
     */
    public enum Format {
        BIBTEX("bib", "BibTeX", "application/x-bibtex", BibTex::bibliography),
        RIS("ris", "RIS", "application/x-research-info-systems", Ris::records),
        CSL_JSON("json", "CSL-JSON", "application/json", CslJson::items);

        private final String extension;
        private final String label;
        private final String mediaType;
        private final Function<List<Publication>, String> writer;

        Format(String extension, String label, String mediaType, Function<List<Publication>, String> writer) {
            this.extension = extension;
            this.label = label;
            this.mediaType = mediaType;
            this.writer = writer;
        }

        public String extension() {
            return extension;
        }

        public String label() {
            return label;
        }

        public String mediaType() {
            return mediaType;
        }

        /** {@code publications} in this format, in the order given. */
        public String write(List<Publication> publications) {
            return writer.apply(publications);
        }

        /** The path of a publication's download, beside its page ({@code research-reports/slug/cite.bib}). */
        public String pathBeside(String pagePath) {
            return pagePath + FILE_STEM + "." + extension;
        }

        /** The path of the whole site's bibliography in this format ({@code publications.bib}). */
        public String sitePath() {
            return SITE_STEM + "." + extension;
        }
    }

    /** The downloads beside a page are {@code cite.bib}, {@code cite.ris}, {@code cite.json}. */
    public static final String FILE_STEM = "cite";
    /** The site's bibliography is {@code publications.bib}, {@code .ris} and {@code .json} at its root. */
    public static final String SITE_STEM = "publications";

    /** The reference as the page shows it (HTML, the title in italics). */
    public static String referenceHtml(Publication p) {
        return Apa.html(p);
    }

    /** The reference as plain text: what the page's copy button copies. */
    public static String referenceText(Publication p) {
        return Apa.text(p);
    }
}
