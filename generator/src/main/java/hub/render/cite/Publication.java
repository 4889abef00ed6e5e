package hub.render.cite;

import hub.model.Genre;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a citation of one publication says, gathered once by the render stage from the document, its
 * authors' pages and the configuration; every format in this package is a pure function of it.
 *
 * @param key       the document's key ("research-report/making-data-meaningful"): the entry's key in every export
 * @param precision how much of {@code date} is known: "day", "month" or "year" ({@code extra.date_precision})
 * @param typeLabel the content type's label ("Research report"), APA's bracketed description
 * @param publisher who published it ({@code extra.publisher}), or null
 * @param url       the page's absolute URL
 * @param pdfUrl    the publication's full report as a PDF (its first attachment of kind full-report that is a PDF), or null: {@code citation_pdf_url}
 * @param places    the labels of its places (an event's location)
 */
public record Publication(String key, String title, List<Author> authors, LocalDate date, String precision, Genre genre,
                          String typeLabel, String publisher, String url, String doi, String isbn, String summary,
                          String language, String pdfUrl, List<String> places) {
    public Publication {
        authors = List.copyOf(authors);
        places = List.copyOf(places);
        if (!"year".equals(precision) && !"month".equals(precision)) precision = "day";
    }

    /** The DOI as a link, as APA 7 and the page show it. */
    public String doiUrl() {
        return doi == null ? null : Doi.url(doi);
    }

    /** The date's known parts: [year], [year, month] or [year, month, day]. */
    public int[] dateParts() {
        return switch (precision) {
            case "year" -> new int[]{date.getYear()};
            case "month" -> new int[]{date.getYear(), date.getMonthValue()};
            default -> new int[]{date.getYear(), date.getMonthValue(), date.getDayOfMonth()};
        };
    }

    /** The date as ISO 8601 to its precision: "2018", "2018-07" or "2018-07-03" (schema.org, Dublin Core). */
    public String isoDate() {
        return joinParts("-");
    }

    /** The date as Highwire Press and RIS write it: "2018", "2018/07" or "2018/07/03". */
    public String slashDate() {
        return joinParts("/");
    }

    private String joinParts(String sep) {
        int[] p = dateParts();
        StringBuilder sb = new StringBuilder(String.valueOf(p[0]));
        for (int i = 1; i < p.length; i++) sb.append(sep).append(p[i] < 10 ? "0" : "").append(p[i]);
        return sb.toString();
    }

    /** The file name (without extension) a download of its exports is saved as: the last part of its key. */
    public String fileStem() {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
