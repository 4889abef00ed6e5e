package hub.support;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Small PDFs for tests and fixtures, made with PDFBox: a text set in Helvetica (a standard font, so nothing is
 * embedded and a page of text is a couple of KB), an encrypted one, and a damaged one.
 */
public final class Pdfs {
    private static final float MARGIN = 56, SIZE = 11, LEADING = 15, WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private Pdfs() {
    }

    /** A PDF of {@code title} and then {@code paragraphs}, wrapped to the page, as many pages as it takes. */
    public static byte[] text(String title, List<String> paragraphs) {
        try (PDDocument pdf = new PDDocument()) {
            write(pdf, title, paragraphs);
            return save(pdf);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF that needs a password to open (and has an owner password), as a reader protecting a report would make. */
    public static byte[] encrypted(String text) {
        try (PDDocument pdf = new PDDocument()) {
            write(pdf, "Encrypted", List.of(text));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return save(pdf);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF cut off after its header and a few objects: what an interrupted download leaves. */
    public static byte[] damaged() {
        byte[] whole = text("Damaged", List.of("This file was cut short."));
        return java.util.Arrays.copyOf(whole, 60);
    }

    private static void write(PDDocument pdf, String title, List<String> paragraphs) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA), bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        List<String[]> lines = new ArrayList<>(); // {font, text}
        for (String l : wrap(title, bold, SIZE + 3)) lines.add(new String[]{"b", l});
        lines.add(new String[]{"r", ""});
        for (String p : paragraphs) {
            for (String l : wrap(p, regular, SIZE)) lines.add(new String[]{"r", l});
            lines.add(new String[]{"r", ""});
        }
        int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
        for (int from = 0; from < lines.size(); from += perPage) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                s.beginText();
                s.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                for (String[] l : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                    s.setFont(l[0].equals("b") ? bold : regular, l[0].equals("b") ? SIZE + 3 : SIZE);
                    s.showText(l[1]);
                    s.newLineAtOffset(0, -LEADING);
                }
                s.endText();
            }
        }
    }

    /** The text in lines no wider than the page's text column; characters the font lacks become '?'. */
    private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String w = encodable(word, font);
            String candidate = line.isEmpty() ? w : line + " " + w;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                out.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }

    private static String encodable(String word, PDType1Font font) {
        StringBuilder sb = new StringBuilder();
        word.codePoints().forEach(c -> {
            String ch = Character.toString(c == '\u2019' || c == '\u2018' ? '\'' : c == '\u201c' || c == '\u201d' ? '"' : c == '\u2013' || c == '\u2014' ? '-' : c);
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?'); // not in the font's encoding
            }
        });
        return sb.toString();
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
