package hub.model;

import java.util.Locale;

/**
 * What kind of work a publication is when it is cited: a content type's {@code cite_as} in site-config.yml.
 * Each citation format has its own name for each kind (BibTeX {@code @techreport}, RIS {@code RPRT}, CSL
 * {@code report}, schema.org {@code Report}); the render stage's citation code maps them, so the site's
 * types, whatever their ids, say only which of these few kinds they are.
 */
public enum Genre {
    /** Research reports, briefings, reviews, case studies, key messages, toolkits: grey literature with a publisher. */
    REPORT,
    /** An article in a journal. */
    ARTICLE,
    /** A chapter of an edited book. */
    CHAPTER,
    /** A whole book. */
    BOOK,
    /** A blog post. */
    POST,
    /** A talk, presentation or webinar. */
    SPEECH,
    /** An event such as a conference (the event itself, not a report of it). */
    EVENT,
    /** Any other page (news). */
    WEBPAGE;

    /** The value written in site-config.yml: {@code report}, {@code post}... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
