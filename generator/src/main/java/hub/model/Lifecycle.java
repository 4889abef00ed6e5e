package hub.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a publication stands after it was published: still current, replaced by a newer document, or withdrawn,
 * and the corrections made to it since. Bound and checked by the load stage from {@code status},
 * {@code superseded_by}, {@code withdrawn_reason} and {@code corrections}; {@code supersededBy} is the citation key
 * as written (a slug or type/slug, as {@code [@key]} takes it), which the link stage resolves to a document
 * ({@link Succession}), reporting at {@code supersededByRef}.
 */
public record Lifecycle(Status status, String supersededBy, SourceRef supersededByRef, String withdrawnReason,
                        List<Correction> corrections) {
    public static final Lifecycle PUBLISHED = new Lifecycle(Status.PUBLISHED, null, null, null, List.of());

    public enum Status {
        PUBLISHED, SUPERSEDED, WITHDRAWN;

        /** The word an editor writes ({@code status: superseded}). */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A dated note of what was corrected. */
    public record Correction(LocalDate date, String note) {
    }

    public Lifecycle {
        corrections = List.copyOf(corrections);
    }

    /**
     * Whether lists show the publication: type and term lists, year archives, the home page and feeds show only
     * current publications, so a reader browsing finds what still stands; the page itself stays at its address.
     */
    public boolean listed() {
        return status == Status.PUBLISHED;
    }
}
