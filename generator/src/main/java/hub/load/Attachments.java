package hub.load;

import hub.diagnostic.Diagnostics;
import hub.diagnostic.Suggest;
import hub.memo.Hash;
import hub.memo.Hasher;
import hub.model.Attachment;
import hub.model.SiteConfig;
import hub.model.SiteFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Binds a document's {@code attachments:} list: each item's {@code path} (relative to the Markdown file's folder, or
 * {@code /path} under static/), {@code title} and {@code kind}, the file checked (a safe path, present, inside the
 * site, under the size limit) and hashed, and a PDF's text extracted for the search index.
 */
final class Attachments {
    /** Larger attachments are refused: a reader on a slow line should not meet one, and the build reads each whole. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final Set<String> ITEM_KEYS = Set.of("path", "title", "kind");
    static final String EXAMPLE = "attachments:\n  - path: full-report.pdf\n    title: Full report\n    kind: full-report";
    /**
     * What a path may not hold: a parent step, a backslash, a drive letter or URL scheme ("C:", "file:"), a NUL, or a
     * percent-encoded dot, slash, backslash or NUL (which a server might decode into one of those).
     */
    private static final Pattern UNSAFE = Pattern.compile("(^|/)\\.\\.(/|$)|\\\\|^[A-Za-z][A-Za-z0-9+.-]*:|\\x00|%(2e|2f|5c|00)",
            Pattern.CASE_INSENSITIVE);

    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final Load.PdfTexts pdfTexts;

    Attachments(SiteConfig config, Diagnostics diagnostics, Load.PdfTexts pdfTexts) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.pdfTexts = pdfTexts;
    }

    /** The attachments of the document at {@code path} (site-relative), each reported where it is wrong and then left out. */
    List<Attachment> bind(YNode list, Fields f, String path) {
        List<Attachment> out = new ArrayList<>();
        if (list == null || list.kind == YNode.Kind.NULL) return out;
        if (list.kind != YNode.Kind.LIST) {
            f.error(list, "'attachments' must be a list of files, not " + list.describe(), EXAMPLE);
            return out;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (YNode item : list.list) {
            Attachment a = item(item, f, path);
            if (a == null) continue;
            if (seen.add(a.source())) out.add(a);
            else f.error(item.map.get("path"), "'" + a.source() + "' is attached twice", "list each file once");
        }
        return out;
    }

    private Attachment item(YNode item, Fields f, String docPath) {
        if (item.kind != YNode.Kind.MAP) {
            f.error(item, "each attachment must be a map with path, title and kind, not " + item.describe(), EXAMPLE);
            return null;
        }
        f.unknownKeys(item, ITEM_KEYS, "attachment");
        YNode pathNode = item.map.get("path");
        String raw = f.string(pathNode, "path");
        if (raw == null || raw.isBlank()) {
            f.error(pathNode == null ? item : pathNode, "an attachment needs a 'path'", EXAMPLE);
            return null;
        }
        String kind = kind(item, f);
        String title = f.string(item.map.get("title"), "title");
        title = title == null || title.isBlank() ? null : title.strip();
        String p = raw.strip();
        if (UNSAFE.matcher(p).find() || p.startsWith("//") || p.endsWith("/")) {
            f.error(pathNode, "attachment path '" + printable(p) + "' must be a file beside the document or under static/, with no '..',"
                    + " '\\', drive letter, scheme, NUL or percent-encoded '.', '/' or '\\'",
                    "write the file's name (path: full-report.pdf) or its path under static/ (path: /files/full-report.pdf)");
            return null;
        }
        boolean besidePage = !p.startsWith("/");
        Path folder = besidePage ? config.root().resolve(docPath).getParent() : config.staticDir();
        String rel = besidePage ? (p.startsWith("./") ? p.substring(2) : p) : p.substring(1);
        Path file = folder.resolve(rel).normalize();
        String source = SiteFiles.relative(file, config.root());
        if (!file.startsWith(folder.normalize()) || (besidePage && rel.endsWith(".md"))) {
            f.error(pathNode, "attachment path '" + printable(p) + "' is not a file that can be attached", "attach a PDF or data file, not a document");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            f.error(pathNode, "attachment '" + printable(p) + "' does not exist (looked for " + source + ")", nearest(file));
            return null;
        }
        if (!SiteFiles.inside(file, config.root())) {
            f.error(pathNode, SiteFiles.leavingMessage(file, config.root()), SiteFiles.LEAVING_HINT);
            return null;
        }
        // From here on the file exists: a wrong kind, a file too large or an unreadable PDF is reported and the attachment
        // kept, so the file is not also called unattached (the errors stop the build anyway).
        String k = kind == null ? "" : kind;
        String shown = title == null ? Attachment.KINDS.getOrDefault(k, name(rel)) : title;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                f.error(pathNode, String.format(Locale.ROOT, "attachment '%s' is too large (%.1f MB; the limit is %d MB)", p, size / 1048576.0,
                        MAX_BYTES / 1048576), "compress it, split it into parts, or link to it where it is published elsewhere");
                return new Attachment(source, rel, besidePage, shown, k, size, Hash.ZERO, null, f.at(pathNode));
            }
            byte[] bytes = Files.readAllBytes(file);
            Hash content = new Hasher().bytes(bytes, 0, bytes.length).hash();
            String text = null;
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                try {
                    text = pdfTexts.text(content, bytes);
                } catch (PdfText.Unreadable e) {
                    f.error(pathNode, "cannot read attachment '" + p + "': " + e.getMessage(), e.hint);
                }
            }
            return new Attachment(source, rel, besidePage, shown, k, bytes.length, content, text, f.at(pathNode));
        } catch (IOException e) {
            f.error(pathNode, "cannot read attachment '" + p + "': " + e.getMessage(), null);
            return null;
        }
    }

    private static String name(String rel) {
        return rel.substring(rel.lastIndexOf('/') + 1);
    }

    /** The item's kind, or null (reported with the nearest kind) when it is missing or not one of {@link Attachment#KINDS}. */
    private static String kind(YNode item, Fields f) {
        YNode n = item.map.get("kind");
        String kind = f.string(n, "kind");
        String list = String.join(", ", Attachment.KIND_ORDER);
        if (kind == null || kind.isBlank()) {
            f.error(n == null ? item : n, "an attachment needs a 'kind'", "kind is one of " + list);
            return null;
        }
        kind = kind.strip();
        if (Attachment.KINDS.containsKey(kind)) return kind;
        f.error(n, "unknown attachment kind '" + kind + "'",
                Suggest.nearest(kind, Attachment.KIND_ORDER).map(s -> "did you mean '" + s + "'? (kinds: " + list + ")").orElse("kinds: " + list));
        return null;
    }

    /** A hint for a missing file: the nearest file name in the folder it was looked for in, if there is one. */
    private static String nearest(Path file) {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) return "put the file beside the document, or under static/ and write its path as /path";
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".md") && !n.startsWith(".")).sorted().toList();
            return Suggest.nearest(file.getFileName().toString(), names).map(n -> "did you mean '" + n + "'?")
                    .orElse(names.isEmpty() ? "the folder holds no file to attach" : "files there: " + String.join(", ", names.subList(0, Math.min(5, names.size()))));
        } catch (IOException e) {
            return null;
        }
    }

    /** A path as a message may print it: control characters (a NUL) shown as escapes. */
    private static String printable(String p) {
        StringBuilder sb = new StringBuilder();
        p.codePoints().forEach(c -> sb.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
        return sb.toString();
    }
}
