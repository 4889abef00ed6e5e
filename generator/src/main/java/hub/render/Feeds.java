package hub.render;

import hub.model.SiteConfig;
import hub.model.TaxonomyRole;
import hub.text.Html;

import java.util.List;
import java.util.Map;

/** Atom feeds, the sitemap and robots.txt: plain XML and text written here, not through templates, so they stay valid. */
final class Feeds {
    private Feeds() {
    }

    /**
     * An Atom feed of {@code entries} (document summaries, newest first). Everything it shows comes from the
     * summaries and the configuration, which is what its fingerprint hashes ({@link Render}).
     */
    @SuppressWarnings("unchecked")
    static String atom(SiteConfig config, String title, String selfPath, String alternatePath, List<ViewMap> entries) {
        String updated = null; // ISO dates compare as text
        for (ViewMap v : entries) {
            String date = (String) v.get("date"), changed = (String) v.get("updated");
            String latest = changed != null && changed.compareTo(date) > 0 ? changed : date;
            if (updated == null || latest.compareTo(updated) > 0) updated = latest;
        }
        if (updated == null) updated = "2000-01-01";
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(Html.escapeXml(config.language())).append("\">\n");
        sb.append("  <title>").append(Html.escapeXml(title)).append("</title>\n");
        sb.append("  <id>").append(Html.escapeXml(config.baseUrl() + selfPath)).append("</id>\n");
        sb.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Html.escapeXml(config.baseUrl() + selfPath)).append("\"/>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escapeXml(config.baseUrl() + alternatePath)).append("\"/>\n");
        sb.append("  <updated>").append(updated).append("T00:00:00Z</updated>\n");
        sb.append("  <author><name>").append(Html.escapeXml(config.title())).append("</name></author>\n");
        for (ViewMap v : entries) {
            String link = config.baseUrl() + ((String) v.get("url")).substring(config.basePath().length());
            String date = (String) v.get("date"), changed = (String) v.get("updated");
            sb.append("  <entry>\n");
            sb.append("    <title>").append(Html.escapeXml((String) v.get("list_title"))).append("</title>\n");
            sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escapeXml(link)).append("\"/>\n");
            sb.append("    <id>").append(Html.escapeXml(link)).append("</id>\n");
            sb.append("    <published>").append(date).append("T00:00:00Z</published>\n");
            sb.append("    <updated>").append(changed != null ? changed : date).append("T00:00:00Z</updated>\n");
            for (Map<String, Object> a : (List<Map<String, Object>>) v.get(TaxonomyRole.AUTHORS.key())) {
                sb.append("    <author><name>").append(Html.escapeXml((String) a.get("label"))).append("</name></author>\n");
            }
            for (Map<String, Object> t : (List<Map<String, Object>>) v.get(TaxonomyRole.THEMES.key())) {
                sb.append("    <category term=\"").append(Html.escapeXml((String) t.get("id"))).append("\" label=\"").append(Html.escapeXml((String) t.get("label"))).append("\"/>\n");
            }
            if (v.get("summary") != null) sb.append("    <summary>").append(Html.escapeXml((String) v.get("summary"))).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    static String sitemap(SiteConfig config, List<String[]> pathsAndDates) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String[] p : pathsAndDates) {
            sb.append("  <url><loc>").append(Html.escapeXml(config.baseUrl() + p[0])).append("</loc>");
            if (p[1] != null) sb.append("<lastmod>").append(p[1]).append("</lastmod>");
            sb.append("</url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    static String robots(SiteConfig config) {
        return "User-agent: *\nAllow: /\nSitemap: " + config.baseUrl() + "sitemap.xml\n";
    }
}
