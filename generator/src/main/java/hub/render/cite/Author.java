package hub.render.cite;

import hub.text.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An author as citations need them: a person, whose name is split into family and given names, or an
 * organisation (an author page with {@code extra.organisation: true}, or a name of one word), whose name is
 * never split or abbreviated ("What Works Scotland", not "Scotland, W. W.").
 */
public record Author(String name, boolean organisation, String url) {
    /** Lower-case words before the surname that belong to it ("van", "de"): "Ludwig van Beethoven" is "van Beethoven, L.". */
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "du", "la", "le", "di", "da", "del", "dos", "ten", "ter");

    /** True when the name is to be written whole: an organisation, or a single word that cannot be split. */
    public boolean literal() {
        return organisation || !name.strip().contains(" ");
    }

    /** The surname with its particles; the whole name for a literal author. */
    public String family() {
        if (literal()) return name.strip();
        String[] w = words();
        int start = w.length - 1;
        while (start > 1 && PARTICLES.contains(w[start - 1])) start--;
        return String.join(" ", List.of(w).subList(start, w.length));
    }

    /** The given names (everything before the surname); null for a literal author. */
    public String given() {
        if (literal()) return null;
        String[] w = words();
        int surname = w.length - family().split(" ").length;
        return String.join(" ", List.of(w).subList(0, surname));
    }

    /** The given names as APA writes them: "Sarah Ann" is "S. A.", "Jean-Paul" is "J.-P.". */
    public String initials() {
        List<String> out = new ArrayList<>();
        for (String word : given().split(" ")) {
            List<String> parts = new ArrayList<>();
            for (String part : word.split("-")) {
                if (!part.isEmpty()) parts.add(new String(Character.toChars(Character.toUpperCase(part.codePointAt(0)))) + ".");
            }
            out.add(String.join("-", parts));
        }
        return String.join(" ", out);
    }

    private String[] words() {
        // Not split("\\s+"): that compiles the expression on each call, and every citation format asks (0.7% of a build).
        return PlainText.collapseSpaces(name.strip()).split(" ");
    }
}
