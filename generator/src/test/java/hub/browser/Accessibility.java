package hub.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/**
 * axe-core in the page under test, against WCAG 2.0/2.1 A and AA and WCAG 2.2 AA.
 *
 * <pre>
 * page.navigate(server.url("/themes/"));
 * List&lt;String&gt; v = Accessibility.violations(page);   // "rule: impact: target: help"
 * Accessibility.assertNoViolations(page, "/themes/");
 * </pre>
 */
public final class Accessibility {

    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static long runs;
    private static long nanos;

    private Accessibility() {}

    /**
     * The raw axe results for the current page. Runs axe in "legacy mode" (one {@code axe.run} in
     * the page, same-origin frames included): about 0.2 s a page instead of about 1 s, because the
     * default mode opens an extra blank page for every run to merge per-frame results. Only
     * cross-origin iframes (e.g. a video embed, which cannot load offline anyway) are not entered.
     */
    public static AxeResults analyze(Page page) {
        return analyze(page, false);
    }

    /** As {@link #analyze(Page)}; {@code crossOriginFrames} uses axe's default (slower) mode, which enters them. */
    public static AxeResults analyze(Page page, boolean crossOriginFrames) {
        long t0 = System.nanoTime();
        AxeResults results = new AxeBuilder(page).withTags(TAGS).setLegacyMode(!crossOriginFrames).analyze();
        synchronized (Accessibility.class) {
            runs++;
            nanos += System.nanoTime() - t0;
        }
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + page.url() + ": " + results.getErrorMessage());
        }
        return results;
    }

    /** Violations on the current page, one line per offending element: "rule: impact: target: help". */
    public static List<String> violations(Page page) {
        return format(analyze(page).getViolations());
    }

    /** Formats axe violations as "rule: impact: target: help", one line per node. */
    public static List<String> format(List<Rule> violations) {
        List<String> lines = new ArrayList<>();
        if (violations == null) {
            return lines;
        }
        for (Rule rule : violations) {
            List<CheckedNode> nodes = rule.getNodes();
            if (nodes == null || nodes.isEmpty()) {
                lines.add(rule.getId() + ": " + rule.getImpact() + ": (page): " + rule.getHelp());
                continue;
            }
            for (CheckedNode node : nodes) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                lines.add(rule.getId() + ": " + impact + ": " + target(node.getTarget()) + ": " + rule.getHelp());
            }
        }
        return lines;
    }

    /** Fails with every violation listed when axe finds any on the current page. */
    public static void assertNoViolations(Page page, String label) {
        List<String> v = violations(page);
        if (!v.isEmpty()) {
            Assertions.fail("axe-core: " + v.size() + " violation(s) on " + label + " (" + page.url() + "):\n  "
                    + String.join("\n  ", v));
        }
    }

    /** Runs so far and their average time. */
    public static synchronized String stats() {
        return String.format("%d pages in %d ms (%.0f ms each)", runs, nanos / 1_000_000,
                runs == 0 ? 0.0 : nanos / 1e6 / runs);
    }

    private static String target(Object target) {
        if (target instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(target(o));
            }
            return String.join(" >> ", parts);
        }
        return String.valueOf(target);
    }
}
