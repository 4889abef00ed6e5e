package hub.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A practitioner's path by keyboard alone: from the home page to a theme, then to a place
 * within it ("also in this theme"), then to a publication, using only Tab and Enter.
 */
class KeyboardNavigationTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    /** Presses Tab until the focused element is a link whose text starts with {@code text}, then Enter. */
    private static void tabToAndFollow(Page page, String text, String urlPart) {
        for (int i = 0; i < 400; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("() => { const a = document.activeElement; "
                    + "return a && a.tagName === 'A' ? a.textContent.trim() + '|' + a.getAttribute('href') : ''; }");
            String f = String.valueOf(focused);
            if (f.startsWith(text) && f.contains(urlPart)) {
                page.keyboard().press("Enter");
                page.waitForURL("**" + urlPart + "**");
                return;
            }
        }
        fail("could not reach a link '" + text + "' to " + urlPart + " by Tab on " + page.url());
    }

    @Test
    void homeToThemeToPlaceToPublicationByKeyboard() {
        Page page = CHROMIUM.newPage();
        page.navigate(SiteFixture.server().url("/"));
        page.keyboard().press("Tab");
        assertEquals("Skip to main content", String.valueOf(page.evaluate("() => document.activeElement.textContent.trim()")),
                "the first Tab reaches the skip link");
        tabToAndFollow(page, "Participation", "/themes/participation/");
        assertEquals("Participation", page.locator("h1").textContent().trim());
        tabToAndFollow(page, "Glasgow", "/places/glasgow/");
        assertEquals("Glasgow", page.locator("h1").textContent().trim());
        String first = page.locator("ol.items li a").first().getAttribute("href");
        tabToAndFollow(page, page.locator("ol.items li a").first().textContent().trim(), first);
        assertTrue(page.url().endsWith(first), page.url());
        assertEquals(1, page.locator("h1").count());
        assertTrue(page.locator("article.doc").isVisible());
    }
}
