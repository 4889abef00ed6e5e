package hub.load;

import hub.diagnostic.Diagnostics;
import hub.model.Corpus;
import hub.model.Document;
import hub.model.SiteConfig;
import hub.model.SourceRef;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The load stage: site-config.yml and content/**.md in, a {@link Corpus} out. */
public final class Load {
    /** What to publish: drafts, and documents dated after {@code today}. */
    public record Options(boolean drafts, boolean future, LocalDate today) {
    }

    private Load() {
    }

    /** Reads the configuration; returns null (with diagnostics) when it cannot be used. */
    public static SiteConfig config(Path configFile, Diagnostics diagnostics) {
        Path abs = configFile.toAbsolutePath().normalize();
        Path root = abs.getParent();
        String display = abs.getFileName().toString();
        if (!Files.isRegularFile(abs)) {
            diagnostics.error(SourceRef.file(display), "configuration file not found: " + configFile,
                    "run hub in the folder that holds site-config.yml, or pass --config FILE");
            return null;
        }
        String text;
        try {
            text = SourceText.decode(Files.readAllBytes(abs));
        } catch (CharacterCodingException e) {
            diagnostics.error(SourceRef.file(display).at(1, 1), "configuration is not valid UTF-8", "save it as UTF-8");
            return null;
        } catch (IOException e) {
            diagnostics.error(SourceRef.file(display), "cannot read the configuration: " + e.getMessage(), null);
            return null;
        }
        return new ConfigReader(display, diagnostics).read(root, text);
    }

    /** Reads and checks every document; drafts and future documents are left out unless the options say otherwise. */
    public static Corpus content(SiteConfig config, Options options, Diagnostics diagnostics) {
        List<Document> docs = new ContentReader(config, diagnostics).readAll();
        boolean future = options.future() || config.future();
        List<Document> published = docs.stream()
                .filter(d -> options.drafts() || !d.draft())
                .filter(d -> future || options.today() == null || !d.date().isAfter(options.today()))
                .sorted(Comparator.comparing((Document d) -> d.ref().path()))
                .toList();
        return new Corpus(config, published);
    }
}
