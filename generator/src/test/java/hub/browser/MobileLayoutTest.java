package hub.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The built archive on a phone (390x844 CSS px, touch, as an iPhone 12-15): the header leaves most of the
 * screen to the page, footnote markers are targets of at least 24x24 px (WCAG 2.2, 2.5.8) without moving
 * the text, a tap on one shows the note instead of jumping away (a second tap follows it), and on the
 * search page the filters fold away so the first result is on screen.
 */
class MobileLayoutTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    static final int WIDTH = 390, HEIGHT = 844;
    private BrowserContext phone;

    private Page phone() {
        phone = CHROMIUM.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(WIDTH, HEIGHT).setDeviceScaleFactor(3).setIsMobile(true).setHasTouch(true));
        phone.setDefaultTimeout(Chromium.TIMEOUT_MS);
        return phone.newPage();
    }

    @AfterEach
    void close() {
        if (phone != null) phone.close();
    }

    private static String pageWithFootnote() {
        return FootnotePreviewTest.pageWithFootnote().orElseGet(() -> fail("no page of the built site has a footnote"));
    }

    @Test
    void headerTakesAtMostAFifthOfThePhoneScreen() {
        Page page = phone();
        for (String path : List.of("/", pageWithFootnote(), "/themes/", "/search/")) {
            page.navigate(SiteFixture.server().url(path));
            double header = ((Number) page.evaluate("() => document.querySelector('.site-header').getBoundingClientRect().height")).doubleValue();
            assertTrue(header <= HEIGHT * 0.20, path + ": the header is " + header + " px of " + HEIGHT + " (more than a fifth)");
            // Nothing spills sideways: a phone never scrolls horizontally.
            double scroll = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).doubleValue();
            assertTrue(scroll <= WIDTH, path + ": the page is " + scroll + " px wide on a " + WIDTH + " px screen");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void footnoteMarkersAreTargetsOfAtLeast24PxAndKeepTheLineHeight() {
        Page page = phone();
        String path = pageWithFootnote();
        page.navigate(SiteFixture.server().url(path));
        List<Map<String, Object>> boxes = (List<Map<String, Object>>) page.evaluate("""
                () => [...document.querySelectorAll('sup.fn-ref a')].map(a => {
                  const r = a.getBoundingClientRect(), p = a.closest('p, li, td, blockquote') || a.parentElement;
                  return { w: r.width, h: r.height, line: parseFloat(getComputedStyle(p).lineHeight), text: a.textContent };
                })""");
        assertFalse(boxes.isEmpty(), path);
        for (Map<String, Object> b : boxes) {
            double w = ((Number) b.get("w")).doubleValue(), h = ((Number) b.get("h")).doubleValue();
            assertTrue(w >= 24 && h >= 24, path + ": footnote marker " + b.get("text") + " is " + w + "x" + h + " px, under 24x24");
        }
        // No layout shift: every paragraph with a marker is a whole number of line heights tall, so no marker made
        // its line taller than the others (a taller line adds a part of a line height).
        List<Map<String, Object>> paras = (List<Map<String, Object>>) page.evaluate("""
                () => [...new Set([...document.querySelectorAll('sup.fn-ref')].map(s => s.closest('p')).filter(p => p))].map(p => {
                  const cs = getComputedStyle(p);
                  return { lineHeight: parseFloat(cs.lineHeight),
                           height: p.getBoundingClientRect().height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom) };
                })""");
        assertFalse(paras.isEmpty(), path);
        for (Map<String, Object> p : paras) {
            double lh = ((Number) p.get("lineHeight")).doubleValue(), height = ((Number) p.get("height")).doubleValue();
            double lines = Math.round(height / lh);
            assertTrue(Math.abs(height - lines * lh) <= 1.5, path + ": a paragraph with footnote markers is " + height
                    + " px tall, not a whole number of " + lh + " px lines: a marker makes its line taller");
        }
    }

    @Test
    void aTapOnAFootnoteMarkerShowsTheNoteAndASecondTapFollowsIt() {
        Page page = phone();
        String path = pageWithFootnote();
        page.navigate(SiteFixture.server().url(path));
        Locator ref = page.locator("sup.fn-ref a").first();
        ref.scrollIntoViewIfNeeded();
        String hash = (String) ref.evaluate("a => a.hash");
        ref.tap();
        assertThat(page.locator(".fn-tooltip")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(3000));
        assertEquals("", page.evaluate("() => location.hash"), "the first tap stays on the text");
        // Escape dismisses the preview.
        page.keyboard().press("Escape");
        assertThat(page.locator(".fn-tooltip")).hasCount(0);
        ref.tap();
        assertThat(page.locator(".fn-tooltip")).isVisible();
        ref.tap();
        page.waitForFunction("h => location.hash === h", hash);
        assertEquals(hash, page.evaluate("() => location.hash"), "the second tap follows the marker to the note");
    }

    @Test
    void searchFiltersFoldAwaySoTheFirstResultIsOnScreen() {
        Page page = phone();
        page.navigate(SiteFixture.server().url("/search/?q=community+planning"));
        Locator first = page.locator("#search-results li").first();
        assertThat(first).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10000));
        assertThat(page.locator("select[data-facet=type]")).isHidden();
        double top = ((Number) first.evaluate("li => li.getBoundingClientRect().top")).doubleValue();
        assertTrue(top + 40 <= HEIGHT, "the first result starts at " + top + " px, below the fold of " + HEIGHT);
        // The filters are one tap away.
        page.locator("#search-filters summary").tap();
        assertThat(page.locator("select[data-facet=type]")).isVisible();
    }
}
