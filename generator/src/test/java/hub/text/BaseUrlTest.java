package hub.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BaseUrlTest {
    private static BaseUrl ok(String text) {
        try {
            return BaseUrl.parse(text);
        } catch (BaseUrl.Invalid e) {
            throw new AssertionError("rejected " + text + ": " + e.getMessage(), e);
        }
    }

    private static String problem(String text) {
        return assertThrows(BaseUrl.Invalid.class, () -> BaseUrl.parse(text), text).getMessage();
    }

    @Test
    void theRootOfAHost() {
        assertEquals(new BaseUrl("https://example.org/", "/"), ok("https://example.org/"));
        assertEquals(new BaseUrl("https://example.org/", "/"), ok("https://example.org"), "the slash is added");
        assertEquals(new BaseUrl("http://127.0.0.1:8000/", "/"), ok("http://127.0.0.1:8000/"));
    }

    @Test
    void aSubPathIsAFolderWithOrWithoutItsSlash() {
        assertEquals(new BaseUrl("https://example.org/preview/", "/preview/"), ok("https://example.org/preview/"));
        assertEquals(new BaseUrl("https://example.org/sub/pr-7/", "/sub/pr-7/"), ok("https://example.org/sub/pr-7"));
    }

    @Test
    void percentEscapesInThePathStayAsWritten() {
        assertEquals("/a%20b/", ok("https://example.org/a%20b/").path(), "every internal link starts with the path: it must stay a valid URL path");
    }

    @Test
    void theSchemeMayBeUpperCase() {
        assertEquals("HTTPS://example.org/", ok("HTTPS://example.org/").url());
    }

    @Test
    void aMissingSchemeIsNotAbsolute() {
        assertEquals("'example.org/preview/' is not an absolute URL: it must start with https:// or http://", problem("example.org/preview/"));
        assertEquals("'//example.org/' is not an absolute URL: it must start with https:// or http://", problem("//example.org/"));
    }

    @Test
    void aRelativePathIsNotAbsolute() {
        assertEquals("'/preview/' is not an absolute URL: it must start with https:// or http://", problem("/preview/"));
        assertEquals("'preview' is not an absolute URL: it must start with https:// or http://", problem("preview"));
    }

    @Test
    void otherSchemesAreRejected() {
        assertEquals("'ftp://example.org/' must start with https:// or http://, not ftp:", problem("ftp://example.org/"));
        assertEquals("'mailto:a@example.org' must start with https:// or http://, not mailto:", problem("mailto:a@example.org"));
    }

    @Test
    void aHostIsRequired() {
        assertEquals("'https:///preview/' has no host: write it as https://host/path/", problem("https:///preview/"));
        assertEquals("'https:/preview/' has no host: write it as https://host/path/", problem("https:/preview/"));
        assertEquals("'https:preview' has no host: write it as https://host/path/", problem("https:preview"));
        assertEquals("'https://exa_mple.org/' has no valid host name in 'exa_mple.org'", problem("https://exa_mple.org/"));
    }

    @Test
    void noQueryOrFragment() {
        assertEquals("'https://example.org/?page=2' has a query ('?page=2'), which a base URL cannot have", problem("https://example.org/?page=2"));
        assertEquals("'https://example.org/sub#top' has a fragment ('#top'), which a base URL cannot have", problem("https://example.org/sub#top"));
        assertEquals("'https://example.org?x' has a query ('?x'), which a base URL cannot have", problem("https://example.org?x"));
    }

    @Test
    void noSpaces() {
        assertEquals("'https://example.org/my site/' contains white space (write a space in a path as %20)", problem("https://example.org/my site/"));
        assertEquals("' https://example.org/' contains white space (write a space in a path as %20)", problem(" https://example.org/"));
        assertEquals("'https://example.org/\u00a0' contains white space (write a space in a path as %20)", problem("https://example.org/\u00a0"));
        assertEquals("'https://example.org/a\tb/' contains white space (write a space in a path as %20)", problem("https://example.org/a\tb/"));
        assertEquals("'https://example.org/\n' contains white space (write a space in a path as %20)", problem("https://example.org/\n"));
    }

    @Test
    void emptyAndMalformed() {
        assertEquals("'' is empty", problem(""));
        assertEquals("'   ' is empty", problem("   "));
        assertEquals("'' is empty", problem(null));
        assertEquals("'https://example.org/a|b' is not a valid URL: write '|' as %7C", problem("https://example.org/a|b"));
    }

    /** What a link destination can get wrong, a base URL can too: the same words as a link's hint (LinkDestination). */
    @Test
    void malformedAddressesGetTheLinkHints() {
        assertEquals("'(https://example.org/)' is not a valid URL: remove the extra parenthesis", problem("(https://example.org/)"));
        assertEquals("'https://example.org/%zz/' is not a valid URL: '%zz' is not a percent escape (% and two hexadecimal digits); "
                + "write a % sign as %25", problem("https://example.org/%zz/"));
        assertEquals("'https://example.org/a[1]/' is not a valid URL: write '[' as %5B", problem("https://example.org/a[1]/"));
        assertEquals("'http://' is not a valid URL: add the host: https://example.org/path", problem("http://"));
        assertEquals("'https://a..b/' has no valid host name in 'a..b'", problem("https://a..b/"));
    }

    @Test
    void aHostInAnyScriptIsAHost() {
        assertEquals(new BaseUrl("https://bücher.example/", "/"), ok("https://bücher.example/"), "kept as written, as links are");
        assertEquals(new BaseUrl("https://例え.jp/archive/", "/archive/"), ok("https://例え.jp/archive"));
        assertEquals("'https://bü_cher.example/' has no valid host name in 'bü_cher.example'", problem("https://bü_cher.example/"));
    }

    @Test
    void aLongAddressIsFine() {
        String sub = "a".repeat(10_000);
        assertEquals("/" + sub + "/", ok("https://example.org/" + sub).path());
    }

    @Test
    void theMessageNamesTheSetting() {
        BaseUrl.Invalid e = assertThrows(BaseUrl.Invalid.class, () -> BaseUrl.parse("example.org"));
        assertEquals("--base-url 'example.org' is not an absolute URL: it must start with https:// or http://", e.describe("--base-url"));
        assertEquals("base_url 'example.org' is not an absolute URL: it must start with https:// or http://", e.describe("base_url"));
        assertEquals("example.org", e.text());
        assertEquals("is not an absolute URL: it must start with https:// or http://", e.problem());
        assertEquals("e.g. https://example.org/preview/", BaseUrl.HINT);
    }
}
