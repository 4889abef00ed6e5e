package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.diagnostic.Diagnostics;
import hub.load.Load;
import hub.markdown.shortcode.Shortcodes;
import hub.model.HugoSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code hub import hugo DIR}: makes a Hugo site buildable by hub without touching its content. It writes
 * site-config.yml from the Hugo configuration (title, base URL, language, description, a content type per section
 * with its permalink, the taxonomies, the languages, emoji, a commented mapping line for each of the site's own
 * shortcodes) and gives the site hub's default theme when it has no templates/. It never overwrites a file: one that
 * is already there is left alone and reported, so a second run changes nothing. Every change is reported.
 */
public final class HugoImport {
    /** What the import did or would not do, one line each, and its exit code. */
    public record Result(int exitCode, List<String> report, String error) {
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Hugo's permalink tokens that hub has: the others make the import keep hub's default pattern for that section. */
    private static final Map<String, String> TOKENS = Map.of(":year", "{year}", ":month", "{month}", ":slug", "{slug}",
            ":title", "{slug}", ":filename", "{slug}", ":contentbasename", "{slug}", ":slugorfilename", "{slug}", ":slugorcontentbasename", "{slug}");

    private HugoImport() {
    }

    /**
     * @param dir   the Hugo site
     * @param theme hub's default theme: the folder holding templates/ and static/ (the hub repository), or null
     */
    public static Result run(Path dir, Path theme) {
        Diagnostics d = new Diagnostics();
        HugoSite site = Load.hugo(dir, d);
        if (site == null || d.hasErrors()) return new Result(ExitCode.CONTENT_ERRORS.code(), List.of(), DiagnosticFormat.text(d.sorted()));
        List<String> report = new ArrayList<>();
        String config = siteConfig(site, report);
        try {
            Path target = dir.resolve("site-config.yml");
            if (!Files.exists(target)) {
                Files.writeString(target, config, StandardCharsets.UTF_8);
                report.add(0, "wrote site-config.yml from " + site.configFile());
            } else if (Files.readString(target, StandardCharsets.UTF_8).equals(config)) {
                report.clear();
                report.add("site-config.yml is up to date");
            } else {
                report.clear();
                report.add("site-config.yml is already there and differs from what " + site.configFile() + " gives: left as it is "
                        + "(remove it and run again to have it written anew)");
            }
            report.addAll(theme(dir, theme));
        } catch (IOException e) {
            return new Result(ExitCode.USAGE.code(), report, "cannot write in " + dir + ": " + e.getMessage());
        }
        return new Result(ExitCode.OK.code(), report, null);
    }

    /** hub's default theme copied in where the site has none; files already there are left alone. */
    private static List<String> theme(Path dir, Path theme) throws IOException {
        List<String> report = new ArrayList<>();
        if (Files.isDirectory(dir.resolve("templates"))) return report;
        if (theme == null || !Files.isDirectory(theme.resolve("templates"))) {
            report.add("the site has no templates/ and hub's default theme was not found: copy templates/ and static/css, static/js from hub");
            return report;
        }
        int copied = 0;
        for (String folder : List.of("templates", "static/css", "static/js")) {
            Path from = theme.resolve(folder);
            if (!Files.isDirectory(from)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.walk(from)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                Path to = dir.resolve(folder).resolve(from.relativize(f).toString());
                if (Files.exists(to)) continue;
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
                copied++;
            }
        }
        report.add("copied hub's default theme: " + copied + " files into templates/, static/css/ and static/js/");
        return report;
    }

    /** The site-config.yml text for the Hugo site; the report says what each setting came from or why it is missing. */
    static String siteConfig(HugoSite site, List<String> report) {
        Map<String, Object> c = site.config();
        Map<String, Object> params = map(c.get("params"));
        StringBuilder y = new StringBuilder("# Made by hub import hugo from " + site.configFile() + "; every key is described in hub's docs/REFERENCE.md.\n");
        String title = text(c.get("title"));
        line(y, "title", title == null ? "My site" : title);
        if (title == null) report.add("title: Hugo's configuration has none; 'My site' written instead");
        String base = text(c.get("baseurl"));
        if (base == null || !base.matches("(?i)https?://.+")) {
            report.add("base_url: Hugo's baseURL is " + (base == null ? "missing" : "'" + base + "'") + "; https://example.org/ written instead");
            base = "https://example.org/";
        }
        line(y, "base_url", base.endsWith("/") ? base : base + "/");
        String language = first(text(c.get("languagecode")), text(c.get("defaultcontentlanguage")), "en");
        line(y, "language", language);
        String description = first(text(params.get("description")), text(c.get("description")), null);
        if (description != null) line(y, "description", description);
        String logo = text(params.get("logo"));
        if (logo != null && Files.isRegularFile(site.dir().resolve("static").resolve(logo.replaceAll("^/+", "")))) {
            line(y, "logo", "/" + logo.replaceAll("^/+", ""));
        }
        if (Boolean.TRUE.equals(c.get("enableemoji")) || !site.shortcodes().isEmpty()) {
            y.append("markdown:\n");
            if (Boolean.TRUE.equals(c.get("enableemoji"))) y.append("  emoji: true\n");
            List<String> own = site.shortcodes().stream().filter(s -> !Shortcodes.BUILT_IN.contains(s)).toList();
            if (!own.isEmpty()) {
                y.append("  # The site's own shortcodes (layouts/shortcodes/): write the HTML each stands for, then remove the '#'.\n");
                y.append("  shortcodes:\n");
                for (String s : own) {
                    y.append("    # ").append(yamlKey(s)).append(": '<span>{0}</span>'\n");
                    report.add("shortcode '" + s + "' is the site's own (layouts/shortcodes/" + s + ".html): map it under markdown: shortcodes: in site-config.yml");
                }
            }
        }
        Map<String, Object> languages = map(c.get("languages"));
        List<String> languageFolders = new ArrayList<>();
        // The site's own language is language: above (Hugo's "en" for a site whose languageCode is en-GB too).
        languages.keySet().removeIf(code -> code.equalsIgnoreCase(language)
                || language.toLowerCase(Locale.ROOT).startsWith(code.toLowerCase(Locale.ROOT) + "-"));
        if (!languages.isEmpty()) {
            y.append("languages:\n");
            for (var e : languages.entrySet()) {
                Map<String, Object> l = map(e.getValue());
                String folder = text(l.get("contentdir"));
                if (folder != null) {
                    languageFolders.add(folder.replaceAll("^content/|/$", ""));
                    report.add("language " + e.getKey() + ": its documents are in " + folder + "; hub reads a document's language from "
                            + "lang: in its front matter, so move them beside the others with lang: " + e.getKey());
                }
                y.append("  - {code: ").append(quote(e.getKey())).append(", label: ").append(quote(first(text(l.get("languagename")), e.getKey(), null)))
                        .append("}\n");
            }
        }
        Map<String, Object> permalinks = map(c.get("permalinks"));
        if (permalinks.containsKey("page")) permalinks = map(permalinks.get("page")); // Hugo 0.120+: permalinks.page.<section>
        y.append("types:\n");
        int types = 0;
        for (String folder : site.contentFolders()) {
            if (languageFolders.contains(folder)) continue;
            if (!ID.matcher(folder).matches()) {
                report.add("content/" + folder + "/: a folder name hub can use is lower-case letters, digits and '-'; rename it to make it a type");
                continue;
            }
            String label = label(folder);
            y.append("  - id: ").append(folder).append('\n');
            line(y, "    label", label);
            line(y, "    plural", label);
            y.append("    folder: ").append(folder).append('\n');
            y.append("    permalink: ").append(quote(permalink(folder, text(permalinks.get(folder)), report))).append('\n');
            if (List.of("post", "posts", "blog", "blogs", "news").contains(folder)) y.append("    cite_as: post\n");
            types++;
        }
        if (types == 0) {
            report.add("content/ has no section folder: a 'posts' type is declared for content/posts/");
            y.append("  - {id: posts, label: Posts, plural: Posts, folder: posts, permalink: /posts/{slug}/, cite_as: post}\n");
        }
        Map<String, Object> taxonomies = c.containsKey("taxonomies") ? map(c.get("taxonomies")) : defaultTaxonomies();
        if (!taxonomies.isEmpty()) {
            y.append("taxonomies:\n");
            for (var e : taxonomies.entrySet()) {
                String plural = text(e.getValue());
                if (plural == null || !ID.matcher(plural).matches()) {
                    report.add("taxonomy '" + e.getKey() + "': its name must be lower-case letters, digits and '-' in hub; left out");
                    continue;
                }
                y.append("  - {id: ").append(plural).append(", label: ").append(quote(label(e.getKey())))
                        .append(", plural: ").append(quote(label(plural))).append("}\n");
            }
        }
        return y.toString();
    }

    private static Map<String, Object> defaultTaxonomies() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tag", "tags");
        m.put("category", "categories");
        return m;
    }

    /** A Hugo permalink pattern as hub's ({year}, {month}, {slug}); hub's default when a token has no equivalent. */
    private static String permalink(String folder, String hugo, List<String> report) {
        String fallback = "/" + folder + "/{slug}/";
        if (hugo == null) return fallback;
        String p = hugo.replace(":section", folder);
        for (var t : TOKENS.entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList()) {
            p = p.replace(t.getKey(), t.getValue());
        }
        if (p.contains(":") || !p.contains("{slug}")) {
            report.add("permalink of " + folder + " '" + hugo + "': hub has {year}, {month} and {slug} only; " + fallback + " written instead");
            return fallback;
        }
        if (!p.startsWith("/")) p = "/" + p;
        return p.endsWith("/") ? p : p + "/";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
    }

    private static String text(Object o) {
        return o instanceof String s && !s.isBlank() ? s.strip() : o instanceof Number || o instanceof Boolean ? String.valueOf(o) : null;
    }

    private static String first(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }

    private static String label(String id) {
        String words = String.join(" ", Arrays.stream(id.split("[-_ ]+")).filter(w -> !w.isEmpty()).toList());
        return words.isEmpty() ? id : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static void line(StringBuilder y, String key, String value) {
        y.append(key).append(": ").append(quote(value.replaceAll("\\s+", " "))).append('\n');
    }

    private static String yamlKey(String s) {
        return s.matches("[A-Za-z0-9_-]+") ? s : quote(s);
    }

    /** A YAML scalar: plain when it cannot be read as anything else, else in single quotes. */
    private static String quote(String s) {
        if (s.matches("[A-Za-z0-9][A-Za-z0-9 ._/{}-]*") && !s.matches("(?i)true|false|yes|no|on|off|null|~|[0-9.]+") && !s.contains("{")) return s;
        return "'" + s.replace("'", "''") + "'";
    }
}
