package hub.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser, with its two pattern matches made linear. Flexmark takes each match's bounds from
 * {@link Matcher#toMatchResult()}, which on Java 17 copies the whole text being matched: a paragraph's text, once
 * per link, space or bracket it matches. A paragraph of 20,000 links took 108 s (a profile had 75% of the time in
 * that copy); reading the bounds from the matcher itself gives the same sequences without the copy.
 */
final class LinearInlineParser extends InlineParserImpl {
    static final InlineParserFactory FACTORY = LinearInlineParser::new;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) return null;
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            if (m.start(i) >= 0) groups[i] = input.subSequence(m.start(i), m.end(i)); // a group that did not take part stays null
        }
        return groups;
    }

    /** The next match of {@code re} from the current index (which moves past it), or null. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) return null;
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) return null;
        index = m.end();
        return m;
    }
}
