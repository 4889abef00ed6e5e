package hub.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a query asks for, in index terms. client/src/query-plan.js implements the same steps (E.plan)
 * over the same dictionary; docs/SEARCH-INDEX.md describes them. Each typed word becomes one clause:
 * its index term, plus up to {@link #PREFIX_TERMS} completions when it is the word being typed, or
 * up to {@link #TYPO_TERMS} words one edit away when it is long and absent or rare. A clause scores a
 * document by its best term (completions and corrections never add up); clauses add up. Theme
 * synonyms found in the query add the theme's label words as clauses. Quoted phrases must match, and
 * their words are taken exactly as typed: no corrections, no completions, no synonyms (the quotes say
 * "these words").
 */
final class QueryPlan {
    static final int PREFIX_TERMS = 5, PREFIX_MIN = 2, TYPO_MIN = 5, TYPO_TERMS = 2, RARE_DF = 2;
    static final String SYNONYMS_FILE = "synonyms.tsv";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    /** A synonym's words and the label words of the theme it stands for (surface forms). */
    record Synonym(List<String> words, List<String> label) {
    }

    /** A phrase as index terms with their positions relative to its first word (stop words leave gaps). */
    record Phrase(List<String> terms, List<Integer> positions) {
    }

    final List<List<String>> clauses = new ArrayList<>();
    final List<Phrase> phrases = new ArrayList<>();
    /** A phrase word the index has never seen: nothing can match. */
    boolean impossible;
    private final Ranking ranking;

    private QueryPlan(Ranking ranking) {
        this.ranking = ranking;
    }

    static QueryPlan of(String text, boolean prefix, Vocabulary vocabulary, List<Synonym> synonyms) {
        return of(text, prefix, vocabulary, synonyms, Ranking.DEFAULT);
    }

    /** The plan under {@code ranking}'s stop words (the ones the index was built with). */
    static QueryPlan of(String text, boolean prefix, Vocabulary vocabulary, List<Synonym> synonyms, Ranking ranking) {
        QueryPlan plan = new QueryPlan(ranking);
        // The words, each marked when it stands between a pair of quotes (an unclosed quote quotes nothing).
        String[] parts = text.split("\"", -1);
        List<String> words = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        for (int p = 0; p < parts.length; p++) {
            boolean inQuotes = p % 2 == 1 && p < parts.length - 1;
            for (String w : Analysis.surfaces(parts[p])) {
                words.add(w);
                quoted.add(inQuotes);
            }
        }
        boolean lastIsPrefix = prefix && !words.isEmpty() && !text.isEmpty()
                && !Character.isWhitespace(text.charAt(text.length() - 1)) && text.charAt(text.length() - 1) != '"';
        Set<String> used = new HashSet<>();
        plan.addWordClauses(words, quoted, lastIsPrefix, vocabulary, used);
        plan.addSynonymClauses(words, quoted, vocabulary, synonyms, used);
        plan.addPhrases(text, vocabulary);
        return plan;
    }

    /**
     * One clause per word that is not a stop word: its index term, plus completions when it is the word being typed
     * or corrections when it is long and absent or rare. A term is used by one clause only ({@code used}).
     */
    private void addWordClauses(List<String> words, List<Boolean> quoted, boolean lastIsPrefix, Vocabulary vocabulary, Set<String> used) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (ranking.isStop(w)) continue;
            Vocabulary.Entry e = vocabulary.exact(w);
            List<String> terms = new ArrayList<>();
            if (e != null) terms.add(e.term());
            boolean typed = !quoted.get(i); // a quoted word is taken exactly
            if (typed && lastIsPrefix && i == words.size() - 1) {
                if (w.length() >= PREFIX_MIN) {
                    addBest(terms, vocabulary.withPrefix(w).stream().filter(c -> !c.surface().equals(w)).toList(), PREFIX_TERMS);
                }
            } else if (typed && w.length() >= TYPO_MIN && (e == null || e.df() <= RARE_DF)) {
                int df = e == null ? 0 : e.df();
                addBest(terms, vocabulary.withPrefix(w.substring(0, 2)).stream()
                        .filter(c -> c.df() > df && oneEdit(w, c.surface())).toList(), TYPO_TERMS);
            }
            terms.removeIf(used::contains);
            if (!terms.isEmpty()) {
                clauses.add(terms);
                used.addAll(terms);
            }
        }
    }

    /** A clause per word of a synonym's label, for each synonym found among the unquoted words (a quote breaks a sequence). */
    private void addSynonymClauses(List<String> words, List<Boolean> quoted, Vocabulary vocabulary, List<Synonym> synonyms, Set<String> used) {
        List<String> unquoted = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) unquoted.add(quoted.get(i) ? "\"" : words.get(i));
        for (Synonym s : synonyms) {
            if (!contains(unquoted, s.words())) continue;
            for (String lw : s.label()) {
                Vocabulary.Entry e = ranking.isStop(lw) ? null : vocabulary.exact(lw);
                if (e != null && used.add(e.term())) clauses.add(List.of(e.term()));
            }
        }
    }

    /** A phrase per quoted part, its terms with their relative positions; a word the index never saw makes the plan impossible. */
    private void addPhrases(String text, Vocabulary vocabulary) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            List<String> ws = Analysis.surfaces(m.group(1));
            List<String> terms = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            for (int j = 0; j < ws.size(); j++) {
                if (ranking.isStop(ws.get(j))) continue;
                Vocabulary.Entry e = vocabulary.exact(ws.get(j));
                if (e == null) impossible = true;
                else {
                    terms.add(e.term());
                    positions.add(j);
                }
            }
            if (!terms.isEmpty()) {
                int first = positions.get(0);
                phrases.add(new Phrase(terms, positions.stream().map(p -> p - first).toList()));
            }
        }
    }

    /** Adds the terms of the most frequent candidates (then by surface form), up to {@code max} new terms. */
    private static void addBest(List<String> terms, List<Vocabulary.Entry> candidates, int max) {
        List<Vocabulary.Entry> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Vocabulary.Entry::df).reversed().thenComparing(Vocabulary.Entry::surface));
        int added = 0;
        for (Vocabulary.Entry c : sorted) {
            if (added == max) break;
            if (!terms.contains(c.term())) {
                terms.add(c.term());
                added++;
            }
        }
    }

    private static boolean contains(List<String> words, List<String> seq) {
        for (int i = 0; i + seq.size() <= words.size(); i++) {
            if (words.subList(i, i + seq.size()).equals(seq)) return true;
        }
        return false;
    }

    /** One insertion, deletion, substitution or swap of neighbours (optimal string alignment distance 1). */
    static boolean oneEdit(String a, String b) {
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) return false;
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) i++;
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true;
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    static byte[] synonymsBytes(List<Synonym> synonyms) {
        StringBuilder sb = new StringBuilder();
        for (Synonym s : synonyms) sb.append(String.join(" ", s.words())).append('\t').append(String.join(" ", s.label())).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<Synonym> readSynonyms(Path file) throws IOException {
        List<Synonym> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] p = line.split("\t", -1);
            out.add(new Synonym(List.of(p[0].split(" ")), p[1].isEmpty() ? List.of() : List.of(p[1].split(" "))));
        }
        return out;
    }
}
