package hub.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * What a page depends on of the {@code site} variable is what its templates read of it, through Pebble: reading the
 * site's title must not make the page depend on every taxonomy's terms (it did, through Pebble's isEmpty check).
 */
class SiteViewTest {
    private static final PebbleEngine PEBBLE = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true).build();

    private static Map<String, Object> site(String title, int fifeCount) {
        Map<String, Object> fife = new LinkedHashMap<>(), places = new LinkedHashMap<>();
        fife.put("id", "fife");
        fife.put("count", fifeCount);
        places.put("id", "places");
        places.put("label", "Places");
        places.put("terms", List.of(fife));
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", title);
        site.put("taxonomies", List.of(places));
        return site;
    }

    private static List<String> reads(SiteView view, String template) {
        return SiteView.recording(() -> {
            try {
                PEBBLE.getTemplate(template).evaluate(new StringWriter(), Map.of("site", view));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void readingTheTitleRecordsTheTitleAndTheSiteSizeOnly() {
        SiteView view = new SiteView(site("Hub", 3));
        assertEquals(List.of("#", "title"), reads(view, "{{ site.title }}"));
        // so a term count that changed leaves the page's fingerprint as it was
        List<String> paths = reads(view, "{{ site.title }}");
        assertEquals(view.hashOf(paths), new SiteView(site("Hub", 4)).hashOf(paths));
        assertNotEquals(view.hashOf(paths), new SiteView(site("Hub, renamed", 3)).hashOf(paths));
    }

    @Test
    void readingATaxonomyLabelRecordsThatLabelAndNotItsTerms() {
        SiteView view = new SiteView(site("Hub", 3));
        List<String> paths = reads(view, "{{ site.taxonomies[0].label }}");
        assertEquals(List.of("#", "taxonomies#", "taxonomies[0]#", "taxonomies[0].label"), paths);
        assertEquals(view.hashOf(paths), new SiteView(site("Hub", 4)).hashOf(paths));
    }

    @Test
    void iteratingATermListRecordsTheValuesItReads() {
        SiteView view = new SiteView(site("Hub", 3));
        List<String> paths = reads(view, "{% for t in site.taxonomies[0].terms %}{{ t.count }}{% endfor %}");
        assertNotEquals(view.hashOf(paths), new SiteView(site("Hub", 4)).hashOf(paths), "the count it shows: " + paths);
    }
}
