package hub.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One page of each kind, found in the built site, loaded in Chromium and checked by axe-core
 * (WCAG 2.2 AA): zero violations, no failed requests, no script errors. A kind the site does
 * not have fails its test.
 */
class AccessibilityTest {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    /** Kind of page → its site path, or empty with the reason it could not be found. */
    static Map<String, Optional<String>> pagesOfEachKind() {
        Map<String, Optional<String>> kinds = new LinkedHashMap<>();
        kinds.put("home /", existing("/"));
        String publication = null;
        String typeList = null;
        List<String> dirs = new ArrayList<>(SiteFixture.publicationDirs());
        dirs.remove("/key-messages/");
        if (dirs.remove("/briefings/")) {
            dirs.add(0, "/briefings/");
        }
        for (String dir : dirs) {
            Optional<String> child = SiteFixture.firstChild(dir);
            if (child.isPresent()) {
                publication = child.get();
                typeList = dir;
                break;
            }
        }
        kinds.put("publication page (first under /briefings/ or another type folder)", Optional.ofNullable(publication));
        kinds.put("type list " + (typeList == null ? "(of that type)" : typeList),
                typeList == null ? Optional.empty() : existing(typeList));
        kinds.put("key-messages list /key-messages/", existing("/key-messages/"));
        kinds.put("key-messages page (first under /key-messages/)", SiteFixture.firstChild("/key-messages/"));
        kinds.put("publication with attachments /research-reports/making-data-meaningful/", existing("/research-reports/making-data-meaningful/"));
        kinds.put("term page /themes/participation/", existing("/themes/participation/"));
        kinds.put("taxonomy index /themes/", existing("/themes/"));
        kinds.put("years /years/", existing("/years/"));
        kinds.put("author page (first under /authors/)", SiteFixture.firstChild("/authors/"));
        kinds.put("search /search/", existing("/search/"));
        kinds.put("not found /404.html", existing("/404.html"));
        return kinds;
    }

    @TestFactory
    Stream<DynamicTest> eachKindOfPageHasNoAxeViolations() {
        return pagesOfEachKind().entrySet().stream().map(e -> DynamicTest.dynamicTest(
                e.getKey() + e.getValue().map(p -> " = " + p).orElse(""), () -> check(e.getKey(), e.getValue())));
    }

    /** The header search box with its suggestions open and one chosen: the popup state of the page. */
    @Test
    void headerSuggestionsOpenHaveNoAxeViolations() {
        check("years page with header suggestions open", Optional.of("/years/"), page -> {
            page.locator("#header-q").pressSequentially("participation");
            page.locator("#header-q-list [role=option]").first().waitFor();
            page.locator("#header-q").press("ArrowDown");
            page.locator("#header-q-list [aria-selected=true]").waitFor();
        });
    }

    @AfterAll
    static void timings() {
        System.out.println("[browser] axe-core: " + Accessibility.stats());
    }

    private static void check(String kind, Optional<String> sitePath) {
        check(kind, sitePath, page -> { });
    }

    /** Opens the page, brings it into a state with {@code prepare}, then runs axe. */
    private static void check(String kind, Optional<String> sitePath, Consumer<Page> prepare) {
        if (sitePath.isEmpty()) {
            fail("the built site has no " + kind + " in " + SiteFixture.output());
        }
        StaticServer server = SiteFixture.server();
        long t0 = System.nanoTime();
        Page page = CHROMIUM.newPage();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().equals(page.url())) {
                problems.add("request failed: " + r.status() + " " + r.url());
            }
        });
        page.onRequestFailed(r -> problems.add("request failed: " + r.failure() + " " + r.url()));
        page.onPageError(err -> problems.add("script error: " + err));
        Response response = page.navigate(server.url(sitePath.get()));
        if (response == null || response.status() != 200) {
            fail(sitePath.get() + " answered " + (response == null ? "nothing" : response.status()));
        }
        page.waitForLoadState();
        prepare.accept(page);
        long t1 = System.nanoTime();
        problems.addAll(Accessibility.violations(page));
        System.out.printf("[browser] %s: open %d ms, axe %d ms%n", sitePath.get(),
                (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) on the " + kind + " " + sitePath.get() + ":\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static Optional<String> existing(String sitePath) {
        return SiteFixture.exists(sitePath) ? Optional.of(sitePath) : Optional.empty();
    }
}
