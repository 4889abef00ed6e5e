package hub.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * How bodies are read beyond CommonMark, from site-config.yml's {@code markdown:}: emoji shortcodes ({@code :smile:})
 * as Unicode characters (off unless asked for, as in Hugo), and Hugo shortcodes the site maps to HTML, by name, each
 * a template whose {@code {0}}, {@code {1}}... and {@code {name}} are the shortcode's arguments (escaped).
 */
public record MarkdownOptions(boolean emoji, Map<String, String> shortcodes) {
    public static final MarkdownOptions DEFAULT = new MarkdownOptions(false, Map.of());

    public MarkdownOptions {
        shortcodes = java.util.Collections.unmodifiableMap(new TreeMap<>(shortcodes));
    }
}
