package hub.model;

/**
 * Resolves what editors write as link targets. The link stage implements it; the Markdown stage
 * calls it while rendering, so every link is rewritten once, where it is written.
 */
public interface LinkResolver {
    /** A Markdown link or autolink destination written in the document {@code fromKey}. */
    LinkTarget link(String fromKey, String destination);

    /** A citation key written as {@code [@key]}. */
    LinkTarget citation(String fromKey, String key);
}
