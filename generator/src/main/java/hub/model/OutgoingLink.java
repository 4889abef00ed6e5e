package hub.model;

/**
 * A link or citation found in a document's body. {@code targetKey} is the document it resolves to
 * (null when external or unresolved); {@code footnote} is the number of the footnote it sits in
 * (0 in the running text); {@code hint} explains an unresolved or malformed link. An image appears here only
 * when its address is malformed (images are not resolved, but a destination that is not a URL is an error).
 */
public record OutgoingLink(Kind kind, String raw, SourceRef ref, String targetKey, String fragment, int footnote,
                           String hint) {
    public enum Kind { LINK, CITATION, PAGE, UNRESOLVED, EXTERNAL, MALFORMED }

    public boolean internal() {
        return targetKey != null;
    }
}
