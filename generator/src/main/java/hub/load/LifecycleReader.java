package hub.load;

import hub.diagnostic.Suggest;
import hub.model.Lifecycle;
import hub.model.Lifecycle.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds {@code status}, {@code superseded_by}, {@code withdrawn_reason} and {@code corrections} to a
 * {@link Lifecycle}, checking what one file can show: a known status, a replacement named when superseded, a reason
 * when withdrawn, each correction dated. Whether the replacement exists, or the replacements form a cycle, needs
 * every document: the link stage checks that.
 */
final class LifecycleReader {
    static final Set<String> KEYS = Set.of("status", "superseded_by", "withdrawn_reason", "corrections");
    private static final List<String> STATUSES = Arrays.stream(Status.values()).map(Status::word).toList();
    private static final Set<String> CORRECTION_KEYS = Set.of("date", "note");

    private LifecycleReader() {
    }

    static Lifecycle read(Map<String, YNode> values, Fields f) {
        Status status = status(values.get("status"), f);
        YNode statusNode = values.get("status");
        String supersededBy = text(values, f, "superseded_by");
        String reason = text(values, f, "withdrawn_reason");
        List<Lifecycle.Correction> corrections = corrections(values.get("corrections"), f);
        if (status == Status.SUPERSEDED && supersededBy == null) {
            f.error(values.getOrDefault("superseded_by", statusNode), "a superseded publication must name its replacement",
                    "add superseded_by: <the replacement's slug>, the key [@slug] would cite it by");
        }
        if (status == Status.WITHDRAWN && reason == null) {
            f.error(values.getOrDefault("withdrawn_reason", statusNode), "a withdrawn publication must say why",
                    "add withdrawn_reason: <one sentence readers will see on the page>");
        }
        // A replacement or a reason on a current publication is a status left out, not something to ignore silently
        // (an unknown status is reported already: its hint says what was probably meant).
        if (supersededBy != null && status != Status.SUPERSEDED && status != null) {
            f.error(values.get("superseded_by"), "superseded_by is set but the status is not superseded", "add status: superseded, or remove superseded_by");
        }
        if (reason != null && status != Status.WITHDRAWN && status != null) {
            f.error(values.get("withdrawn_reason"), "withdrawn_reason is set but the status is not withdrawn", "add status: withdrawn, or remove withdrawn_reason");
        }
        if (status == Status.PUBLISHED && corrections.isEmpty()) return Lifecycle.PUBLISHED;
        YNode by = values.get("superseded_by");
        return new Lifecycle(status == null ? Status.PUBLISHED : status, status == Status.SUPERSEDED ? supersededBy : null,
                by == null ? null : f.at(by), status == Status.WITHDRAWN ? reason : null, corrections);
    }

    /** The status (published when absent); null (reported, with the nearest status) when it is not one of ours. */
    private static Status status(YNode n, Fields f) {
        String s = f.string(n, "status");
        if (s == null) return Status.PUBLISHED;
        String word = s.strip().toLowerCase(Locale.ROOT);
        if (STATUSES.contains(word)) return Status.valueOf(word.toUpperCase(Locale.ROOT));
        f.error(n, "unknown status '" + s.strip() + "'", Suggest.hint(word, STATUSES));
        return null;
    }

    /** A text value, stripped; null when absent or blank (a blank one is as good as none). */
    private static String text(Map<String, YNode> values, Fields f, String key) {
        String s = f.string(values.get(key), key);
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The corrections, oldest first as written; an item without a valid date or a note is reported and left out. */
    private static List<Lifecycle.Correction> corrections(YNode n, Fields f) {
        List<Lifecycle.Correction> out = new ArrayList<>();
        if (n == null || n.kind == YNode.Kind.NULL) return out;
        if (n.kind != YNode.Kind.LIST) {
            f.error(n, "'corrections' must be a list, not " + n.describe(), "corrections:\n  - {date: 2019-03-01, note: what was corrected}");
            return out;
        }
        for (YNode item : n.list) {
            if (item.kind != YNode.Kind.MAP) {
                f.error(item, "each correction must be a date and a note, not " + item.describe(), "- {date: 2019-03-01, note: what was corrected}");
                continue;
            }
            f.unknownKeys(item, CORRECTION_KEYS, "correction");
            YNode dateNode = item.map.get("date");
            LocalDate date = f.date(dateNode, "date");
            if (dateNode == null || dateNode.kind == YNode.Kind.NULL) {
                f.error(item, "a correction needs the date it was made", "add date: YYYY-MM-DD to this correction");
            }
            String note = f.string(item.map.get("note"), "note");
            if (note == null || note.isBlank()) {
                f.error(item.map.getOrDefault("note", item), "a correction needs a note saying what was corrected", "add note: <what was corrected>");
            }
            if (date != null && note != null && !note.isBlank()) out.add(new Lifecycle.Correction(date, note.strip()));
        }
        return out;
    }
}
