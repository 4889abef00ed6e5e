package hub.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author-date labels for the works one document cites: "Bennett 2018" as the references give it, or "What Works
 * Scotland 2019a" and "What Works Scotland 2019b" when two different works would read the same. Letters follow the
 * order in which the document first cites each work, so the inline citations, the notes and the reference list of
 * the page agree, and a page's labels do not change when another page cites more.
 */
final class AuthorDate {
    private static final Pattern YEAR_AT_END = Pattern.compile("(\\d{4})$");

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> suffixes = new HashMap<>();

    /** @param cited the cited works' keys in the order first cited, with their labels without a letter */
    AuthorDate(Map<String, String> cited) {
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        cited.forEach((key, label) -> byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(key));
        cited.forEach((key, label) -> {
            List<String> same = byLabel.get(label);
            String suffix = same.size() > 1 && YEAR_AT_END.matcher(label).find() ? letters(same.indexOf(key)) : "";
            suffixes.put(key, suffix);
            labels.put(key, label + suffix);
        });
    }

    /** a, b, ... z, aa, ab, ...: as many as a page needs. */
    static String letters(int i) {
        String s = String.valueOf((char) ('a' + i % 26));
        return i < 26 ? s : letters(i / 26 - 1) + s;
    }

    /** The label of a cited work, letter included; null for a work this document does not cite with [@key]. */
    String label(String key) {
        return labels.get(key);
    }

    /** The works in the order first cited, each with its label. */
    Map<String, String> labels() {
        return labels;
    }

    /**
     * A formatted reference with the work's letter after its year: "(2019)" becomes "(2019a)". The first "(year)" is
     * the reference's date: authors come before it and hold no parenthesised year.
     */
    String withLetter(String key, String referenceHtml) {
        String suffix = suffixes.get(key);
        if (suffix == null || suffix.isEmpty() || referenceHtml == null) return referenceHtml;
        Matcher m = YEAR_AT_END.matcher(labels.get(key).substring(0, labels.get(key).length() - suffix.length()));
        if (!m.find()) return referenceHtml;
        String year = "(" + m.group(1) + ")";
        int at = referenceHtml.indexOf(year);
        return at < 0 ? referenceHtml : referenceHtml.substring(0, at) + "(" + m.group(1) + suffix + ")" + referenceHtml.substring(at + year.length());
    }
}
