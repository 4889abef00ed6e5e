package hub.markdown;

import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The allow-list every rendered body passes through (OWASP Java HTML Sanitizer). It admits what
 * Markdown and our renderer produce, plus iframes from the hosts site-config.yml lists (video
 * embeds); scripts, event handlers, styles and javascript: URLs are removed.
 */
final class HtmlPolicy {
    private final PolicyFactory policy;

    HtmlPolicy(List<String> iframeHosts) {
        HtmlPolicyBuilder b = new HtmlPolicyBuilder()
                .allowElements("p", "div", "span", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
                        "dd", "blockquote", "pre", "code", "em", "strong", "b", "i", "u", "s", "del", "ins", "sup", "sub", "small",
                        "mark", "abbr", "cite", "q", "kbd", "samp", "var", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
                        "caption", "colgroup", "col", "figure", "figcaption", "img", "a", "section", "details", "summary", "time")
                .allowWithoutAttributes("span", "a")
                .allowAttributes("id", "class", "title", "lang").globally()
                .allowAttributes("href").onElements("a")
                .allowAttributes("role", "aria-describedby", "aria-label", "aria-hidden").onElements("a", "sup", "span", "section")
                .allowAttributes("src", "alt", "width", "height", "loading").onElements("img")
                .allowAttributes("colspan", "rowspan", "scope").onElements("th", "td")
                .allowAttributes("align").matching(Pattern.compile("(?i)left|right|center")).onElements("th", "td")
                .allowAttributes("start", "reversed").onElements("ol")
                .allowAttributes("value").onElements("li")
                .allowAttributes("datetime").onElements("time", "del", "ins")
                .allowAttributes("open").onElements("details")
                // An image left without alt text (raw HTML that had none) is invalid HTML: it gets an empty one.
                .allowElements((element, attrs) -> {
                    if (!attrs.contains("alt")) {
                        attrs.add("alt");
                        attrs.add("");
                    }
                    return element;
                }, "img")
                // <a name="x"> (older sites, Hugo content) is obsolete HTML: the same place as <a id="x">, a fragment target.
                .allowAttributes("name").onElements("a")
                .allowElements((element, attrs) -> {
                    int name = nameIndex(attrs);
                    if (name >= 0) {
                        String value = attrs.get(name + 1);
                        attrs.remove(name + 1);
                        attrs.remove(name);
                        // An id has no spaces (HTML): a name with one could not be linked to anyway.
                        if (nameIndex(attrs, "id") < 0 && !value.isEmpty() && value.chars().noneMatch(Character::isWhitespace)) {
                            attrs.add("id");
                            attrs.add(value);
                        }
                    }
                    return element;
                }, "a")
                .allowStandardUrlProtocols()
                .allowUrlProtocols("tel");
        if (!iframeHosts.isEmpty()) {
            String hosts = String.join("|", iframeHosts.stream().map(h -> Pattern.quote(h.toLowerCase(Locale.ROOT))).toList());
            Pattern src = Pattern.compile("(?i)https://(" + hosts + ")/[^\\s\"'<>]*");
            b.allowElements("iframe")
                    .allowAttributes("src").matching(src).onElements("iframe")
                    .allowAttributes("width", "height", "title", "allowfullscreen", "loading", "allow").onElements("iframe")
                    .disallowWithoutAttributes("iframe");
        }
        this.policy = b.toFactory();
    }

    private static int nameIndex(List<String> attrs) {
        return nameIndex(attrs, "name");
    }

    private static int nameIndex(List<String> attrs, String attribute) {
        for (int i = 0; i < attrs.size(); i += 2) if (attrs.get(i).equals(attribute)) return i;
        return -1;
    }

    /** Sanitised HTML, and what was removed (element or attribute names) so the build can warn. */
    record Result(String html, List<String> removed) {
    }

    Result sanitize(String html) {
        List<String> removed = new ArrayList<>();
        String out = policy.sanitize(html, new HtmlChangeListener<List<String>>() {
            @Override
            public void discardedTag(List<String> ctx, String element) {
                ctx.add("<" + element + ">");
            }

            @Override
            public void discardedAttributes(List<String> ctx, String element, String... attributes) {
                for (String a : attributes) {
                    if (!(element.equals("a") && a.equals("name"))) ctx.add(a + " on <" + element + ">"); // made an id, not lost
                }
            }
        }, removed);
        return new Result(out, removed);
    }
}
