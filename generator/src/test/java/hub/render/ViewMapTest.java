package hub.render;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A view that extends another shows the parent's keys, its own replacing or added; its size and emptiness say the same. */
class ViewMapTest {
    @Test
    void anExtendingViewCountsEachKeyOnceAndIsEmptyOnlyWhenBothAre() {
        ViewMap summary = ViewMap.builder().put("key", "a").put("title", "A").put("html", null).build();
        ViewMap full = ViewMap.extending(summary).put("html", "<p>a</p>").put("toc", List.of()).build();

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("key", "a");
        expected.put("title", "A");
        expected.put("html", "<p>a</p>");
        expected.put("toc", List.of());
        assertEquals(expected, new LinkedHashMap<>(full));
        assertEquals(4, full.size(), "html is replaced, not counted twice");
        assertEquals(4, full.size(), "the same when asked again");
        assertEquals(3, summary.size());
        assertFalse(full.isEmpty());

        ViewMap empty = ViewMap.builder().build();
        assertTrue(empty.isEmpty());
        assertEquals(0, empty.size());
        assertTrue(ViewMap.extending(empty).build().isEmpty());
        assertFalse(ViewMap.extending(empty).put("x", 1).build().isEmpty());
        assertFalse(ViewMap.extending(summary).build().isEmpty(), "a view with nothing of its own shows its parent's keys");
        assertEquals(3, ViewMap.extending(summary).build().size());
    }
}
