package hub.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cuts a list into pages: page 1 at {@code base}, page N at {@code base + "page/N/"}. */
final class Pager {
    record Page<T>(int number, String path, List<T> items, Map<String, Object> view) {
    }

    private Pager() {
    }

    static <T> List<Page<T>> paginate(List<T> items, int size, String base, String root) {
        int pages = Math.max(1, (items.size() + size - 1) / size);
        List<Page<T>> out = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            int from = (p - 1) * size;
            int to = Math.min(items.size(), from + size);
            List<T> slice = items.subList(from, to);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("page", p);
            v.put("pages", pages);
            v.put("total", items.size());
            v.put("first_url", root + path(base, 1));
            v.put("prev_url", p > 1 ? root + path(base, p - 1) : null);
            v.put("next_url", p < pages ? root + path(base, p + 1) : null);
            v.put("last_url", root + path(base, pages));
            List<Map<String, Object>> links = new ArrayList<>();
            for (int i = 1; i <= pages; i++) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("number", i);
                l.put("url", root + path(base, i));
                l.put("current", i == p);
                links.add(l);
            }
            v.put("links", links);
            v.put("start", items.isEmpty() ? 0 : from + 1);
            v.put("end", to);
            out.add(new Page<>(p, path(base, p), slice, v));
        }
        return out;
    }

    static String path(String base, int page) {
        return page == 1 ? base : base + "page/" + page + "/";
    }
}
