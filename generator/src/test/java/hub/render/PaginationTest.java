package hub.render;

import hub.build.BuildResult;
import hub.diagnostic.DiagnosticFormat;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pagination at its boundaries: 0, 1, page size and page size + 1 items. */
class PaginationTest {
    @TempDir
    Path tmp;

    @Test
    void pagerBoundaries() {
        assertEquals(1, Pager.paginate(List.of(), 2, "x/", "/").size(), "an empty list still has its first page");
        Map<String, Object> empty = Pager.paginate(List.<Integer>of(), 2, "x/", "/").get(0).view();
        assertEquals(0, empty.get("start"));
        assertEquals(0, empty.get("end"));
        assertNull(empty.get("next_url"));
        assertEquals(1, Pager.paginate(List.of(1), 2, "x/", "/").size());
        assertEquals(1, Pager.paginate(List.of(1, 2), 2, "x/", "/").size());
        List<Pager.Page<Integer>> three = Pager.paginate(List.of(1, 2, 3), 2, "x/", "/root/");
        assertEquals(2, three.size());
        assertEquals("x/page/2/", three.get(1).path());
        assertEquals(List.of(3), three.get(1).items());
        assertEquals("/root/x/page/2/", three.get(0).view().get("next_url"));
        assertEquals("/root/x/", three.get(1).view().get("prev_url"));
        assertEquals(3, three.get(1).view().get("start"));
    }

    @Test
    void termPagesAtEachBoundary() {
        // Page size 2; authors with 0 (a person page, no publication), 1, 2 (the page size) and 3 (one more) publications.
        BuildResult r = SiteBuilder.minimal(tmp.resolve("site"))
                .config("page_size: 2")
                .doc("briefings/a.md", "title: A", "date: 2019-01-03", "summary: s.", "authors: [One, Two, Three]")
                .doc("briefings/b.md", "title: B", "date: 2019-01-02", "summary: s.", "authors: [Two, Three]")
                .doc("briefings/c.md", "title: C", "date: 2019-01-01", "summary: s.", "authors: [Three]")
                .doc("people/nobody.md", "title: Nobody", "date: 2019-01-01", "summary: Has written nothing yet.")
                .build();
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        Map<String, byte[]> files = r.files();
        assertTrue(page(files, "authors/nobody/").contains("Items 0-0 of 0, page 1 of 1</p>"), page(files, "authors/nobody/"));
        assertTrue(page(files, "authors/one/").contains("Items 1-1 of 1, page 1 of 1</p>"));
        assertTrue(page(files, "authors/two/").contains("Items 1-2 of 2, page 1 of 1</p>"));
        assertFalse(files.containsKey("authors/two/page/2/index.html"), "a full page has no second page");
        assertTrue(page(files, "authors/three/").contains("Items 1-2 of 3, page 1 of 2 <a href=\"/authors/three/page/2/\">next</a></p>"));
        assertTrue(page(files, "authors/three/page/2/").contains("Items 3-3 of 3, page 2 of 2 <a href=\"/authors/three/\">previous</a></p>"));
        assertFalse(files.containsKey("authors/three/page/3/index.html"));
        assertTrue(page(files, "briefings/page/2/").contains("<a href=\"/briefings/c/\">C</a></li></ul>"), "the list of a type too");
    }

    private static String page(Map<String, byte[]> files, String path) {
        byte[] b = files.get(path + "index.html");
        assertNotNull(b, "no page " + path + " in " + files.keySet());
        return new String(b, StandardCharsets.UTF_8);
    }
}
