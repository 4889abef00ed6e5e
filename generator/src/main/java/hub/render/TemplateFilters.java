package hub.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The filters the templates have beyond Pebble's own. {@code plural} puts a word in the number a
 * count asks for, so no template spells out "an s unless the count is 1":
 * <pre>
 * {{ 3 | plural("publication") }}                         3 publications
 * {{ 1 | plural("key message", "key messages") }}         1 key message
 * {{ doc.authors | plural("Author", number=false) }}      Authors (a list counts its items)
 * </pre>
 * The input is a whole number or a list, map or array (its size); only exactly one takes the
 * singular. The plural defaults to the singular + "s". The output is plain text (autoescaped).
 */
final class TemplateFilters extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("plural", new Plural());
    }

    static final class Plural implements Filter {
        private static final List<String> ARGUMENTS = List.of("singular", "plural", "number");

        @Override
        public List<String> getArgumentNames() {
            return ARGUMENTS;
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            String template = self == null ? null : self.getName();
            BigInteger count = count(input, template, lineNumber);
            String singular = word(args.get("singular"), "singular", template, lineNumber);
            if (singular == null) throw error("plural needs the singular word, e.g. plural(\"publication\")", template, lineNumber);
            String plural = word(args.get("plural"), "plural", template, lineNumber);
            Object number = args.get("number");
            if (number != null && !(number instanceof Boolean)) {
                throw error("plural's number= is true or false, not " + number, template, lineNumber);
            }
            String word = count.equals(BigInteger.ONE) ? singular : plural == null ? singular + "s" : plural;
            return Boolean.FALSE.equals(number) ? word : count + " " + word;
        }

        private static BigInteger count(Object input, String template, int line) {
            if (input instanceof Long || input instanceof Integer || input instanceof Short || input instanceof Byte) {
                return BigInteger.valueOf(((Number) input).longValue());
            }
            if (input instanceof BigInteger b) return b;
            if (input instanceof Collection<?> c) return BigInteger.valueOf(c.size());
            if (input instanceof Map<?, ?> m) return BigInteger.valueOf(m.size());
            if (input != null && input.getClass().isArray()) return BigInteger.valueOf(Array.getLength(input));
            throw error("plural counts a whole number or a list, not " + (input == null ? "null" : input.getClass().getSimpleName()
                    + " " + input), template, line);
        }

        private static String word(Object value, String name, String template, int line) {
            if (value == null || value instanceof String) return (String) value;
            throw error("plural's " + name + " word is text, not " + value, template, line);
        }

        private static PebbleException error(String message, String template, int line) {
            return new PebbleException(null, message, line, template);
        }
    }
}
