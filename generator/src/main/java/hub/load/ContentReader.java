package hub.load;

import hub.diagnostic.Diagnostics;
import hub.diagnostic.Suggest;
import hub.model.ContentType;
import hub.model.Document;
import hub.model.SiteConfig;
import hub.model.SiteFiles;
import hub.model.SourceRef;
import hub.parallel.Parallel;
import hub.text.Slug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads every content/**.md file in sorted order and binds its front matter. */
final class ContentReader {
    /** Larger files are refused: real publications are far below this, and it bounds memory. */
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final FrontMatter frontMatter;
    private final Load.PdfTexts pdfTexts;

    ContentReader(SiteConfig config, Diagnostics diagnostics, Load.PdfTexts pdfTexts) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.pdfTexts = pdfTexts;
        this.frontMatter = new FrontMatter(config, diagnostics, pdfTexts);
    }

    /** The content files, sorted; a symbolic link that leads outside the site is reported and left out. */
    List<Path> files() {
        try {
            SiteFiles.Listing listing = SiteFiles.list(config.contentDir(), config.root());
            for (Path link : listing.leaving()) {
                diagnostics.error(SourceRef.file(display(link)), SiteFiles.leavingMessage(link, config.root()), SiteFiles.LEAVING_HINT);
            }
            return listing.files();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Document> readAll() {
        List<Path> files = files();
        List<Document> docs = Parallel.map(files, this::readOne).stream().filter(Objects::nonNull).toList();
        warnUnattached(files, docs);
        FullTextCheck.check(config, docs, diagnostics);
        return new ArrayList<>(docs);
    }

    /**
     * Like {@link #readAll()}, but a file whose size and modification time are what {@code memo}
     * saw last time (and that nobody marked as changed) is not read again: its document and its
     * diagnostics come from the memo. The preview server re-reads one file per save this way.
     */
    List<Document> readAll(Load.Memo memo) {
        List<Path> files = new ArrayList<>();
        Map<Path, Load.Memo.Stamp> stamps = new HashMap<>();
        List<Path> marks = memo.marked();
        // Taken before any file is read: reading a changed attachment's own entry clears its mark.
        java.util.Set<Path> marked = java.util.Set.copyOf(marks);
        List<Path> known = memo.unchangedListing();
        if (known != null) {
            // The watcher accounted for every change: stat only the files it named.
            files.addAll(known);
            for (Path f : known) stamps.put(f, memo.stampOf(f));
            for (Path f : memo.marked()) {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    stamps.put(f, new Load.Memo.Stamp(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.size()));
                } catch (IOException e) {
                    stamps.put(f, null);
                }
            }
        } else {
            for (Path file : files()) {
                files.add(file);
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    stamps.put(file, new Load.Memo.Stamp(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.size()));
                } catch (IOException e) {
                    stamps.put(file, null);
                }
            }
        }
        files.sort(null);
        memo.listing(files);
        List<Document> docs = Parallel.map(files, f -> {
            Load.Memo.Entry seen = memo.lookup(f, stamps.get(f));
            if (seen != null && attachmentMarked(seen.document(), marked)) seen = null;
            if (seen == null) {
                Diagnostics own = new Diagnostics(diagnostics.strict());
                Document d = new ContentReader(config, own, pdfTexts).readOne(f);
                seen = memo.remember(f, stamps.get(f), d, own.sorted());
            }
            seen.diagnostics().forEach(diagnostics::add);
            return seen.document();
        }).stream().filter(Objects::nonNull).toList();
        memo.retain(stamps.keySet());
        memo.unmark(marks);
        warnUnattached(files, docs);
        FullTextCheck.check(config, docs, diagnostics);
        return new ArrayList<>(docs);
    }

    /** Whether a remembered document attaches a file the watcher marked: its size, hash and PDF text come from that file. */
    private boolean attachmentMarked(Document d, java.util.Set<Path> marked) {
        if (d == null || marked.isEmpty()) return false;
        for (var a : d.attachments()) if (marked.contains(config.root().resolve(a.source()).toAbsolutePath().normalize())) return true;
        return false;
    }

    String display(Path file) {
        return config.root().relativize(file).toString().replace('\\', '/');
    }

    Document readOne(Path file) {
        String path = display(file);
        SourceRef ref = SourceRef.file(path);
        String name = file.getFileName().toString();
        if (!name.endsWith(".md")) return null; // an attachment, or a stray file (warnUnattached)
        ContentType type = typeOf(file, ref);
        if (type == null) return null;
        byte[] bytes = read(file, ref);
        String text = bytes == null ? null : decode(bytes, ref);
        if (text == null) return null;
        // Only the front matter's lines are cut out: splitting the whole file made a String of every body line, and the
        // body is read again from the file when it is rendered.
        int[] close = frontMatterEnd(text, ref); // the closing line's start and end
        if (close == null) return null;
        int yamlStart = text.indexOf('\n') + 1;
        YNode fm = frontMatter(close[0] > yamlStart ? text.substring(yamlStart, close[0] - 1) : "", ref);
        if (fm == null) return null;
        int bodyStart = lineCount(text, close[0]) + 1; // 0-based index of the first body line
        int offset = close[1] + 1;
        String base = hub.model.Bundle.isPage(path) ? file.getParent().getFileName().toString() : name.substring(0, name.length() - 3);
        // Hugo's translation by file name: post.fr.md is post.md in French, when fr is one of the site's languages.
        String fileLang = null;
        int dot = base.lastIndexOf('.');
        if (dot > 0 && config.languageOf(base.substring(dot + 1)).isPresent()) {
            fileLang = config.languageOf(base.substring(dot + 1)).get().code();
            base = base.substring(0, dot);
        }
        String fileSlug = fileSlug(base);
        hub.memo.Hash source = sourceHash(path, bytes);
        Document.Body body = close[1] == text.length() ? Document.Body.NONE : new FileBody(file, path, source, offset);
        return frontMatter.bind(path, fm, type, fileSlug, fileLang, body, bodyStart + 1, source);
    }

    /**
     * The slug a file or bundle folder name gives: {@link Slug#of} of each part between dots, joined by dots, so Hugo's
     * "v1.2-release.md" keeps its address ("v1.2-release") and "Notes on Fife.md" still becomes "notes-on-fife".
     */
    static String fileSlug(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            String slug = Slug.of(part);
            if (!slug.isEmpty()) parts.add(slug);
        }
        return parts.isEmpty() ? "untitled" : String.join(".", parts);
    }

    /**
     * Warns about each file under content/ that is neither Markdown nor attached by a document: it is not published,
     * which is rarely what whoever put it there meant. Hidden files (an editor's) are left alone.
     */
    private void warnUnattached(List<Path> files, List<Document> docs) {
        java.util.Set<String> attached = new java.util.HashSet<>();
        java.util.Set<String> bundles = new java.util.HashSet<>();
        for (Document d : docs) {
            d.attachments().forEach(a -> attached.add(a.source()));
            if (hub.model.Bundle.isPage(d.ref().path())) bundles.add(hub.model.Bundle.folder(d.ref().path()));
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".md") || name.startsWith(".")) continue;
            String path = display(file);
            if (attached.contains(path)) continue;
            if (hub.model.Bundle.isResource(path, bundles)) {
                // Published beside the bundle's page, where its own index.html would be overwritten.
                if (bundles.contains(path.substring(0, path.length() - name.length())) && name.equals("index.html")) {
                    diagnostics.error(SourceRef.file(path), "a page bundle's file may not be named index.html: the page is published there",
                            "rename it; the bundle's page is its index.md");
                }
                continue;
            }
            diagnostics.warning(SourceRef.file(path), "not a Markdown file, so it is not published",
                    "content/ holds .md files and the files they list under attachments:; put other files under static/");
        }
    }

    /** The content type whose folder holds {@code file}, or null (reported) when there is none. */
    private ContentType typeOf(Path file, SourceRef ref) {
        Path rel = config.contentDir().relativize(file);
        if (rel.getNameCount() < 2) {
            diagnostics.error(ref.at(1, 1), "a document must be in the folder of its content type",
                    "move it to content/<folder>/, where <folder> is one of: "
                            + String.join(", ", config.types().stream().map(ContentType::folder).toList()));
            return null;
        }
        String folder = rel.getName(0).toString();
        ContentType type = config.typeForFolder(folder).orElse(null);
        if (type == null) {
            diagnostics.error(ref.at(1, 1), "no content type uses the folder '" + folder + "'",
                    Suggest.hint(folder, config.types().stream().map(ContentType::folder).toList()));
        }
        return type;
    }

    /** The file's bytes, or null (reported) when it is too large or unreadable. */
    private byte[] read(Path file, SourceRef ref) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                diagnostics.error(ref.at(1, 1), String.format(java.util.Locale.ROOT, "file is too large (%.1f MB; the limit is %d MB)",
                        size / 1048576.0, MAX_FILE_BYTES / 1048576), "split the document into parts");
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(ref, "cannot read the file: " + e.getMessage(), null);
            return null;
        }
    }

    /** The file's text, or null (reported, at the first bad byte) when it is not UTF-8 or is blank. */
    private String decode(byte[] bytes, SourceRef ref) {
        String text;
        try {
            text = SourceText.decode(bytes);
        } catch (CharacterCodingException e) {
            SourceText.BadEncoding at = SourceText.locateBadByte(bytes);
            diagnostics.error(ref.at(at.line(), at.col()), "file is not valid UTF-8", "save the file as UTF-8 in your editor");
            return null;
        }
        if (text.isBlank()) {
            diagnostics.error(ref.at(1, 1), "file is empty", "start with front matter: ---, title: ..., date: YYYY-MM-DD, ---");
            return null;
        }
        return text;
    }

    /** Where the line that closes the front matter starts and ends, or null (reported) when it does not open or never closes. */
    private int[] frontMatterEnd(String text, SourceRef ref) {
        int end = lineEnd(text, 0);
        if (!text.substring(0, end).strip().equals("---")) {
            diagnostics.error(ref.at(1, 1), "the file does not start with front matter", "the first line must be --- and a second --- closes the front matter");
            return null;
        }
        while (end < text.length()) {
            int start = end + 1;
            end = lineEnd(text, start);
            String l = text.substring(start, end).stripTrailing();
            if (l.equals("---") || l.equals("...")) return new int[] {start, end};
        }
        diagnostics.error(ref.at(1, 1), "the front matter never closes", "add a line with --- after the last front-matter key");
        return null;
    }

    /** Where the line starting at {@code from} ends: its '\n', or the end of the text. */
    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The number of line breaks before {@code to}. */
    private static int lineCount(String text, int to) {
        int n = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
        return n;
    }

    /** The front matter's YAML (the lines between the two ---) parsed as a map, or null (reported at the YAML's line and column). */
    private YNode frontMatter(String yaml, SourceRef ref) {
        YNode fm;
        try {
            fm = new YamlReader(1).read(yaml);
        } catch (YamlReader.YamlError e) {
            diagnostics.error(ref.at(e.line, e.col), e.getMessage(), e.hint);
            return null;
        }
        if (fm.kind != YNode.Kind.MAP) {
            diagnostics.error(ref.at(2, 1), "front matter must be a map of keys to values", "title: ...\ndate: YYYY-MM-DD");
            return null;
        }
        return fm;
    }

    /** What a document is made of: its path and bytes. */
    static hub.memo.Hash sourceHash(String path, byte[] bytes) {
        return new hub.memo.Hasher().string(path).bytes(bytes, 0, bytes.length).hash();
    }

    /** A body read again from its file when it is needed, after checking the file is the one the front matter came from. */
    private record FileBody(Path file, String path, hub.memo.Hash source, int offset) implements Document.Body {
        @Override
        public String text() {
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (!sourceHash(path, bytes).equals(source)) throw new Document.Changed(path);
                String text = SourceText.decode(bytes);
                return offset >= text.length() ? "" : text.substring(offset);
            } catch (IOException e) {
                throw new Document.Changed(path);
            }
        }
    }
}
