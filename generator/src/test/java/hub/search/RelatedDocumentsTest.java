package hub.search;

import hub.build.BuildResult;
import hub.support.Archive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Related publications on the real archive: at most five, never the page itself, and sensible. That they are stable
 * (the same input gives the same lists) is DeterminismTest's: it compares them with a second build's.
 */
class RelatedDocumentsTest {
    @Test
    void relatedPublicationsAreBoundedAndSensible() {
        BuildResult a = Archive.result();
        Map<String, List<String>> related = a.site().related();
        assertEquals(a.site().corpus().publications().size(), related.size());
        related.forEach((key, list) -> {
            assertTrue(list.size() <= 5, key + " has " + list.size());
            assertFalse(list.contains(key), key + " is related to itself");
        });
        // A key-messages theme page cites many publications: its related list must draw on them or its own collection.
        List<String> participation = related.get("key-messages/participation");
        assertEquals(5, participation.size(), participation.toString());
        // The two Operation Modulus reports are about the same project in the Gorbals: each is related to the other.
        assertTrue(related.get("case-study/operation-modulus-putting-christie-into-practice-in-the-gorbals")
                .contains("research-report/operation-modulus-approach-further-lessons"), related.toString());
    }
}
