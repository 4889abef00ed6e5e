package hub.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One Markdown file as loaded: its front matter bound and checked, its body not yet rendered.
 * {@code key} is the document's identity everywhere else: "type/slug" when that names one address, else the
 * address itself ("posts/2021/03/04/hello", see {@link DocumentKeys}), so a document is identified by its final URL. {@code bodyLine} is the
 * 1-based file line where the Markdown body starts, so Markdown positions become file lines.
 * {@code terms} holds, per taxonomy id, the values as written (resolved by the taxonomy stage).
 * {@code source} is the hash of the file's path and bytes: with the configuration, everything the
 * document is made of (what later stages' memos are keyed by). {@code doi} and {@code isbn} are the
 * publication's identifiers, checked and normalised by the load stage (a DOI as {@code 10.NNNN/suffix},
 * an ISBN as written, its checksum verified), or null. {@code lifecycle} says whether it is current, superseded or
 * withdrawn, and its corrections ({@link Lifecycle#PUBLISHED} when the front matter says nothing). {@code attachments}
 * are the files it lists under {@code attachments:}, checked and hashed (their bytes are not in {@code source}: stages
 * that read them hash {@link Attachment#content}).
 */
public record Document(
        SourceRef ref,
        String type,
        String slug,
        String title,
        LocalDate date,
        LocalDate updated,
        Map<String, List<TermValue>> terms,
        String summary,
        List<TermValue> aliases,
        boolean draft,
        int weight,
        Map<String, Object> extra,
        String doi,
        String isbn,
        Lifecycle lifecycle,
        List<Attachment> attachments,
        String lang,
        String translationKey,
        Body body,
        int bodyLine,
        Map<String, SourceRef> keyRefs,
        hub.memo.Hash source,
        String key) {

    public Document {
        terms = Map.copyOf(terms);
        aliases = List.copyOf(aliases);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        keyRefs = Map.copyOf(keyRefs);
        attachments = List.copyOf(attachments);
    }

    /**
     * The same document without its Markdown body: what stages after the Markdown stage see (none reads the
     * body), so a build does not hold every body to the end (a tenth of the memory at 100,000 documents).
     */
    public Document withoutBody() {
        return body == Body.NONE ? this : new Document(ref, type, slug, title, date, updated, terms, summary, aliases, draft, weight, extra, doi, isbn,
                lifecycle, attachments, lang, translationKey, Body.NONE, bodyLine, keyRefs, source, key);
    }

    /**
     * The document without its body and without the hash of its bytes: what is left to compare when only the body may
     * have changed (two of these are equal when the path, front matter, key and the line the body starts on are).
     */
    public Document frontMatter() {
        return new Document(ref, type, slug, title, date, updated, terms, summary, aliases, draft, weight, extra, doi, isbn,
                lifecycle, attachments, lang, translationKey, Body.NONE, bodyLine, keyRefs, hub.memo.Hash.ZERO, key);
    }

    /** The same document under another key (two documents of one type and slug at different addresses: {@link hub.model.DocumentKeys}). */
    public Document withKey(String newKey) {
        return newKey.equals(key) ? this : new Document(ref, type, slug, title, date, updated, terms, summary, aliases, draft, weight, extra, doi, isbn,
                lifecycle, attachments, lang, translationKey, body, bodyLine, keyRefs, source, newKey);
    }

    /**
     * A document's Markdown body, read when the Markdown stage needs it: the load stage reads every file for its
     * front matter, but holding every body until every document has been rendered took a quarter of the memory
     * of a 100,000-document build. {@link #text} reads the file again and throws {@link Changed} when it is no
     * longer the file the front matter came from.
     */
    public interface Body {
        Body NONE = () -> "";

        String text();

        /** A body as a string already in hand (tests, small snippets). */
        static Body of(String text) {
            return () -> text;
        }
    }

    /** The file changed (or went) between reading its front matter and reading its body: this build cannot use it. */
    public static final class Changed extends RuntimeException {
        public Changed(String path) {
            super(path + " changed while it was being built");
        }
    }

    /** The group of translations this document belongs to: its translation_key, else its type and slug. */
    public String translationGroup() {
        return translationKey != null ? "key:" + translationKey : "doc:" + type + "/" + slug;
    }

    /**
     * The key a document has when its type and slug name one address (every document but those {@link DocumentKeys}
     * re-keys): type/slug, and for a document in another language than the site's, its language first (fr/post/hello),
     * since a translation may keep the slug of the document it translates, as in Hugo.
     */
    public static String keyOf(String lang, String type, String slug) {
        return lang == null ? type + "/" + slug : lang + "/" + type + "/" + slug;
    }

    public List<TermValue> termValues(String taxonomy) {
        return terms.getOrDefault(taxonomy, List.of());
    }

    /** Where a front-matter key was written, or the file itself when it was not. */
    public SourceRef refOf(String frontMatterKey) {
        return keyRefs.getOrDefault(frontMatterKey, ref.at(1, 1));
    }

    public String extraString(String name) {
        Object v = extra.get(name);
        return v == null ? null : v.toString();
    }
}
