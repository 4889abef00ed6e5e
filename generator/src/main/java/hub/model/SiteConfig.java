package hub.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything site-config.yml declares, plus the folders it implies. {@code basePath} is the path
 * part of {@code baseUrl} ("/" or "/sub/"): every internal URL the site writes starts with it.
 * {@code programme} is the name of the programme or organisation whose archive this is, as running
 * text names it ("What Works Scotland"), or null. {@code logo} is the site's logo, a file under static/ (a path
 * from the site root, "/logo.svg"), or null; {@code exampleSearches} are the searches the home page suggests.
 * {@code languages} are the languages besides {@code language} that documents are written in (empty: one language).
 * {@code migration} holds the settings for a site moving in from Hugo or Jekyll ({@link Migration#NONE} when
 * site-config.yml has none).
 */
public record SiteConfig(
        Path root,
        String configPath,
        String title,
        String tagline,
        String description,
        String programme,
        String baseUrl,
        String basePath,
        String language,
        List<String> legacyHosts,
        boolean future,
        int pageSize,
        int feedSize,
        int tocMinHeadings,
        List<String> allowIframeHosts,
        String buildDate,
        List<ContentType> types,
        List<TaxonomyDef> taxonomies,
        MarkdownOptions markdown,
        String logo,
        List<String> exampleSearches,
        List<Language> languages,
        Migration migration,
        SearchSettings search) {

    public SiteConfig {
        exampleSearches = List.copyOf(exampleSearches);
        languages = List.copyOf(languages);
        legacyHosts = List.copyOf(legacyHosts);
        allowIframeHosts = List.copyOf(allowIframeHosts);
        types = List.copyOf(types);
        taxonomies = List.copyOf(taxonomies);
    }

    public Path contentDir() { return root.resolve("content"); }
    public Path templatesDir() { return root.resolve("templates"); }
    public Path staticDir() { return root.resolve("static"); }

    public Optional<ContentType> type(String id) {
        for (ContentType t : types) if (t.id().equals(id)) return Optional.of(t); // hot: called per document and page
        return Optional.empty();
    }

    public Optional<ContentType> typeForFolder(String folder) {
        return types.stream().filter(t -> t.folder().equals(folder)).findFirst();
    }

    /** The language declared with {@code code}, if any. */
    public Optional<Language> languageOf(String code) {
        return languages.stream().filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<TaxonomyDef> taxonomy(String id) {
        return taxonomies.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The same configuration read from another folder. A hash that names output files takes the configuration
     * with an empty root, so a build's bytes do not depend on where the site is checked out.
     */
    public SiteConfig withRoot(Path folder) {
        return new SiteConfig(folder, configPath, title, tagline, description, programme, baseUrl, basePath, language, legacyHosts, future,
                pageSize, feedSize, tocMinHeadings, allowIframeHosts, buildDate, types, taxonomies,
                markdown, logo, exampleSearches, languages, migration, search);
    }

    /** The same configuration served under another base URL (preview deployments). */
    public SiteConfig withBaseUrl(String url, String path) {
        return new SiteConfig(root, configPath, title, tagline, description, programme, url, path, language, legacyHosts, future,
                pageSize, feedSize, tocMinHeadings, allowIframeHosts, buildDate, types, taxonomies,
                markdown, logo, exampleSearches, languages, migration, search);
    }
}
