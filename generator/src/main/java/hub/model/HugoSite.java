package hub.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code hub import hugo} reads of a Hugo site: its folder, the name of its configuration file, that
 * configuration (keys in lower case, as Hugo's are case-insensitive; values are maps, lists, strings, numbers and
 * booleans), the folders under content/ and the site's own shortcodes (the names of layouts/shortcodes/*.html).
 */
public record HugoSite(Path dir, String configFile, Map<String, Object> config, List<String> contentFolders, List<String> shortcodes) {
    public HugoSite {
        contentFolders = List.copyOf(contentFolders);
        shortcodes = List.copyOf(shortcodes);
    }
}
