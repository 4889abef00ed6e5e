package hub.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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
}
