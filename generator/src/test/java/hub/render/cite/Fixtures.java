package hub.render.cite;

import hub.model.Genre;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Publications the citation tests share, each there for what it shows. Their exports are the golden files in
 * src/test/resources/cite/ (NAME.bib, NAME.ris, NAME.json, NAME.apa.html).
 */
final class Fixtures {
    private Fixtures() {
    }

    static final Author WWS = new Author("What Works Scotland", true, "https://hub.example.org/authors/what-works-scotland/");

    /**
     * Accents in the title and the names, TeX's special characters and quotes in the title, a person with a
     * hyphenated given name, one with a particle, a corporate author, a month-only date, a DOI and an ISBN.
     */
    static final Publication ACCENTS = new Publication("research-report/etudes-a-fife",
            "Études à Fife: \"evidence\" & 100% of {budgets} for #2_North, C:\\data ~ ^2 – and ‘more’", List.of(
                    new Author("Jean-Luc Pérez", false, null),
                    new Author("Zoë van der Berg", false, null),
                    WWS),
            LocalDate.of(2018, 7, 3), "month", Genre.REPORT, "Research report", "What Works Scotland",
            "https://hub.example.org/research-reports/etudes-a-fife/", "10.1234/abc-(1)_x", "978-0-306-40615-7",
            "A report with accents.", "en-GB", null, List.of("Fife"));

    /** A blog post by an organisation only, dated by year, whose title ends in a question mark and whose summary has line breaks. */
    static final Publication CORPORATE_POST = new Publication("blog/what-works", "What works? Notes on evidence in Scotland",
            List.of(WWS), LocalDate.of(2017, 1, 1), "year", Genre.POST, "Blog post", "What Works Scotland",
            "https://hub.example.org/blogs/what-works/", null, null, "First line,\nsecond line;\r\n\tthird.", "en-GB", null, List.of());

    /** A webinar by three people on a known day, with no publisher (so none is shown or exported). */
    static final Publication WEBINAR = new Publication("webinar/pb-webinar", "Participatory budgeting and social justice", List.of(
                    new Author("Oliver Escobar", false, null),
                    new Author("Sarah Ann Weakley", false, null),
                    new Author("Hayley Bennett", false, null)),
            LocalDate.of(2017, 3, 14), "day", Genre.SPEECH, "Webinar", null,
            "https://hub.example.org/webinars/pb-webinar/", null, null, null, "en-GB", null, List.of());

    /** A conference: an event held in two places, organised by the programme. */
    static final Publication EVENT = new Publication("event/empowering-people", "Empowering People and Places: What Works?",
            List.of(WWS), LocalDate.of(2018, 11, 6), "day", Genre.EVENT, "Event", "What Works Scotland",
            "https://hub.example.org/events/empowering-people/", null, null, "A conference.", "en-GB", null, List.of("Glasgow", "Fife"));

    /** A report with no author: the title takes the author's place. */
    static final Publication NO_AUTHOR = new Publication("research-report/anonymous", "Anonymous findings", List.of(),
            LocalDate.of(2016, 5, 1), "day", Genre.REPORT, "Research report", "What Works Scotland",
            "https://hub.example.org/research-reports/anonymous/", null, null, null, "en-GB", null, List.of());

    static final Map<String, Publication> ALL = Map.of("accents", ACCENTS, "corporate-post", CORPORATE_POST, "webinar", WEBINAR,
            "event", EVENT, "no-author", NO_AUTHOR);
}
