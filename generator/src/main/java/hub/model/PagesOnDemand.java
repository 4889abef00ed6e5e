package hub.model;

/**
 * The pages, feeds and citation downloads of a build that made them only when asked (the preview's quick builds:
 * a save at 10,000 documents spent most of its time fingerprinting 17,000 pages to find the one or two it changed).
 * A file made here has the bytes a full build of the same inputs writes at that path: the same plan, views and
 * templates make it. The build's other files (static files, attachments, sitemap, search index) were written as usual.
 */
public interface PagesOnDemand {
    /** How many of them are HTML pages (what a full build would count as its pages). */
    int pages();

    /** The paths of the files made on demand, sorted. */
    java.util.SortedSet<String> paths();

    /** Whether {@code path} is one of the files made on demand (a page's path ends in index.html or .html). */
    boolean has(String path);

    /** The file at {@code path}, made now or by an earlier call; null when it is not one of them or failed (see {@link #problems}). */
    byte[] get(String path);

    /** How many files have been made so far (a page's citation files are made together). */
    int made();

    /** What went wrong making {@code path} (a template error), as the build would print it; empty when nothing did. */
    String problems(String path);
}
