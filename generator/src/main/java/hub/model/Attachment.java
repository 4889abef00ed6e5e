package hub.model;

import hub.memo.Hash;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file a publication lists under {@code attachments:}, checked by the load stage: where it is ({@code source},
 * relative to the site root, e.g. {@code content/key-messages/full-report.pdf}), where it is published
 * ({@code href}: a path relative to the page for a file beside the Markdown, copied beside the page; a path
 * relative to the site root, such as {@code files/x.pdf}, for a file under static/, which is published as it is), its title and kind, size
 * in bytes, the hash of its bytes (what its copy and its extracted text are keyed by), the text of a PDF (capped;
 * null for other formats) and where its {@code path:} was written.
 */
public record Attachment(String source, String href, boolean besidePage, String title, String kind, long size, Hash content,
                         String text, SourceRef ref) {
    /** The kinds an attachment may have, with the label a page shows. */
    public static final Map<String, String> KINDS = Map.of("full-report", "Full report", "summary", "Summary",
            "slides", "Slides", "data", "Data");
    /** The kinds in the order messages list them. */
    public static final List<String> KIND_ORDER = List.of("full-report", "summary", "slides", "data");

    public String kindLabel() {
        return KINDS.getOrDefault(kind, kind);
    }

    public boolean pdf() {
        return source.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** The file format as a reader names it: the extension in capitals ("PDF", "CSV", "PPTX"), or "File" without one. */
    public String format() {
        String name = source.substring(source.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "File" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    /** The size as a reader reads it: "850 bytes", "12 KB", "1.2 MB" (1,024 bytes a KB). */
    public static String humanSize(long bytes) {
        if (bytes < 1024) return bytes + (bytes == 1 ? " byte" : " bytes");
        if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** The file's path in the output (relative to its root) when its page is at {@code pagePath} ("briefings/slug/"). */
    public String sitePath(String pagePath) {
        return besidePage ? pagePath + href : href;
    }

    /**
     * {@link #sitePath} as a link writes it: every byte of its UTF-8 other than letters, digits and {@code -._~/}
     * percent-encoded, so a file name with a space or an accent makes a valid address (a server decodes it back).
     */
    public String urlPath(String pagePath) {
        StringBuilder sb = new StringBuilder();
        for (byte b : sitePath(pagePath).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) sb.append(c);
            else sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
        return sb.toString();
    }
}
