package hub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The header search box as a WAI-ARIA combobox in Chromium: the client loads on first use only,
 * suggestions appear as you type, the arrow keys move aria-activedescendant, Enter opens the chosen
 * publication or submits to the search page, Escape closes then clears, Tab and a click elsewhere
 * close, the count is announced, nothing moves. And without JavaScript the form still GETs the
 * search page, whose notice lists the browse pages.
 */
class HeaderSearchTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    private static final Pattern COUNT = Pattern.compile("^[1-5] suggestions?$");

    /** A page with the header box (the home and search pages have their own) that no suggestion leads to. */
    private static String startPage() {
        return "/years/";
    }

    /** Opens the start page and types a query into the header box, key by key. */
    private static Page typed(String query, List<String> scripts) {
        Page page = CHROMIUM.newPage();
        page.onRequest(r -> scripts.add(r.url()));
        page.navigate(SiteFixture.server().url(startPage()));
        page.waitForLoadState();
        page.locator("#header-q").pressSequentially(query);
        return page;
    }

    private static Locator options(Page page) {
        return page.locator("#header-q-list [role=option]");
    }

    @Test
    void suggestionsArrowKeysEnterAndAnnouncement() {
        List<String> requests = new ArrayList<>();
        Page page = CHROMIUM.newPage();
        page.onRequest(r -> requests.add(r.url()));
        page.navigate(SiteFixture.server().url(startPage()));
        page.waitForLoadState();
        assertTrue(requests.stream().noneMatch(u -> u.endsWith("/js/search.js")),
                "search.js must not load before the header box is used: " + requests);
        Locator input = page.locator("#header-q");
        assertThat(input).hasAttribute("role", "combobox");
        assertThat(input).hasAttribute("aria-expanded", "false");
        BoundingBox before = page.locator("main").boundingBox();

        input.pressSequentially("participatory budg");
        assertThat(options(page).first()).containsText("articipatory");
        assertTrue(requests.stream().anyMatch(u -> u.endsWith("/js/search.js")), "search.js loads on first use");
        int n = options(page).count();
        assertTrue(n >= 1 && n <= 5, "1 to 5 suggestions, got " + n);
        assertThat(input).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#header-q-list")).isVisible();
        assertThat(page.locator("#header-q-status")).hasText(COUNT);
        assertEquals(n + " suggestion" + (n == 1 ? "" : "s"), page.locator("#header-q-status").textContent());
        assertThat(options(page).first().locator(".suggest-meta")).hasText(Pattern.compile(".+ \u00b7 \\d{4}"));
        BoundingBox after = page.locator("main").boundingBox();
        assertEquals(before.y, after.y, 0.5, "the popup must not push the page down");

        // No option is chosen until the arrow keys choose one.
        assertThat(input).not().hasAttribute("aria-activedescendant", Pattern.compile(".*"));
        input.press("ArrowDown");
        String first = options(page).nth(0).getAttribute("id");
        assertNotNull(first);
        assertThat(input).hasAttribute("aria-activedescendant", first);
        assertThat(options(page).nth(0)).hasAttribute("aria-selected", "true");
        if (n > 1) {
            input.press("ArrowDown");
            assertThat(input).hasAttribute("aria-activedescendant", options(page).nth(1).getAttribute("id"));
            assertThat(options(page).nth(0)).hasAttribute("aria-selected", "false");
            assertThat(options(page).nth(1)).hasAttribute("aria-selected", "true");
            input.press("ArrowUp");
        }
        assertThat(input).hasAttribute("aria-activedescendant", first);
        assertTrue(Boolean.TRUE.equals(page.evaluate("() => document.activeElement.id === 'header-q'")),
                "focus stays in the box (aria-activedescendant, not focus, moves)");

        // Enter on the chosen option opens that publication.
        String title = options(page).nth(0).locator(".suggest-title").textContent().trim();
        input.press("Enter");
        page.waitForURL(u -> !u.endsWith(startPage()));
        assertThat(page.locator("h1")).containsText(title);
    }

    @Test
    void escapeTabClickOutsideAndNoMatches() {
        Page page = typed("leadership", new ArrayList<>());
        Locator input = page.locator("#header-q");
        assertThat(options(page).first()).isVisible();

        input.press("ArrowDown");
        input.press("Escape");
        assertThat(input).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#header-q-list")).isHidden();
        assertThat(input).not().hasAttribute("aria-activedescendant", Pattern.compile(".*"));
        assertThat(input).hasValue("leadership");
        input.press("Escape");
        assertThat(input).hasValue("");

        // Tab leaves the box as usual and closes the list.
        input.pressSequentially("leadership");
        assertThat(input).hasAttribute("aria-expanded", "true");
        input.press("Tab");
        assertThat(input).hasAttribute("aria-expanded", "false");
        assertThat(page.locator(".header-search button")).isFocused();

        // ArrowDown reopens the list; a click elsewhere closes it.
        input.focus();
        input.press("ArrowDown");
        assertThat(input).hasAttribute("aria-expanded", "true");
        page.locator("h1").click();
        assertThat(input).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#header-q-list")).isHidden();

        // Nothing found: no popup, and the live region says so.
        input.fill("");
        input.pressSequentially("qzxwvy");
        assertThat(page.locator("#header-q-status")).hasText("No matches");
        assertThat(input).hasAttribute("aria-expanded", "false");
    }

    @Test
    void suggestionsArrivingAfterEscapeStayClosed() {
        Page page = typed("le", new ArrayList<>());
        Locator input = page.locator("#header-q");
        assertThat(options(page).first()).isVisible();
        // Typed and dismissed before the 150 ms pause ends: the answer for "leadership" must not reopen the list.
        input.pressSequentially("adership");
        input.press("Escape");
        assertThat(page.locator("#header-q-status")).hasText(Pattern.compile("\\d+ suggestions?"));
        page.waitForTimeout(400);
        assertThat(input).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#header-q-list")).isHidden();
        input.press("ArrowDown");
        assertThat(input).hasAttribute("aria-expanded", "true");
    }

    @Test
    void enterWithoutAnOptionSubmitsToTheSearchPage() {
        Page page = typed("leadership", new ArrayList<>());
        assertThat(options(page).first()).isVisible();
        page.locator("#header-q").press("Enter");
        page.waitForURL("**/search/?q=leadership");
        assertThat(page.locator("#search-q")).hasValue("leadership");
        assertThat(page.locator("#search-results li").first()).isVisible();
        assertThat(page.locator("#search-status")).containsText("result");
    }

    @Test
    void clickingASuggestionOpensIt() {
        Page page = typed("evaluability", new ArrayList<>());
        Locator option = options(page).first();
        // The list is redrawn as each typed letter's results arrive ("ev" suggests an Event): wait for the whole word's.
        assertThat(option.locator(".suggest-title")).containsText(java.util.regex.Pattern.compile("evaluability", java.util.regex.Pattern.CASE_INSENSITIVE));
        String title = option.locator(".suggest-title").textContent().trim();
        option.click();
        page.waitForURL(u -> !u.endsWith(startPage()));
        assertThat(page.locator("h1")).containsText(title);
    }

    @Test
    void withoutJavaScriptTheFormLeadsToTheSearchPageAndItsBrowseLinks() {
        Browser browser = CHROMIUM.browser();
        try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            ctx.setDefaultTimeout(Chromium.TIMEOUT_MS);
            Page page = ctx.newPage();
            page.navigate(SiteFixture.server().url(startPage()));
            page.locator("#header-q").fill("leadership");
            page.locator("#header-q").press("Enter");
            page.waitForURL("**/search/?q=leadership");
            Locator notice = page.locator("main .notice");
            assertThat(notice).isVisible();
            assertThat(notice).containsText("Search needs JavaScript");
            for (String path : List.of("themes/", "places/", "years/")) {
                assertThat(notice.locator("a[href$='/" + path + "']")).hasCount(1);
            }
        }
    }
}
