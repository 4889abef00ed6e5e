package hub.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every HTML file of the built site passes the Nu HTML checker with zero errors. */
class HtmlValidityTest {

    @Test
    void everyGeneratedPageIsValidHtml() {
        List<Path> files = SiteFixture.htmlFiles();
        assertFalse(files.isEmpty(), "the build produced no .html files in " + SiteFixture.output());
        HtmlChecker checker = HtmlChecker.shared();
        try {
            checker.assertValid(SiteFixture.output(), files);
        } finally {
            System.out.println("[browser] Nu HTML checker: " + checker.stats());
        }
    }
}
