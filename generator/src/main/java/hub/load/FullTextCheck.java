package hub.load;

import hub.diagnostic.Diagnostics;
import hub.model.ContentType;
import hub.model.Document;
import hub.model.SiteConfig;

import java.util.List;

/**
 * A publication of a type with {@code full_text: true} should tell readers where its full text is: its
 * {@code extra.original_url}, a DOI, or an attached full report. One that has none, and does not say why
 * ({@code extra.full_text_note}), is a warning at its title: the archive page alone is only a summary.
 */
final class FullTextCheck {
    private FullTextCheck() {
    }

    static void check(SiteConfig config, List<Document> docs, Diagnostics diagnostics) {
        for (Document d : docs) {
            boolean wanted = config.type(d.type()).map(ContentType::fullText).orElse(false);
            if (!wanted || hasFullText(d)) continue;
            diagnostics.warning(d.refOf("title"), "no link to the full text of this " + config.type(d.type()).get().singular(),
                    "add extra.original_url (its address on the programme's website), a doi:, or an attachment of kind full-report;"
                            + " or extra.full_text_note saying why there is none");
        }
    }

    static boolean hasFullText(Document d) {
        return d.doi() != null || notBlank(d.extraString("original_url")) || notBlank(d.extraString("full_text_note"))
                || d.attachments().stream().anyMatch(a -> a.kind().equals("full-report"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
