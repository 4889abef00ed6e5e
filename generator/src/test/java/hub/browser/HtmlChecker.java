package hub.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Assertions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (validator.nu, the W3C's HTML checker) in-process: one
 * {@link SimpleDocumentValidator} per JVM, set up on first use (~0.5 s) and reused. Only errors
 * count; warnings and info messages are ignored. Thread-safe (calls are serialised).
 *
 * <pre>
 * List&lt;HtmlChecker.Error&gt; errors = HtmlChecker.shared().check(path);
 * HtmlChecker.shared().assertValid(siteDir, htmlFiles);   // one failure listing all errors
 * </pre>
 */
public final class HtmlChecker {

    /** One checker error; line and column are 1-based (-1 when unknown). */
    public record Error(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + message;
        }
    }

    /** The schema the Nu checker uses by default for HTML. */
    static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
    /** Failure messages list at most this many errors. */
    static final int MAX_LISTED = 500;

    private static HtmlChecker shared;

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();
    private final long setupMillis;
    private long checks;
    private long checkNanos;

    private HtmlChecker() {
        long t0 = System.nanoTime();
        // As the vnu command line does: datatype problems it treats as warnings stay warnings.
        System.setProperty("nu.validator.datatype.warn", "true");
        // (initializeLog4j, logUrls, enableLanguageDetection): language detection only warns.
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu HTML checker: " + e, e);
        } catch (StackOverflowError e) {
            throw new IllegalStateException("the Nu HTML checker needs a bigger thread stack: "
                    + "run the JVM with -Xss4m (Surefire's argLine does)", e);
        }
        collector.reset();
        setupMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** The checker of this JVM. */
    public static synchronized HtmlChecker shared() {
        if (shared == null) {
            shared = new HtmlChecker();
        }
        return shared;
    }

    /** Errors in an HTML file, read as UTF-8. */
    public synchronized List<Error> check(Path file) {
        long t0 = System.nanoTime();
        collector.reset();
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (SAXParseException e) {
            collector.fatal(e);
        } catch (IOException | SAXException e) {
            collector.errors.add(new Error(-1, -1, "cannot check: " + e.getMessage()));
        }
        return done(t0);
    }

    /** Errors in an HTML document given as a string. */
    public synchronized List<Error> check(String html) {
        long t0 = System.nanoTime();
        collector.reset();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        source.setSystemId("string");
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXParseException e) {
            collector.fatal(e);
        } catch (IOException | SAXException e) {
            collector.errors.add(new Error(-1, -1, "cannot check: " + e.getMessage()));
        }
        return done(t0);
    }

    /**
     * Checks every file and fails once, listing every error as {@code path:line:col: message}
     * (paths relative to {@code base}).
     */
    public void assertValid(Path base, Collection<Path> files) {
        Map<String, List<Error>> failures = checkAll(base, files);
        if (!failures.isEmpty()) {
            Assertions.fail(report(failures, files.size()));
        }
    }

    /** As {@link #assertValid(Path, Collection)}, with paths as given. */
    public void assertValid(Collection<Path> files) {
        assertValid(null, files);
    }

    /** Errors per file (only files with errors), by path in order. */
    public Map<String, List<Error>> checkAll(Path base, Collection<Path> files) {
        Map<String, List<Error>> failures = new TreeMap<>();
        for (Path file : files) {
            List<Error> errors = check(file);
            if (!errors.isEmpty()) {
                String name = (base == null ? file : base.relativize(file)).toString().replace('\\', '/');
                failures.put(name, errors);
            }
        }
        return failures;
    }

    /** The failure message: a summary line, then one {@code path:line:col: message} per error. */
    public static String report(Map<String, List<Error>> failures, int filesChecked) {
        int total = failures.values().stream().mapToInt(List::size).sum();
        StringBuilder sb = new StringBuilder();
        sb.append("Nu HTML checker: ").append(total).append(total == 1 ? " error" : " errors")
                .append(" in ").append(failures.size()).append(" of ").append(filesChecked)
                .append(filesChecked == 1 ? " file" : " files").append(":\n");
        int listed = 0;
        for (Map.Entry<String, List<Error>> entry : failures.entrySet()) {
            for (Error e : entry.getValue()) {
                if (listed++ == MAX_LISTED) {
                    sb.append("... and ").append(total - MAX_LISTED).append(" more\n");
                    return sb.toString();
                }
                sb.append(entry.getKey()).append(':').append(e).append('\n');
            }
        }
        return sb.toString();
    }

    /** Milliseconds the one-time set-up took. */
    public long setupMillis() {
        return setupMillis;
    }

    /** Documents checked so far and their total checking time in milliseconds. */
    public synchronized String stats() {
        return String.format("%d documents in %d ms (%.1f ms each), set-up %d ms",
                checks, checkNanos / 1_000_000, checks == 0 ? 0.0 : checkNanos / 1e6 / checks, setupMillis);
    }

    private List<Error> done(long t0) {
        checks++;
        checkNanos += System.nanoTime() - t0;
        List<Error> errors = new ArrayList<>(collector.errors);
        errors.sort(Comparator.comparingInt(Error::line).thenComparingInt(Error::column));
        return List.copyOf(errors);
    }

    /** Receives the checker's messages for the document being checked. */
    private static final class Collector implements ErrorHandler {
        final List<Error> errors = new ArrayList<>();
        private SAXParseException lastFatal;

        void reset() {
            errors.clear();
            lastFatal = null;
        }

        @Override
        public void warning(SAXParseException e) {
            // ignored: warnings and info messages do not fail a page
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(of(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            lastFatal = e;
            errors.add(of(e));
        }

        /** A fatal error thrown rather than reported (recorded once). */
        void fatal(SAXParseException e) {
            if (e != lastFatal) {
                errors.add(of(e));
            }
        }

        private static Error of(SAXParseException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
            return new Error(e.getLineNumber(), e.getColumnNumber(), message);
        }
    }
}
