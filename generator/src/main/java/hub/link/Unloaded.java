package hub.link;

import hub.model.OutgoingLink;
import hub.text.Slug;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The content files that did not load (their own errors are reported), and whether an unresolved link leads to
 * one of them. A build goes on past a broken file to report the other files' problems in the same run; a link
 * to the broken file is not one of those (it resolves once the file is fixed), so it is not reported as well.
 * Matched the ways a link names a document: its relative path, a citation of its slug, or its folder and slug
 * as a site path (the default permalink; a file that did not load has no other address we could know).
 */
final class Unloaded {
    static final Unloaded NONE = new Unloaded(Set.of());

    private final Set<String> paths = new HashSet<>(), slugs = new HashSet<>(), sitePaths = new HashSet<>();

    /** @param files content files that did not load, as diagnostics name them ("content/reports/x.md") */
    Unloaded(Set<String> files) {
        for (String f : files) {
            if (!f.endsWith(".md")) continue;
            paths.add(f);
            Path p = Path.of(f);
            String slug = Slug.of(p.getFileName().toString().replaceFirst("\\.md$", ""), "untitled");
            slugs.add(slug);
            if (p.getNameCount() >= 3) sitePaths.add(p.getName(1) + "/" + slug);
        }
    }

    boolean leadsTo(OutgoingLink l) {
        if (paths.isEmpty()) return false;
        String raw = l.raw().strip();
        int hash = raw.indexOf('#');
        if (hash >= 0) raw = raw.substring(0, hash);
        if (raw.startsWith("@")) return slugs.contains(raw.substring(1).strip());
        if (raw.startsWith("/")) {
            String p = raw.replaceAll("^/+|/+$", "").replaceFirst("/index\\.html$", "");
            return sitePaths.contains(p);
        }
        if (raw.isEmpty() || raw.contains(":")) return false;
        Path from = Path.of(l.ref().path()).getParent();
        String target = (from == null ? Path.of(raw) : from.resolve(raw)).normalize().toString().replace('\\', '/');
        return paths.contains(target);
    }
}
