package hub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The built site served with its search/manifest.json saying "version": 99, as when a site's index and its
 * js/search.js come from different builds of hub: the search page says so in its status region, shows no results,
 * and no script error escapes; the header box stays closed, also without errors.
 */
class SearchIndexVersionTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MESSAGE = "The search index was made by a different version of hub (index format 99; this page reads format 4):"
            + " rebuild the site. Browse by theme, place or year instead.";

    /** A page whose manifest is the built one with another version; uncaught errors and console errors go to errors. */
    private static Page withVersion99(List<String> errors) {
        Page page = CHROMIUM.newPage();
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) errors.add(m.text());
        });
        page.route("**/search/manifest.json", route -> {
            APIResponse built = route.fetch();
            try {
                ObjectNode manifest = (ObjectNode) JSON.readTree(built.body());
                assertEquals(4, manifest.path("version").asInt(), "the built manifest's version");
                manifest.put("version", 99);
                route.fulfill(new Route.FulfillOptions().setResponse(built).setBody(JSON.writeValueAsString(manifest)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return page;
    }

    @Test
    void searchPageSaysTheIndexIsOfAnotherVersion() {
        List<String> errors = new ArrayList<>();
        Page page = withVersion99(errors);
        page.navigate(SiteFixture.server().url("/search/?q=participatory+budgeting"));
        assertThat(page.locator("#search-status")).hasText(MESSAGE);
        assertThat(page.locator("#search-status")).isVisible();
        assertThat(page.locator("#search-results li")).hasCount(0);

        // Typing: the status empties with the box, and the next query says the same again.
        page.locator("#search-q").fill("");
        assertThat(page.locator("#search-status")).hasText("");
        page.locator("#search-q").fill("community anch");
        assertThat(page.locator("#search-status")).hasText(MESSAGE);
        assertThat(page.locator("#search-results li")).hasCount(0);
        assertTrue(errors.isEmpty(), "no script errors: " + errors);
    }

    @Test
    void headerBoxStaysClosedWithoutErrors() {
        List<String> errors = new ArrayList<>();
        Page page = withVersion99(errors);
        page.navigate(SiteFixture.server().url("/years/"));
        page.waitForLoadState();
        page.waitForResponse(r -> r.url().endsWith("/search/manifest.json"), () -> page.locator("#header-q").pressSequentially("participatory budg"));
        // The suggestions would come 150 ms after the last key: give them time to (not) arrive.
        page.waitForTimeout(1000);
        assertThat(page.locator("#header-q-list")).isHidden();
        assertThat(page.locator("#header-q")).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#header-q-list [role=option]")).hasCount(0);
        assertTrue(errors.isEmpty(), "no script errors: " + errors);
    }
}
