package hub.taxonomy;

import hub.diagnostic.Diagnostics;
import hub.diagnostic.Suggest;
import hub.model.ContentType;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.SiteConfig;
import hub.model.Taxonomies;
import hub.model.Taxonomy;
import hub.model.TaxonomyDef;
import hub.model.TaxonomyRole;
import hub.model.Term;
import hub.model.TermDef;
import hub.model.TermValue;
import hub.text.Slug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The taxonomy stage: resolves every value written in front matter to a term. Controlled
 * taxonomies accept ids, labels, synonyms (with a warning) and retired terms (mapped to their
 * successor, with a warning); anything else is an error with the nearest term as hint. Open
 * taxonomies (authors, tags) fold case, spacing and Unicode forms into one term and warn about
 * near-duplicates. A document whose type is {@code term_of} a taxonomy names the term it describes.
 */
public final class Taxonomize {
    /** Beyond this many open terms the O(n^2) near-duplicate check is skipped (it is advice, not a rule). */
    static final int NEAR_DUPLICATE_LIMIT = 100_000;

    private Taxonomize() {
    }

    /**
     * What the stage made of one taxonomy: the taxonomy, each document's term ids in it (by document key), and what it
     * reported, in order. The preview keeps them between saves ({@link #run(Corpus, Diagnostics, Function, Map)}).
     */
    public record Part(Taxonomy taxonomy, Map<String, List<String>> assigned, List<hub.diagnostic.Diagnostic> reported) {
    }

    public static Taxonomies run(Corpus corpus, Diagnostics diagnostics) {
        return run(corpus, diagnostics, id -> null, null);
    }

    /**
     * {@link #run(Corpus, Diagnostics)}, taking the part of each taxonomy that {@code kept} gives (null: made again),
     * reporting what it reported, and putting every part into {@code made} (when not null). A part may be kept when
     * the configuration, the documents' keys and every document's terms in that taxonomy are as they were, and no
     * document that changed is a page of one of its terms (a theme edit keeps the authors: at 10,000 documents each
     * taxonomy costs a preview save about 10 ms).
     */
    public static Taxonomies run(Corpus corpus, Diagnostics diagnostics, java.util.function.Function<String, Part> kept, Map<String, Part> made) {
        SiteConfig config = corpus.config();
        List<TaxonomyDef> defs = new ArrayList<>(config.taxonomies());
        if (config.taxonomy(TaxonomyDef.AUTHORS).isEmpty()) {
            defs.add(new TaxonomyDef(TaxonomyDef.AUTHORS, "Author", "Authors", "/authors/", false, List.of(), TaxonomyRole.AUTHORS));
        }
        // (A hash map: Taxonomies keeps an unordered copy. Every document's terms are put in it, on every preview save.)
        Map<String, Map<String, List<String>>> assignments = new HashMap<>();
        List<Taxonomy> taxonomies = new ArrayList<>();
        for (TaxonomyDef def : defs) {
            Part part = kept.apply(def.id());
            if (part == null || !part.taxonomy().def().equals(def)) {
                int mark = diagnostics.mark();
                Map<String, List<String>> assigned = new HashMap<>();
                Taxonomy t = def.controlled() ? controlled(def, corpus, assigned, diagnostics) : open(def, corpus, assigned, diagnostics);
                part = new Part(t, java.util.Collections.unmodifiableMap(assigned), diagnostics.since(mark));
            } else {
                part.reported().forEach(diagnostics::add);
            }
            if (made != null) made.put(def.id(), part);
            for (var e : part.assigned().entrySet()) assignments.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(def.id(), e.getValue());
            taxonomies.add(part.taxonomy());
        }
        return new Taxonomies(taxonomies, assignments);
    }

    private static List<Document> termPages(Corpus corpus, String taxonomy) {
        return corpus.documents().stream()
                .filter(d -> corpus.config().type(d.type()).map(ContentType::termOf).map(taxonomy::equals).orElse(false))
                .toList();
    }

    private static Taxonomy controlled(TaxonomyDef def, Corpus corpus, Map<String, List<String>> assigned,
                                       Diagnostics diagnostics) {
        ControlledVocabulary vocabulary = new ControlledVocabulary(def);
        // A few dozen spellings written 30,000 times: each resolved once.
        Map<String, Optional<ControlledVocabulary.Resolution>> resolved = new HashMap<>();
        Map<String, TermDef> byId = new LinkedHashMap<>();
        def.terms().forEach(t -> byId.put(t.id(), t));
        for (Document d : corpus.documents()) {
            List<TermValue> values = d.termValues(def.id());
            if (values.isEmpty()) continue;
            Set<String> ids = new LinkedHashSet<>();
            for (TermValue v : values) {
                Optional<ControlledVocabulary.Resolution> r = resolved.computeIfAbsent(v.value(), vocabulary::resolve);
                if (r.isEmpty()) {
                    diagnostics.error(v.ref(), "unknown " + def.label().toLowerCase() + " '" + v.value() + "'", vocabulary.hint(v.value()));
                    continue;
                }
                String id = r.get().termId();
                String label = byId.containsKey(id) ? byId.get(id).label() : id;
                switch (r.get().match()) {
                    case SYNONYM -> diagnostics.warning(v.ref(), "'" + v.value() + "' is a synonym of the " + def.label().toLowerCase()
                            + " '" + id + "' (" + label + ")", "write '" + id + "'");
                    case RETIRED -> diagnostics.warning(v.ref(), "the " + def.label().toLowerCase() + " '" + v.value()
                            + "' is retired and replaced by '" + id + "'", "write '" + id + "'");
                    default -> {
                    }
                }
                ids.add(id);
            }
            assigned.put(d.key(), List.copyOf(ids));
        }
        for (Document page : termPages(corpus, def.id())) {
            if (!byId.containsKey(page.slug()) || byId.get(page.slug()).replacedBy() != null) {
                diagnostics.error(page.ref(), "this page describes the " + def.label().toLowerCase() + " '" + page.slug()
                        + "', which site-config.yml does not declare", vocabulary.hint(page.slug()).replace("did you mean", "rename the file to")
                        + " (the file name is the term id)");
            }
        }
        List<Term> terms = def.terms().stream().filter(t -> t.replacedBy() == null)
                .map(t -> new Term(def.id(), t.id(), t.label(), t.description(), def.basePath() + t.id() + "/")).toList();
        return new Taxonomy(def, terms);
    }

    private static Taxonomy open(TaxonomyDef def, Corpus corpus, Map<String, List<String>> assigned,
                                 Diagnostics diagnostics) {
        // Count the written forms of each term so the label is the most common spelling (ties: the first in file order).
        Map<String, Map<String, Integer>> forms = new TreeMap<>();
        Map<String, TermValue> firstSeen = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        for (Document page : termPages(corpus, def.id())) {
            labels.put(page.slug(), TermNames.tidy(page.title()));
            descriptions.put(page.slug(), page.summary() == null ? "" : page.summary());
            forms.computeIfAbsent(page.slug(), k -> new LinkedHashMap<>());
        }
        // Each spelling's id and tidy form made once (an author is named on many publications).
        Map<String, String[]> spellings = new HashMap<>();
        for (Document d : corpus.documents()) {
            List<TermValue> values = d.termValues(def.id());
            if (values.isEmpty()) continue;
            Set<String> ids = new LinkedHashSet<>();
            for (TermValue v : values) {
                String[] made = spellings.computeIfAbsent(v.value(), w -> new String[] {Slug.of(TermNames.normalise(w), "term"), TermNames.tidy(w)});
                String id = made[0];
                forms.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(made[1], 1, Integer::sum);
                firstSeen.putIfAbsent(id, v);
                ids.add(id);
            }
            assigned.put(d.key(), List.copyOf(ids));
        }
        List<Term> terms = new ArrayList<>();
        for (var e : forms.entrySet()) {
            String label = labels.get(e.getKey());
            if (label == null) {
                label = e.getValue().entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .map(Map.Entry::getKey).orElse(e.getKey());
            }
            terms.add(new Term(def.id(), e.getKey(), label, descriptions.getOrDefault(e.getKey(), ""), def.basePath() + e.getKey() + "/"));
        }
        terms.sort(Comparator.comparing((Term t) -> sortKey(t.label())).thenComparing(Term::id));
        Map<String, Integer> uses = new HashMap<>();
        forms.forEach((id, f) -> uses.put(id, f.values().stream().mapToInt(Integer::intValue).sum()));
        nearDuplicates(def, terms, firstSeen, uses, diagnostics);
        return new Taxonomy(def, terms);
    }

    private static String sortKey(String label) {
        return TermNames.normalise(label);
    }

    /**
     * Warns about terms one edit apart (two for long names: "Hayley Benett" / "Hayley Bennett"), probably one
     * person spelled twice. The warning points at the first use of the rarer spelling.
     */
    private static void nearDuplicates(TaxonomyDef def, List<Term> terms, Map<String, TermValue> firstSeen, Map<String, Integer> uses,
                                       Diagnostics diagnostics) {
        if (terms.size() > NEAR_DUPLICATE_LIMIT) return;
        // Compare only terms that share their first or last three letters: a typo rarely touches both ends,
        // and this keeps the check near-linear on thousands of authors.
        Map<String, List<String>> buckets = new TreeMap<>();
        for (Term t : terms) {
            String id = t.id();
            if (id.length() < 6) continue;
            buckets.computeIfAbsent("^" + id.substring(0, 3), k -> new ArrayList<>()).add(id);
            buckets.computeIfAbsent("$" + id.substring(id.length() - 3), k -> new ArrayList<>()).add(id);
        }
        Set<String> compared = new java.util.HashSet<>();
        for (List<String> bucket : buckets.values()) for (int i = 0; i < bucket.size(); i++) {
            for (int j = i + 1; j < bucket.size(); j++) {
                String a = bucket.get(i), b = bucket.get(j);
                if (!compared.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a)) continue;
                if (Math.abs(a.length() - b.length()) > 2 || a.length() < 6) continue;
                int distance = Suggest.distance(a, b);
                if (distance == 1 || distance == 2 && Math.min(a.length(), b.length()) >= 8) {
                    boolean aRarer = uses.getOrDefault(a, 0) < uses.getOrDefault(b, 0);
                    String rare = aRarer ? a : b;
                    String common = aRarer ? b : a;
                    TermValue where = firstSeen.getOrDefault(rare, firstSeen.get(common));
                    if (where == null) continue;
                    diagnostics.warning(where.ref(), def.label().toLowerCase() + " '" + label(terms, rare) + "' is nearly the same as '"
                            + label(terms, common) + "'", "if they are one " + def.label().toLowerCase() + ", spell them the same way");
                }
            }
        }
    }

    private static String label(List<Term> terms, String id) {
        return terms.stream().filter(t -> t.id().equals(id)).map(Term::label).findFirst().orElse(id);
    }
}
