package hub.model;

/**
 * A language the site's documents are written in besides its main one, from site-config.yml's {@code languages:}:
 * its code (a BCP 47 tag, as {@code <html lang>} and {@code hreflang} take it) and the name its readers know it by.
 * A document in it says so with {@code lang:} in its front matter.
 */
public record Language(String code, String label) {
}
