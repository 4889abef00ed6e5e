package hub.load;

import hub.text.PlainText;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

/**
 * The text of a PDF attachment, for the search index: extracted with PDFBox, whitespace folded, capped at
 * {@link #MAX_CHARS}. A PDF that cannot be read, is damaged or is encrypted is a {@link Unreadable} with a
 * reason, which the load stage reports at the attachment.
 */
final class PdfText {
    /**
     * At most this many characters of a PDF's text are indexed: a long report's first 200,000 characters (some
     * 80 pages) hold its vocabulary, and the cap bounds what one file can add to the index and to memory.
     */
    static final int MAX_CHARS = 200_000;

    private PdfText() {
    }

    /** Why a PDF gives no text. */
    static final class Unreadable extends Exception {
        final String hint;

        Unreadable(String message, String hint) {
            super(message);
            this.hint = hint;
        }
    }

    /** The text of the PDF in {@code bytes}, whitespace folded to single spaces and capped. */
    static String extract(byte[] bytes) throws Unreadable {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            // A PDF with only an owner password opens without one, but its author asked for it to be locked:
            // publishing and indexing it is the author's call, made by saving it without encryption.
            if (pdf.isEncrypted()) throw encrypted();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = PlainText.collapseSpaces(stripper.getText(pdf)).strip();
            return text.length() <= MAX_CHARS ? text : text.substring(0, cutAt(text));
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException | RuntimeException e) {
            // PDFBox signals a damaged file with an IOException (or, for some damage, a runtime exception).
            throw new Unreadable("the PDF is damaged or not a PDF (" + e.getMessage() + ")",
                    "open it in a PDF reader and save or export it again as PDF");
        }
    }

    private static Unreadable encrypted() {
        return new Unreadable("the PDF is encrypted, so its text cannot be indexed",
                "save it without a password or encryption (e.g. print it to PDF) and attach that file");
    }

    /** Where to cut a long text: at the last space before the cap, so no word is cut in two. */
    private static int cutAt(String text) {
        int at = text.lastIndexOf(' ', MAX_CHARS);
        return at > 0 ? at : MAX_CHARS;
    }
}
