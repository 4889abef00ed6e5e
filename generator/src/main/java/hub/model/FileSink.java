package hub.model;

/**
 * Where a stage's files go: the output stage's staging folder, or memory (check, preview, tests). Stages
 * hand files over as they make them, from any thread, so a build never holds the whole site in memory.
 */
public interface FileSink {
    /** Takes a file; the sink owns the bytes from now on. Two files on one path are an error the sink reports. */
    void write(OutputFile file);

    /**
     * Keeps the file the previous build wrote at {@code path} as it was (the stage knows its inputs did not
     * change). Returns false when the sink has no such file: the stage must then write it.
     */
    boolean keep(String path, SourceRef origin);

    /** Keeps all of {@code paths} (as {@link #keep}), or none of them when any is missing: false then. */
    boolean keepAll(java.util.Collection<String> paths);

    /**
     * A sink for files that are always made anew (the work folder's memos, files made on demand): {@code write} takes each
     * one, and nothing of an earlier build is kept (only an empty set of paths is "kept").
     */
    static FileSink keepingNothing(java.util.function.Consumer<OutputFile> write) {
        return new FileSink() {
            @Override
            public void write(OutputFile file) {
                write.accept(file);
            }

            @Override
            public boolean keep(String path, SourceRef origin) {
                return false;
            }

            @Override
            public boolean keepAll(java.util.Collection<String> paths) {
                return paths.isEmpty();
            }
        };
    }
}
