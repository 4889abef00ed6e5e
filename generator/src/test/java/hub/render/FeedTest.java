package hub.render;

import hub.build.BuildResult;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every feed the site writes is well-formed Atom with the elements RFC 4287 requires. */
class FeedTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void everyFeedIsValidAtom() throws Exception {
        BuildResult r = Sites.buildInMemory(Sites.resource("sites/basic"));
        List<Map.Entry<String, byte[]>> feeds = r.files().entrySet().stream().filter(e -> e.getKey().endsWith("feed.xml")).toList();
        assertTrue(feeds.size() >= 8, "site, type and term feeds: " + feeds.size());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (var e : feeds) {
            var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(e.getValue()));
            Element feed = doc.getDocumentElement();
            assertEquals(ATOM, feed.getNamespaceURI(), e.getKey());
            assertEquals("feed", feed.getLocalName());
            for (String required : List.of("id", "title", "updated")) {
                assertEquals(1, children(feed, required).size(), e.getKey() + " needs one " + required);
            }
            assertFalse(children(feed, "author").isEmpty(), e.getKey() + " needs a feed-level author");
            for (Element entry : children(feed, "entry")) {
                for (String required : List.of("id", "title", "updated", "link")) {
                    assertFalse(children(entry, required).isEmpty(), e.getKey() + ": entry needs " + required);
                }
                assertTrue(children(entry, "updated").get(0).getTextContent().matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"));
            }
        }
        var site = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.files().get("feed.xml")));
        assertEquals("First briefing: \"quotes\" & <tags>", ((Element) site.getElementsByTagNameNS(ATOM, "entry").item(2))
                .getElementsByTagNameNS(ATOM, "title").item(0).getTextContent(), "titles are escaped, not mangled");
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nl = parent.getChildNodes();
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            if (nl.item(i) instanceof Element el && ATOM.equals(el.getNamespaceURI()) && el.getLocalName().equals(name)) out.add(el);
        }
        return out;
    }
}
