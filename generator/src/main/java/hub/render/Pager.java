package hub.render;

import hub.memo.Hash;
import hub.memo.Hasher;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a list into pages: page 1 at {@code base}, page N at {@code base + "page/N/"}. Each page's view has the
 * links to every page ({@code links}, made on demand: a list of 5,000 pages would otherwise hold 25 million
 * links) and the few a page shows ({@code window}: the first and last pages, two either side of the current
 * one, and a gap marker where pages are left out).
 */
final class Pager {
    /**
     * One page of a list: its number, path and items, and its view for the template, made each time it is asked for
     * (when the page renders): a plan of 17,000 pages made every view up front, a tenth of a preview save's garbage.
     */
    static final class Page<T> {
        private final int number, pages, from, to, total;
        private final String path, base, root;
        private final List<T> items;
        private final Links links;

        private Page(int number, int pages, int from, int to, int total, String base, String root, List<T> items, Links links) {
            this.number = number;
            this.pages = pages;
            this.from = from;
            this.to = to;
            this.total = total;
            this.path = Pager.path(base, number);
            this.base = base;
            this.root = root;
            this.items = items;
            this.links = links;
        }

        int number() {
            return number;
        }

        String path() {
            return path;
        }

        List<T> items() {
            return items;
        }

        Map<String, Object> view() {
            int p = number;
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("page", p);
            v.put("pages", pages);
            v.put("total", total);
            v.put("first_url", root + Pager.path(base, 1));
            v.put("prev_url", p > 1 ? root + Pager.path(base, p - 1) : null);
            v.put("next_url", p < pages ? root + Pager.path(base, p + 1) : null);
            v.put("last_url", root + Pager.path(base, pages));
            v.put("links", links.current(p));
            v.put("window", window(links, p, pages));
            v.put("start", total == 0 ? 0 : from + 1);
            v.put("end", to);
            return v;
        }
    }

    private Pager() {
    }

    static <T> List<Page<T>> paginate(List<T> items, int size, String base, String root) {
        int pages = Math.max(1, (items.size() + size - 1) / size);
        List<Page<T>> out = new ArrayList<>();
        Links links = new Links(root, base, pages);
        for (int p = 1; p <= pages; p++) {
            int from = (p - 1) * size;
            int to = Math.min(items.size(), from + size);
            out.add(new Page<>(p, pages, from, to, items.size(), base, root, items.subList(from, to), links));
        }
        return out;
    }

    /** The links a page shows: 1, the last, two either side of {@code p}, and a gap entry where pages are left out. */
    private static List<Map<String, Object>> window(Links links, int p, int pages) {
        List<Map<String, Object>> out = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            boolean shown = n == 1 || n == pages || Math.abs(n - p) <= 2;
            if (!shown) continue;
            if (n > last + 1) {
                Map<String, Object> gap = new LinkedHashMap<>();
                gap.put("gap", true);
                out.add(gap);
            }
            Map<String, Object> l = new LinkedHashMap<>(links.link(n, p));
            l.put("gap", false);
            out.add(l);
            last = n;
            if (n == 1 && p - 2 > 2) n = p - 3; // jump to the pages around the current one
            else if (n == p + 2 && pages - 1 > n) n = pages - 1;
        }
        return out;
    }

    static String path(String base, int page) {
        return page == 1 ? base : base + "page/" + page + "/";
    }

    /** Every page's link, {number, url, current}, made when read; hashed by what determines them. */
    private record Links(String root, String base, int pages) {
        Map<String, Object> link(int n, int current) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("number", n);
            l.put("url", root + path(base, n));
            l.put("current", n == current);
            return l;
        }

        List<Map<String, Object>> current(int p) {
            return new Current(this, p);
        }
    }

    private static final class Current extends AbstractList<Map<String, Object>> implements Hasher.Hashed {
        private final Links links;
        private final int page;

        Current(Links links, int page) {
            this.links = links;
            this.page = page;
        }

        @Override
        public Map<String, Object> get(int index) {
            if (index < 0 || index >= links.pages()) throw new IndexOutOfBoundsException(index);
            return links.link(index + 1, page);
        }

        @Override
        public int size() {
            return links.pages();
        }

        @Override
        public Hash hash() {
            return new Hasher().string("pagination links").string(links.root()).string(links.base()).number(links.pages()).number(page).hash();
        }
    }
}
