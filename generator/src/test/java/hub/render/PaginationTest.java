package hub.render;

import hub.build.BuildResult;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pagination at its boundaries: 0, 1, page size and page size + 1 items (the basic site's page size is 2). */
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
    void termPagesAtEachBoundary() throws Exception {
        Path site = tmp.resolve("site");
        Sites.copyTree(Sites.resource("sites/basic"), site);
        Sites.deleteTree(site.resolve("expected"));
        BuildResult r = Sites.build(site, tmp.resolve("out"));
        assertEquals(0, r.exitCode());
        Path out = tmp.resolve("out");
        // places/fife has 1 publication, authors/bob-sample 2 (page size), themes/participation 3 (page size + 1).
        assertTrue(Files.readString(out.resolve("places/fife/index.html")).contains("Items 1-1 of 1, page 1 of 1"));
        assertTrue(Files.readString(out.resolve("authors/bob-sample/index.html")).contains("Items 1-2 of 2, page 1 of 1"));
        assertFalse(Files.exists(out.resolve("authors/bob-sample/page/2/index.html")));
        assertTrue(Files.readString(out.resolve("themes/participation/page/2/index.html")).contains("Items 3-3 of 3, page 2 of 2"));
    }
}
