package hub.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import hub.support.Sites;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The publish workflow parses, and runs only the README's commands and the official actions. */
class WorkflowTest {
    @Test
    void publishWorkflowUsesOnlyTheReadmeCommandsAndOfficialActions() throws Exception {
        Path root = Sites.repositoryRoot();
        JsonNode wf = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(root.resolve(".github/workflows/publish.yml")));
        assertTrue(wf.get("on").has("pull_request") && wf.get("on").has("push"), "runs on pull requests and pushes");
        assertEquals("main", wf.get("on").get("push").get("branches").get(0).asText());
        List<String> uses = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        for (JsonNode job : wf.get("jobs")) {
            for (JsonNode step : job.get("steps")) {
                if (step.has("uses")) uses.add(step.get("uses").asText());
                if (step.has("run")) runs.add(step.get("run").asText());
            }
        }
        for (String u : uses) {
            assertTrue(u.matches("actions/(checkout|setup-java|configure-pages|upload-pages-artifact|deploy-pages)@v\\d+"), "unexpected action " + u);
        }
        assertTrue(uses.contains("actions/deploy-pages@v4") && uses.contains("actions/upload-pages-artifact@v3"));
        for (String r : runs) {
            assertTrue(r.startsWith("./hub ") || r.equals("mvn -B verify") || r.contains("apt-get install"), "unexpected command " + r);
        }
        assertTrue(runs.contains("mvn -B verify"));
        assertTrue(runs.stream().anyMatch(r -> r.startsWith("./hub check --format github")));
        assertTrue(runs.stream().anyMatch(r -> r.startsWith("./hub build")));
        String readme = Files.readString(root.resolve("README.md"));
        assertTrue(readme.contains("./hub build") && readme.contains("mvn verify"));
        assertEquals("maven", wf.get("jobs").get("check").get("steps").get(1).get("with").get("cache").asText(), "Maven dependencies are cached");
    }
}
