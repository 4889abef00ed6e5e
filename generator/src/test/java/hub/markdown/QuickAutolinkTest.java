package hub.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedOptionsHolder;
import com.vladsch.flexmark.util.sequence.BasedOptionsSequence;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link QuickAutolink} links what Flexmark's autolink extension links: the same random Markdown parsed with each,
 * over the three kinds of source it reads (the options sequence DocumentRenderer parses, a String, another CharSequence).
 */
class QuickAutolinkTest {
    private static final String[] PIECES = {"word", " ", "@", "a@b.co", "user@example.org", "http://x.org/p", "https://a.b/c?d=1",
            "://", "www.", "WWW.Example.com", "wWw.x.y", "ftp://h", "w", "ww", ".", "/", ":", "*em*", "\"", "'", "--", "&amp;",
            "`www.code.org`", "[link](/x)", "[www.x.org](/y)", "\n", "\n\n", "<b>", "\u2019", "# ", "- "};

    @Test
    void linksWhatTheAutolinkExtensionLinks() {
        Parser stock = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TypographicExtension.create(), AutolinkExtension.create()))).build();
        Parser quick = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TypographicExtension.create(), new QuickAutolink()))).build();
        HtmlRenderer renderer = HtmlRenderer.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TypographicExtension.create()))).build();
        Random random = new Random(9);
        int linked = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder md = new StringBuilder();
            for (int j = random.nextInt(16); j > 0; j--) md.append(PIECES[random.nextInt(PIECES.length)]);
            String source = md.toString();
            List<java.util.function.Supplier<BasedSequence>> inputs = List.of(
                    () -> BasedSequence.of(BasedOptionsSequence.of(source, BasedOptionsHolder.F_FULL_SEGMENTED_SEQUENCES)),
                    () -> BasedSequence.of(source),
                    () -> BasedSequence.of(new StringBuilder(source)));
            for (var input : inputs) {
                String expected = renderer.render(stock.parse(input.get()));
                assertEquals(expected, renderer.render(quick.parse(input.get())), () -> "markdown " + source.replace("\n", "\\n"));
                if (expected.contains("<a href=\"http") || expected.contains("<a href=\"mailto:")) linked++;
            }
        }
        assertTrue(linked > 1000, "too few texts held a link: " + linked);
    }

    /** The marks found once per document answer each run as scanning the run backwards did (kept here as the reference). */
    @Test
    void theMarksFoundOnceAnswerAsScanningEachRun() {
        Random random = new Random(4);
        int found = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(16); j > 0; j--) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String text = sb.toString();
            QuickAutolink.Marks marks = QuickAutolink.Marks.of(new StringBuilder(text));
            for (int r = 0; r < 20; r++) {
                int start = random.nextInt(text.length() + 1), end = start + random.nextInt(text.length() - start + 1);
                int want = scan(text, start, end);
                assertEquals(want, marks.last(start, end), () -> "text " + text.replace("\n", "\\n") + " [" + start + ", " + end + ")");
                if (want >= 0) found++;
            }
        }
        assertTrue(found > 10_000, "too few runs held a mark: " + found);
    }

    /** Where the last "://", '@' or "www." (in any case) in [start, end) starts, or -1: the scan the gate made before. */
    private static int scan(CharSequence base, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            char c = base.charAt(i);
            if (c == '@') return i;
            if (c == ':' && i + 2 < end && base.charAt(i + 1) == '/' && base.charAt(i + 2) == '/') return i;
            if ((c == 'w' || c == 'W') && i + 3 < end && (base.charAt(i + 1) | 0x20) == 'w' && (base.charAt(i + 2) | 0x20) == 'w'
                    && base.charAt(i + 3) == '.') return i;
        }
        return -1;
    }
}
