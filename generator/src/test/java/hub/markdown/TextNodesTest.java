package hub.markdown;

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

/** {@link TextNodes} renders text as Flexmark's core renderer does: the same Markdown, rendered with it and without. */
class TextNodesTest {
    private static final String[] PIECES = {"word", " ", "  ", "\n", "\r\n", "\r", "\\*", "\\\\", "\\", "&amp;", "&copy;", "&#65;",
            "&", "&bogus;", "<", ">", "\"", "'", "*em*", "**strong**", "`code`", "[link](/x)", "\u0000", "\u00e9", "\u2019",
            "--", "...", "# ", "> ", "- ", "1. ", "\n\n", "\t", "_", "<b>raw</b>", "\ud83d\ude00"};

    @Test
    void randomTextRendersAsFlexmarkRendersIt() {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TypographicExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer flexmark = HtmlRenderer.builder(options).build();
        HtmlRenderer ours = HtmlRenderer.builder(new MutableDataSet(options)
                .set(Parser.EXTENSIONS, List.of(TypographicExtension.create(), new OnlyTextNodes()))).build();
        Random random = new Random(3);
        int fast = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder md = new StringBuilder();
            for (int j = random.nextInt(20); j > 0; j--) md.append(PIECES[random.nextInt(PIECES.length)]);
            String source = md.toString();
            // Parsed as DocumentRenderer parses (the options sequence over the body), and as a plain sequence.
            for (BasedSequence input : List.of(BasedSequence.of(BasedOptionsSequence.of(source, BasedOptionsHolder.F_FULL_SEGMENTED_SEQUENCES)),
                    BasedSequence.of(source))) {
                var doc = parser.parse(input);
                assertEquals(flexmark.render(doc), ours.render(doc), () -> "markdown " + source.replace("\n", "\\n").replace("\r", "\\r"));
            }
            if (source.indexOf('\\') < 0 && source.indexOf('&') < 0 && source.indexOf('\r') < 0) fast++;
        }
        assertTrue(fast > 500, "too few documents took the quick way: " + fast);
    }

    /** TextNodes alone (DocumentRenderer has it with HubNodeRenderer, which needs a document context). */
    private static final class OnlyTextNodes implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(com.vladsch.flexmark.util.data.MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new TextNodes());
        }
    }
}
