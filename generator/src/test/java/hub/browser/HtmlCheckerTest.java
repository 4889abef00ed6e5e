package hub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opentest4j.AssertionFailedError;

/** The checker passes a valid page and catches known errors, with their lines. */
class HtmlCheckerTest {

    static final String VALID = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><title>Valid</title></head>
            <body>
            <main><h1>Valid</h1><p>Text with <img src="a.png" alt="A chart"> an image.</p></main>
            </body>
            </html>
            """;

    /** Line 5: img without alt; line 6: a div inside a span. */
    static final String INVALID = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><title>Invalid</title></head>
            <body>
            <p><img src="a.png"></p>
            <span><div>block in a span</div></span>
            </body>
            </html>
            """;

    @Test
    void validPageHasNoErrors() {
        assertEquals(List.of(), HtmlChecker.shared().check(VALID));
    }

    @Test
    void knownErrorsAreReportedWithTheirLines() {
        List<HtmlChecker.Error> errors = HtmlChecker.shared().check(INVALID);
        assertTrue(errors.stream().anyMatch(e -> e.line() == 5 && e.message().contains("alt")),
                "missing alt not reported on line 5: " + errors);
        assertTrue(errors.stream().anyMatch(e -> e.line() == 6 && e.message().contains("not allowed as child of element")),
                "div in span not reported on line 6: " + errors);
        assertTrue(errors.stream().allMatch(e -> e.column() > 0), "columns: " + errors);
    }

    @Test
    void warningsDoNotCount() {
        // A redundant role only warns in the Nu checker.
        String html = VALID.replace("<main>", "<main role=\"main\">");
        assertEquals(List.of(), HtmlChecker.shared().check(html));
    }

    @Test
    void assertValidListsEveryErrorAsFileLineColumn(@TempDir(factory = BuildTempDirFactory.class) Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.html"), VALID);
        Files.createDirectories(dir.resolve("sub"));
        Path bad = Files.writeString(dir.resolve("sub/bad.html"), INVALID);
        HtmlChecker.shared().assertValid(dir, List.of(good));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> HtmlChecker.shared().assertValid(dir, List.of(good, bad)));
        String message = failure.getMessage();
        assertTrue(message.contains("in 1 of 2 files"), message);
        assertTrue(message.matches("(?s).*\nsub/bad\\.html:5:\\d+: .*alt.*"), message);
        assertTrue(message.matches("(?s).*\nsub/bad\\.html:6:\\d+: .*not allowed.*"), message);
    }
}
