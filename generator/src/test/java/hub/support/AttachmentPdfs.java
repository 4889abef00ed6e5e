package hub.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the PDFs the repository commits, made with PDFBox ({@link Pdfs}) from the archive's own text, never
 * fetched: the key messages report's "full report" and summaries of two research reports under content/, and the
 * encrypted and damaged PDFs of the invalid site {@code attachments}. Run it after changing those texts:
 * <pre>java -cp generator/target/classes:generator/target/test-classes:$(cat cp.txt) hub.support.AttachmentPdfs</pre>
 * from the repository root (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}). Each PDF is
 * kept to a few KB: an opening, not the whole text.
 */
public final class AttachmentPdfs {
    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)^---\\n(.*?)\\n---\\n");

    private AttachmentPdfs() {
    }

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : Path.of(".");
        Path content = root.resolve("content");
        // The key messages report: its overview page, then each theme's title and summary.
        List<String> report = new ArrayList<>(paragraphs(content.resolve("key-messages/key-messages-about-public-service-reform.md"), 6));
        try (var themes = Files.list(content.resolve("key-messages"))) {
            for (Path p : themes.sorted().toList()) {
                if (p.getFileName().toString().startsWith("key-messages-") || !p.toString().endsWith(".md")) continue;
                report.add(field(p, "title") + ". " + field(p, "summary"));
            }
        }
        write(content.resolve("key-messages/full-report.pdf"), Pdfs.text(field(content.resolve("key-messages/key-messages-about-public-service-reform.md"), "title"), report));
        for (String slug : List.of("making-data-meaningful", "community-planning-officials-survey-everyday-work")) {
            Path md = content.resolve("research-reports/" + slug + ".md");
            List<String> text = new ArrayList<>(List.of("Summary. " + field(md, "summary")));
            text.addAll(paragraphs(md, 3));
            write(content.resolve("research-reports/" + slug + "-summary.pdf"), Pdfs.text(field(md, "title") + ": summary", text));
        }
        Path invalid = root.resolve("generator/src/test/resources/invalid-sites/attachments/content/briefings");
        write(invalid.resolve("full-report.pdf"), Pdfs.text("A fine report", List.of("Attached as it should be.")));
        write(invalid.resolve("encrypted.pdf"), Pdfs.encrypted("A report locked with a password."));
        write(invalid.resolve("damaged.pdf"), Pdfs.damaged());
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        System.out.println(file + ": " + bytes.length + " bytes");
    }

    /** A front-matter value written on one line or folded with {@code >-}, as plain text. */
    private static String field(Path md, String key) throws IOException {
        var m = FRONT_MATTER.matcher(Files.readString(md));
        if (!m.find()) throw new IllegalStateException(md + " has no front matter");
        String[] lines = m.group(1).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith(key + ":")) continue;
            String v = lines[i].substring(key.length() + 1).strip();
            if (!v.equals(">-")) return v.replaceAll("^\"|\"$", "");
            StringBuilder sb = new StringBuilder();
            for (int j = i + 1; j < lines.length && lines[j].startsWith("  "); j++) sb.append(sb.isEmpty() ? "" : " ").append(lines[j].strip());
            return sb.toString();
        }
        throw new IllegalStateException(md + " has no " + key);
    }

    /** The first {@code n} paragraphs of the body as plain text: Markdown links, emphasis, notes and citations taken out. */
    private static List<String> paragraphs(Path md, int n) throws IOException {
        String body = FRONT_MATTER.matcher(Files.readString(md)).replaceFirst("");
        List<String> out = new ArrayList<>();
        for (String p : body.split("\\n\\s*\\n")) {
            String t = p.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("[^") || t.startsWith("|") || t.startsWith("<")) continue;
            t = t.replaceAll("\\[\\^[^]]*]", "").replaceAll("\\[@[^]]*]", "").replaceAll("!?\\[([^]]*)]\\([^)]*\\)", "$1")
                    .replaceAll("[*_`]", "").replaceAll("^[-*] ", "").replaceAll("\\s+", " ");
            out.add(t);
            if (out.size() == n) break;
        }
        return out;
    }
}
