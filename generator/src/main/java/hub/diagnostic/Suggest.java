package hub.diagnostic;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints: the nearest candidate by edit distance, if it is near enough to help. */
public final class Suggest {
    private Suggest() {
    }

    public static Optional<String> nearest(String input, Collection<String> candidates) {
        String in = input.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.<String>comparingInt(c -> distance(in, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c))
                .filter(c -> distance(in, c.toLowerCase(Locale.ROOT)) <= Math.max(2, Math.min(in.length(), c.length()) / 3)
                        || c.toLowerCase(Locale.ROOT).contains(in) && in.length() >= 4);
    }

    /** A hint sentence: "did you mean 'x'?" or the list of valid choices when nothing is near. */
    public static String hint(String input, Collection<String> candidates) {
        return nearest(input, candidates).map(c -> "did you mean '" + c + "'?")
                .orElseGet(() -> "valid choices: " + String.join(", ", candidates.stream().sorted().limit(20).toList())
                        + (candidates.size() > 20 ? ", ..." : ""));
    }

    /**
     * The hint for a setting that takes one of a few fixed values: the nearest, if one is near, and always all of them in
     * the order they are documented ("did you mean 'porter'? stemming is one of porter, kstem, minimal, none").
     */
    public static String oneOf(String input, String key, Collection<String> choices) {
        return nearest(input, choices).map(c -> "did you mean '" + c + "'? ").orElse("") + key + " is one of " + String.join(", ", choices);
    }

    /** Levenshtein distance (insertions, deletions, substitutions), two rows of memory. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
