package hub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

/**
 * Footnote previews work by keyboard: a reference ({@code sup.fn-ref a}) reached with Tab shows
 * a {@code role=tooltip} with the note's text; Enter follows it to the note; the note's back-link
 * ({@code a.fn-back}) returns to the reference.
 */
class FootnotePreviewTest {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    private static final Pattern FN_REF = Pattern.compile("<sup\\b[^>]*\\bclass=\"(?:[^\"]*\\s)?fn-ref[\\s\"]");

    /** The first page (by path) that has a footnote reference. */
    static Optional<String> pageWithFootnote() {
        for (Path file : SiteFixture.htmlFiles()) {
            if (FN_REF.matcher(SiteFixture.read(file)).find()) {
                return Optional.of(SiteFixture.sitePath(file));
            }
        }
        return Optional.empty();
    }

    @Test
    void previewByKeyboardThenFollowAndReturn() {
        String sitePath = pageWithFootnote().orElseGet(() -> fail(
                "no page of the built site has a footnote reference <sup class=\"fn-ref\"> (" + SiteFixture.output() + ")"));
        Page page = CHROMIUM.newPage();
        page.navigate(SiteFixture.server().url(sitePath));
        page.waitForLoadState();

        Locator ref = page.locator("sup.fn-ref a").first();
        assertThat(ref).isVisible();
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) ref.evaluate("""
                a => {
                  const id = decodeURIComponent(a.hash.slice(1));
                  const note = id ? document.getElementById(id) : null;
                  const backs = note ? [...note.querySelectorAll('a.fn-back')] : [];
                  const back = backs.findIndex(b => {
                    const t = document.getElementById(decodeURIComponent(b.hash.slice(1)));
                    return t !== null && (t === a || t.contains(a));
                  });
                  let text = '';
                  if (note) {
                    const copy = note.cloneNode(true);
                    copy.querySelectorAll('a.fn-back').forEach(b => b.remove());
                    text = copy.textContent.replace(/\\s+/g, ' ').trim();
                  }
                  const focusable = document.querySelectorAll(
                    'a[href], button, input, select, textarea, summary, [tabindex]').length;
                  return { noteId: id, hasNote: note !== null, backIndex: back,
                           backTarget: back >= 0 ? decodeURIComponent(backs[back].hash.slice(1)) : '',
                           noteText: text, focusable: focusable };
                }""");
        String where = " on " + sitePath;
        String noteId = (String) facts.get("noteId");
        assertTrue((Boolean) facts.get("hasNote"), "the first footnote reference points to #" + noteId
                + ", which is not on the page" + where);
        String noteText = (String) facts.get("noteText");
        assertTrue(!noteText.isEmpty(), "note #" + noteId + " has no text" + where);
        int backIndex = ((Number) facts.get("backIndex")).intValue();
        assertTrue(backIndex >= 0, "note #" + noteId + " has no a.fn-back link back to the reference" + where);
        String backTarget = (String) facts.get("backTarget");
        int focusable = ((Number) facts.get("focusable")).intValue();

        // Reach the reference with the keyboard alone.
        boolean reached = false;
        for (int i = 0; i <= focusable + 5 && !reached; i++) {
            page.keyboard().press("Tab");
            reached = (Boolean) ref.evaluate("a => a === document.activeElement");
        }
        assertTrue(reached, "the footnote reference is not reachable with Tab" + where);

        // The preview: a visible tooltip with the note's text.
        Locator tooltip = page.locator("[role=tooltip]:visible").first();
        String expected = (noteText.length() > 60 ? noteText.substring(0, 60) : noteText).strip();
        try {
            assertThat(tooltip).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(3000));
            assertThat(tooltip).containsText(expected);
        } catch (AssertionFailedError e) {
            throw new AssertionFailedError("focusing the footnote reference to #" + noteId + where
                    + " did not show a visible role=tooltip containing \"" + expected + "\": " + e.getMessage(), e);
        }

        // Enter follows the reference to the note.
        page.keyboard().press("Enter");
        waitForHash(page, noteId);
        assertEquals("#" + noteId, hash(page), "Enter on the reference did not go to the note" + where);

        // The back-link returns to the reference.
        Locator back = page.locator("id=" + noteId).locator("a.fn-back").nth(backIndex);
        back.focus();
        page.keyboard().press("Enter");
        waitForHash(page, backTarget);
        assertEquals("#" + backTarget, hash(page), "the note's back-link did not return to the reference" + where);
    }

    private static void waitForHash(Page page, String id) {
        try {
            page.waitForFunction("h => decodeURIComponent(location.hash) === h", "#" + id,
                    new Page.WaitForFunctionOptions().setTimeout(3000));
        } catch (RuntimeException e) {
            // the assertion after this reports the actual hash
        }
    }

    private static String hash(Page page) {
        return (String) page.evaluate("() => decodeURIComponent(location.hash)");
    }
}
