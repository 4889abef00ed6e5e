package hub.build;

/**
 * What {@code hub} exits with, in one place: the CLI returns these and the build reports them in
 * {@link BuildResult#exitCode()}. It lives in build (not cli) because build may not use cli, and both need it.
 */
public enum ExitCode {
    /** Everything worked (warnings allowed). */
    OK(0),
    /** The content has errors (front matter, links, taxonomies, templates...): nothing was written. */
    CONTENT_ERRORS(1),
    /** The command line or site-config.yml cannot be used. */
    USAGE(2),
    /** A bug or an environment failure (e.g. an unwritable output folder). */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }
}
