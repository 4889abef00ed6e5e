package hub.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search page in Chromium: typing, prefix results, a typo, a facet, the shared URL, the announced count, keyboard. */
class SearchPageTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @Test
    void typingPrefixTypoPhraseFacetAndSharedUrl() {
        Page page = CHROMIUM.newPage();
        page.navigate(SiteFixture.server().url("/search/"));
        page.locator("#search-q").fill("participatory budg");
        assertThat(page.locator("#search-results li").first()).containsText("articipatory", new LocatorAssertions.ContainsTextOptions().setTimeout(10000));
        assertThat(page.locator("#search-status")).containsText("result");
        assertTrue(page.url().contains("q=participatory+budg"), "the URL follows the query: " + page.url());

        page.locator("#search-q").fill("evaluabilty ");
        assertThat(page.locator("#search-results")).containsText("Evaluability", new LocatorAssertions.ContainsTextOptions().setTimeout(10000));

        // A quoted phrase: its words together, in that order; two words that each occur but never side by side find nothing.
        page.locator("#search-q").fill("\"community anchor\" ");
        assertThat(page.locator("#search-status")).containsText("phrase", new LocatorAssertions.ContainsTextOptions().setTimeout(10000));
        assertThat(page.locator("#search-results li").first()).containsText("ommunity anchor");
        page.locator("#search-q").fill("\"evaluability anchor\" ");
        assertThat(page.locator("#search-status")).containsText("No results", new LocatorAssertions.ContainsTextOptions().setTimeout(10000));
        assertThat(page.locator("#search-results li")).hasCount(0);

        page.locator("#search-q").fill("leadership ");
        assertThat(page.locator("select[data-facet=type]")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10000));
        page.locator("select[data-facet=type]").selectOption("policy-briefing");
        assertThat(page.locator("#search-results .item-meta").first()).containsText("Policy briefing");
        assertTrue(page.url().contains("type=policy-briefing"), page.url());

        Page shared = CHROMIUM.newPage();
        shared.navigate(page.url());
        assertThat(shared.locator("#search-q")).hasValue("leadership ");
        assertThat(shared.locator("#search-results .item-meta").first()).containsText("Policy briefing", new LocatorAssertions.ContainsTextOptions().setTimeout(10000));
        assertThat(shared.locator("select[data-facet=type]")).hasValue("policy-briefing");

        // The count is in a polite status region, so screen readers announce it.
        assertThat(shared.locator("#search-status")).hasAttribute("role", "status");
        assertThat(shared.locator("#search-status")).containsText("result");

        // Keyboard: the arrows move from the box through the result links and back; Escape returns to the box.
        shared.locator("#search-q").focus();
        shared.keyboard().press("ArrowDown");
        assertThat(shared.locator("#search-results li a").nth(0)).isFocused();
        shared.keyboard().press("ArrowDown");
        assertThat(shared.locator("#search-results li a").nth(1)).isFocused();
        shared.keyboard().press("ArrowUp");
        assertThat(shared.locator("#search-results li a").nth(0)).isFocused();
        shared.keyboard().press("ArrowUp");
        assertThat(shared.locator("#search-q")).isFocused();
        shared.keyboard().press("ArrowDown");
        shared.keyboard().press("Escape");
        assertThat(shared.locator("#search-q")).isFocused();

        // And from the box, Tab reaches the first result and Enter opens it.
        shared.locator("#search-q").focus();
        for (int i = 0; i < 12; i++) {
            shared.keyboard().press("Tab");
            Object inResults = shared.evaluate("() => !!document.activeElement.closest('#search-results')");
            if (Boolean.TRUE.equals(inResults)) break;
        }
        String href = String.valueOf(shared.evaluate("() => document.activeElement.getAttribute('href')"));
        shared.keyboard().press("Enter");
        shared.waitForURL("**" + href);
        assertThat(shared.locator("h1")).isVisible();
    }

    /**
     * A word the key messages report's page does not hold but its full-report PDF does ("widespread", from the
     * partnership theme's summary, which the PDF lists): the report is found, and its excerpt is the PDF's, said so.
     */
    @Test
    void aWordOnlyInAnAttachedPdfFindsThePublicationWithAnExcerptFromThePdf() {
        Page page = CHROMIUM.newPage();
        page.navigate(SiteFixture.server().url("/search/?q=widespread"));
        var report = page.locator("#search-results li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(page.locator("a[href$='/key-messages/key-messages-about-public-service-reform/']")));
        assertThat(report).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10000));
        // The word is past the opening of the PDF the client holds: the excerpt is that opening, said to be the PDF's.
        assertThat(report.locator(".item-summary")).containsText("in the PDF: Key messages about public service reform in Scotland");
    }

    /**
     * "Show more" adds the next 10 results below the first 10 (no more than the total), fetching only their metadata
     * files, moves the focus to the first new one, and disappears when everything is shown.
     */
    @Test
    void showMoreAddsTheNextResultsFetchingOnlyTheirMetadata() {
        Page page = CHROMIUM.newPage();
        page.navigate(SiteFixture.server().url("/search/?q=community"));
        assertThat(page.locator("#search-status")).containsText("showing 10", new LocatorAssertions.ContainsTextOptions().setTimeout(10000));
        assertThat(page.locator("#search-results li")).hasCount(10);
        int total = Integer.parseInt(page.locator("#search-status").textContent().replaceAll("^(\\d+) .*", "$1"));
        assertTrue(total > 20, "the archive has more than 20 results for community: " + total);
        java.util.List<String> fetched = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(r -> fetched.add(r.url()));
        page.locator("#search-more").click();
        assertThat(page.locator("#search-results li")).hasCount(20);
        assertThat(page.locator("#search-results li").nth(10).locator("a")).isFocused();
        assertThat(page.locator("#search-status")).containsText("showing 20");
        assertEquals(10, fetched.size(), "one metadata file per new result: " + fetched);
        assertTrue(fetched.stream().allMatch(u -> u.matches(".*/search/doc-[0-9a-f]+/\\d+\\.json")), "only result metadata: " + fetched);
        while (page.locator("#search-more").isVisible()) {
            int before = page.locator("#search-results li").count();
            page.locator("#search-more").click();
            assertThat(page.locator("#search-results li")).hasCount(Math.min(total, before + 10));
        }
        assertThat(page.locator("#search-results li")).hasCount(total);
        assertThat(page.locator("#search-status")).not().containsText("showing");
    }

    /** Filters work without words: /search/?place=fife lists the place's publications, newest first, with the filters there to change. */
    @Test
    void filtersWithoutWordsListThePublicationsNewestFirst() {
        Page page = CHROMIUM.newPage();
        page.navigate(SiteFixture.server().url("/search/"));
        // No words, no filter: the filters are there already, counted over every publication.
        assertThat(page.locator("select[data-facet=place]")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10000));
        assertThat(page.locator("#search-results li")).hasCount(0);
        page.locator("select[data-facet=place]").selectOption("fife");
        assertTrue(page.url().endsWith("/search/?place=fife"), page.url());
        assertThat(page.locator("#search-status")).containsText("5 publications for the filters chosen, newest first.");
        assertThat(page.locator("#search-results li")).hasCount(5);
        assertThat(page.locator("#search-results .item-title").first()).containsText("Key messages about public service reform");
        java.util.List<String> dates = page.locator("#search-results time").all().stream().map(t -> t.getAttribute("datetime")).toList();
        for (int i = 1; i < dates.size(); i++) assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, "newest first: " + dates);
        // A place's page links to the same search.
        page.navigate(SiteFixture.server().url("/places/fife/"));
        page.locator("a[href$='/search/?place=fife']").first().click();
        assertThat(page.locator("#search-results li")).hasCount(5, new LocatorAssertions.HasCountOptions().setTimeout(10000));
        assertThat(page.locator("select[data-facet=place]")).hasValue("fife");

        // A place no publication has (a typo in a shared address) names the nearest one, and the filters stay to change it.
        page.navigate(SiteFixture.server().url("/search/?place=fif"));
        assertThat(page.locator("#search-status")).containsText("No publication has place \u201cfif\u201d; did you mean \u201cFife\u201d (fife)?",
                new LocatorAssertions.ContainsTextOptions().setTimeout(10000));
        page.locator("select[data-facet=place]").selectOption("fife");
        assertThat(page.locator("#search-results li")).hasCount(5);
    }

    /** A phrase's results are not counted, but "show more" still pages through them while pages come back full. */
    @Test
    void showMoreForAPhrase() {
        Page page = CHROMIUM.newPage();
        page.navigate(SiteFixture.server().url("/search/?q=%22community+planning%22"));
        assertThat(page.locator("#search-status")).containsText("phrase", new LocatorAssertions.ContainsTextOptions().setTimeout(10000));
        assertThat(page.locator("#search-results li")).hasCount(10);
        page.locator("#search-more").click();
        assertThat(page.locator("#search-results li").nth(10)).isVisible();
        assertThat(page.locator("#search-results li").nth(10).locator("a")).isFocused();
        for (int i = 0; i < 20 && page.locator("#search-more").isVisible(); i++) {
            int before = page.locator("#search-results li").count();
            page.locator("#search-more").click();
            page.waitForFunction("n => document.querySelectorAll('#search-results li').length > n || document.getElementById('search-more').hidden", before);
        }
        assertThat(page.locator("#search-more")).isHidden();
        java.util.List<String> hrefs = page.locator("#search-results li h2 a").all().stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(hrefs.size(), new java.util.HashSet<>(hrefs).size(), "no result twice: " + hrefs);
    }
}
