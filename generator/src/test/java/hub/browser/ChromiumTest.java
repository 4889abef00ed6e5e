package hub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without a browser the browser tests skip on a developer's machine and fail on CI. */
class ChromiumTest {

    @Test
    void missingBrowserSkipsLocally() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> Chromium.require(Optional.empty(), false));
        assertTrue(skipped.getMessage().contains(Chromium.SKIP_MESSAGE), skipped.getMessage());
    }

    @Test
    void missingBrowserFailsOnCi() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> Chromium.require(Optional.empty(), true));
        assertTrue(failed.getMessage().contains(Chromium.SKIP_MESSAGE), failed.getMessage());
    }

    @Test
    void presentBrowserIsUsed() {
        assertEquals(Path.of("/x/chromium"), Chromium.require(Optional.of(Path.of("/x/chromium")), true));
    }

    @Test
    void ciIsReadFromTheEnvironment() {
        assertTrue(Chromium.onCi(Map.of("CI", "true")));
        assertTrue(Chromium.onCi(Map.of("CI", "TRUE")));
        assertFalse(Chromium.onCi(Map.of("CI", "false")));
        assertFalse(Chromium.onCi(Map.of()));
    }

    @Test
    void hubChromiumMustExistWhenSet() {
        assertThrows(AssertionFailedError.class, () -> Chromium.find(Map.of("HUB_CHROMIUM", "/no/such/chromium")));
    }
}
