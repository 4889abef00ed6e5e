package hub.model;

/**
 * A language the site is written in, from site-config.yml's {@code languages:}: its code (a BCP 47 tag, as
 * {@code <html lang>} takes it), the name its readers know it by, and the folder under content/ whose documents are
 * in it ({@code content/fr/...}), or null when its documents say {@code lang:} themselves.
 */
public record Language(String code, String label, String folder) {
}
