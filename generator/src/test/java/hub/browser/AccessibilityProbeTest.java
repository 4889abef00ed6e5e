package hub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

/** axe-core runs in the browser and reports what it should: the tool can fail. */
class AccessibilityProbeTest {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    static final String HEAD = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            + "<title>Probe</title></head><body><main><h1>Probe</h1>";

    @Test
    void missingAltIsReported() {
        Page page = CHROMIUM.newPage();
        page.setContent(HEAD + "<p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></p></main></body></html>");
        List<String> violations = Accessibility.violations(page);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt: critical: img: ")), violations.toString());
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Accessibility.assertNoViolations(page, "probe"));
        assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
    }

    @Test
    void cleanPageHasNoViolations() {
        Page page = CHROMIUM.newPage();
        page.setContent(HEAD + "<p>Plain text.</p></main></body></html>");
        assertEquals(List.of(), Accessibility.violations(page));
    }
}
