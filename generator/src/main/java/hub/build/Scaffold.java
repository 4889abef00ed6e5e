package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.diagnostic.Diagnostics;
import hub.diagnostic.Suggest;
import hub.load.Load;
import hub.model.ContentType;
import hub.model.SiteConfig;
import hub.model.TaxonomyDef;
import hub.text.Slug;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

/** {@code hub new}: writes a new document with the front matter its type needs, never over an existing file. */
public final class Scaffold {
    public record Result(int exitCode, String path, String error, String hint) {
    }

    /** The placeholder summary; the check flags it until an editor replaces it. */
    public static final String SUMMARY_PLACEHOLDER = "TODO: one or two sentences on what this publication is and found.";

    private Scaffold() {
    }

    public static Result create(Path configFile, String typeId, String title, LocalDate date) {
        Diagnostics d = new Diagnostics();
        SiteConfig config = Load.config(configFile, d);
        if (config == null || d.hasErrors()) {
            return new Result(ExitCode.USAGE.code(), null, "the configuration has errors:\n" + DiagnosticFormat.text(d.sorted()), null);
        }
        ContentType type = config.type(typeId).orElse(null);
        if (type == null) {
            return new Result(ExitCode.USAGE.code(), null, "unknown content type '" + typeId + "'",
                    Suggest.hint(typeId, config.types().stream().map(ContentType::id).toList()));
        }
        if (title == null || title.isBlank()) return new Result(ExitCode.USAGE.code(), null, "the title is empty", "hub new " + typeId + " \"The title\"");
        String slug = Slug.shorten(Slug.of(title, "untitled"), 60);
        Path file = config.contentDir().resolve(type.folder()).resolve(slug + ".md");
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: \"").append(title.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        fm.append("date: ").append(date).append('\n');
        fm.append(TaxonomyDef.AUTHORS).append(": []\n");
        for (TaxonomyDef t : config.taxonomies()) {
            if (t.id().equals(TaxonomyDef.AUTHORS)) continue;
            fm.append(t.id()).append(": []\n");
        }
        fm.append("summary: \"").append(SUMMARY_PLACEHOLDER).append("\"\n");
        // A type whose pages summarise a publication kept elsewhere asks where its full text is; the check warns until filled in.
        if (type.fullText()) fm.append("extra:\n  original_url: \"\"  # the full text's address (or a doi:, a full-report attachment, or extra.full_text_note)\n");
        fm.append("---\n\n");
        fm.append("Write the publication here. Cite other publications with [@their-slug] or link to them with a relative path.\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, fm.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            return new Result(ExitCode.CONTENT_ERRORS.code(), null, "refusing to overwrite " + config.root().relativize(file), "choose another title or edit the existing file");
        } catch (IOException e) {
            return new Result(ExitCode.INTERNAL.code(), null, "cannot write " + file + ": " + e.getMessage(), null);
        }
        return new Result(ExitCode.OK.code(), config.root().relativize(file).toString().replace('\\', '/'), null, null);
    }
}
