package hub.markdown.shortcode;

import hub.text.Html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo shortcodes ({@code {{< name args >}}}, {@code {{% name args %}}}) in a body, replaced before Markdown reads it,
 * as Hugo does. Built in: {@code figure} (a figure with its image and caption), {@code ref} and {@code relref} (the
 * linked document's source path, so the link is resolved and checked like any link to a {@code .md} file) and
 * {@code youtube} (a plain link to the video: no embedded player, the site works offline and loads nothing from
 * elsewhere). The site maps others to HTML in site-config.yml ({@code markdown: shortcodes:}); a closing tag
 * {@code {{< /name >}}} is mapped under the key {@code /name}. Any other shortcode stays as text and is reported at
 * its position. Hugo's escaped form (the shortcode's inside between /&#42; and &#42;/) shows the shortcode itself.
 * <p>
 * The HTML made here is raw HTML to Markdown, so the HTML policy sanitises it like any other. Positions in the
 * expanded text map back to the body ({@link Expanded#source}), so every later diagnostic points at what was written.
 */
public final class Shortcodes {
    public static final List<String> BUILT_IN = List.of("figure", "ref", "relref", "youtube");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private Shortcodes() {
    }

    /** A shortcode hub does not know, or one it could not use: where it starts in the body, and what to say. */
    public record Problem(int offset, String message, String hint) {
    }

    /** The body with its shortcodes replaced, and where each replacement came from. */
    public static final class Expanded {
        private final String text;
        private final int[] edits; // per replacement: start and end in the text, start and end in the body

        private Expanded(String text, int[] edits) {
            this.text = text;
            this.edits = edits;
        }

        public String text() {
            return text;
        }

        /** Whether anything was replaced. */
        public boolean changed() {
            return edits.length > 0;
        }

        /** The body offset of {@code offset} in the text: inside a replacement, the shortcode's start. */
        public int source(int offset) {
            int lo = 0, hi = edits.length / 4 - 1, found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (edits[mid * 4] <= offset) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (found < 0) return offset;
            int e = found * 4;
            return offset < edits[e + 1] ? edits[e + 2] : offset - edits[e + 1] + edits[e + 3];
        }
    }

    /**
     * @param mapped   the site's shortcodes: name (or /name for a closing tag) to an HTML template
     * @param basePath the site's base path, which a figure's site-absolute image path ({@code /images/a.png}) starts with
     */
    public static Expanded expand(String body, Map<String, String> mapped, String basePath, List<Problem> problems) {
        int at = body.indexOf("{{");
        if (at < 0) return new Expanded(body, new int[0]);
        StringBuilder out = new StringBuilder(body.length());
        List<Integer> edits = new ArrayList<>();
        int copied = 0;
        boolean angleClosable = true, percentClosable = true; // once a closer is missing, no later opener of that kind has one
        while (at >= 0 && at + 2 < body.length()) {
            char kind = body.charAt(at + 2);
            if ((kind != '<' || !angleClosable) && (kind != '%' || !percentClosable)) {
                at = body.indexOf("{{", at + 2);
                continue;
            }
            String closer = (kind == '<' ? ">" : "%") + "}}";
            int end = body.indexOf(closer, at + 3);
            if (end < 0) {
                if (kind == '<') angleClosable = false;
                else percentClosable = false;
                at = body.indexOf("{{", at + 3);
                continue;
            }
            String inner = body.substring(at + 3, end).strip();
            int next = end + 3;
            String replacement = replacement(body, at, next, kind, inner, mapped, basePath, problems);
            if (replacement != null) {
                out.append(body, copied, at);
                edits.add(out.length());
                out.append(replacement);
                edits.add(out.length());
                edits.add(at);
                edits.add(next);
                copied = next;
            }
            at = body.indexOf("{{", next);
        }
        if (edits.isEmpty()) return new Expanded(body, new int[0]);
        out.append(body, copied, body.length());
        return new Expanded(out.toString(), edits.stream().mapToInt(Integer::intValue).toArray());
    }

    /** What replaces the shortcode at [start, end) of the body, or null to leave it as text. */
    private static String replacement(String body, int start, int end, char kind, String inner, Map<String, String> mapped,
                                      String basePath, List<Problem> problems) {
        if (inner.startsWith("/*") && inner.endsWith("*/")) { // {{</* name */>}}: the shortcode itself, as text
            return "{{" + kind + " " + inner.substring(2, inner.length() - 2).strip() + " " + (kind == '<' ? '>' : '%') + "}}";
        }
        boolean closing = inner.startsWith("/");
        String rest = closing ? inner.substring(1).strip() : inner;
        Matcher name = NAME.matcher(rest);
        if (!name.lookingAt()) {
            problems.add(new Problem(start, "unreadable Hugo shortcode '" + oneLine(body.substring(start, end)) + "'",
                    "a shortcode is {{< name arguments >}}; it is left as text"));
            return null;
        }
        String n = name.group();
        if (closing) {
            String template = mapped.get("/" + n);
            if (template != null) return template;
            return mapped.containsKey(n) ? "" : null; // the opening tag was reported if it is unknown
        }
        Map<String, String> args = arguments(rest.substring(name.end()));
        String template = mapped.get(n);
        if (template != null) return fill(template, args);
        boolean block = aloneOnLine(body, start, end);
        return switch (n) {
            case "ref", "relref" -> ref(args, start, problems);
            case "figure" -> figure(args, basePath, start, problems);
            case "youtube" -> youtube(args, block, start, problems);
            default -> {
                problems.add(new Problem(start, "unknown Hugo shortcode '" + n + "' is left as text",
                        "map it to HTML in site-config.yml (markdown: shortcodes: " + n + ": '<...>'), or replace it; built in: "
                                + String.join(", ", BUILT_IN)));
                yield null;
            }
        };
    }

    /** Positional arguments under "0", "1"...; named ones under their names. Values may be "quoted" or `raw`. */
    static Map<String, String> arguments(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0, position = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= s.length()) break;
            int keyEnd = i;
            while (keyEnd < s.length() && (Character.isLetterOrDigit(s.charAt(keyEnd)) || s.charAt(keyEnd) == '_' || s.charAt(keyEnd) == '-')) keyEnd++;
            String key = null;
            if (keyEnd > i && keyEnd < s.length() && s.charAt(keyEnd) == '=') {
                key = s.substring(i, keyEnd);
                i = keyEnd + 1;
            }
            StringBuilder value = new StringBuilder();
            if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '`')) {
                char q = s.charAt(i++);
                while (i < s.length() && s.charAt(i) != q) {
                    if (q == '"' && s.charAt(i) == '\\' && i + 1 < s.length()) i++;
                    value.append(s.charAt(i++));
                }
                i++;
            } else {
                while (i < s.length() && !Character.isWhitespace(s.charAt(i))) value.append(s.charAt(i++));
            }
            out.put(key != null ? key : String.valueOf(position++), value.toString());
        }
        return out;
    }

    /** The template with each {name} or {0} replaced by that argument, escaped; an argument not given is empty. */
    private static String fill(String template, Map<String, String> args) {
        return PLACEHOLDER.matcher(template).replaceAll(m -> Matcher.quoteReplacement(Html.escape(args.getOrDefault(m.group(1), ""))));
    }

    /**
     * ref and relref: the target's source path, which Markdown reads as a link destination ({@code [text]({{< ref
     * "posts/a.md" >}})}) and the link stage resolves and checks. A path with a folder is from content/ (as Hugo looks
     * one up); a file name alone is beside the linking document; ".md" is added when there is no extension.
     */
    private static String ref(Map<String, String> args, int start, List<Problem> problems) {
        String target = args.getOrDefault("0", args.get("path"));
        if (target == null || target.isBlank()) {
            problems.add(new Problem(start, "ref shortcode without a target", "{{< ref \"posts/first.md\" >}}"));
            return null;
        }
        String fragment = "";
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = target.substring(hash);
            target = target.substring(0, hash);
        }
        if (target.isEmpty()) return fragment;
        String last = target.substring(target.lastIndexOf('/') + 1);
        if (target.endsWith("/")) target = target + "index.md";
        else if (!last.contains(".")) target = target + ".md";
        if (target.contains("/") && !target.startsWith("/") && !target.startsWith(".")) target = "/" + target;
        String dest = target + fragment;
        return dest.chars().anyMatch(c -> c == ' ' || c == '(' || c == ')') ? "<" + dest + ">" : dest;
    }

    /** figure: the image (its alt text, or the caption) in a figure with its caption, linked when {@code link} is given. */
    private static String figure(Map<String, String> a, String basePath, int start, List<Problem> problems) {
        String src = a.get("src");
        if (src == null || src.isBlank()) {
            problems.add(new Problem(start, "figure shortcode without src", "{{< figure src=\"/images/chart.png\" alt=\"What it shows\" >}}"));
            return null;
        }
        if (src.startsWith("/") && !src.startsWith("//")) src = basePath + src.substring(1);
        String caption = a.getOrDefault("caption", "");
        String title = a.getOrDefault("title", "");
        String alt = a.getOrDefault("alt", caption);
        StringBuilder sb = new StringBuilder("<figure");
        if (a.containsKey("class")) sb.append(" class=\"").append(Html.escape(a.get("class"))).append('"');
        sb.append('>');
        String link = a.get("link");
        if (link != null) sb.append("<a href=\"").append(Html.escape(link)).append("\">");
        sb.append("<img src=\"").append(Html.escape(src)).append("\" alt=\"").append(Html.escape(alt)).append('"');
        for (String dim : List.of("width", "height")) {
            if (a.containsKey(dim)) sb.append(' ').append(dim).append("=\"").append(Html.escape(a.get(dim))).append('"');
        }
        sb.append('>');
        if (link != null) sb.append("</a>");
        if (!title.isEmpty() || !caption.isEmpty()) {
            sb.append("<figcaption>");
            if (!title.isEmpty()) sb.append("<strong>").append(Html.escape(title)).append("</strong>").append(caption.isEmpty() ? "" : " ");
            sb.append(Html.escape(caption)).append("</figcaption>");
        }
        sb.append("</figure>");
        return sb.toString();
    }

    /** youtube: a link to the video on YouTube (its title, or "Video on YouTube"), a paragraph of its own when alone on its line. */
    private static String youtube(Map<String, String> a, boolean block, int start, List<Problem> problems) {
        String id = a.getOrDefault("0", a.get("id"));
        if (id == null || !VIDEO_ID.matcher(id).matches()) {
            problems.add(new Problem(start, "youtube shortcode without a video id", "{{< youtube dQw4w9WgXcQ >}}"));
            return null;
        }
        String link = "<a href=\"https://www.youtube.com/watch?v=" + id + "\">" + Html.escape(a.getOrDefault("title", "Video on YouTube")) + "</a>";
        return block ? "<p>" + link + "</p>" : link;
    }

    /** Whether only spaces stand between the shortcode and the line's start and end (then it is a block of its own). */
    private static boolean aloneOnLine(String body, int start, int end) {
        for (int i = start - 1; i >= 0 && body.charAt(i) != '\n'; i--) if (!Character.isWhitespace(body.charAt(i))) return false;
        for (int i = end; i < body.length() && body.charAt(i) != '\n'; i++) if (!Character.isWhitespace(body.charAt(i))) return false;
        return true;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
