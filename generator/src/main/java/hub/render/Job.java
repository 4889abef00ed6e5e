package hub.render;

import hub.memo.Hash;
import hub.memo.Hasher;
import hub.model.SourceRef;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page to render: where it goes (a folder path ending in '/', or a file name), which templates may render
 * it (the first that exists wins), the {@code page} variable and the page's own variables, and the source the
 * page comes from (for diagnostics). The variables are made when the page is rendered, not when the job is
 * planned: a publication's full view lives only while its page is made (at 100,000 publications, planning them
 * all first held gigabytes of views). They are made from the {@link Views} of the build that renders the page, and
 * the rest of a job from front matter and configuration only, so a plan serves every build whose front matter is
 * the same (the preview's saves of a body: {@link PageJobs#plan}).
 */
record Job(String path, String file, List<String> templates, Map<String, Object> page, Function<Views, Map<String, Object>> variables,
           SourceRef origin) {
    Job(String path, List<String> templates, Map<String, Object> page, Function<Views, Map<String, Object>> variables, SourceRef origin) {
        this(path, fileOf(path), templates, page, variables, origin);
    }

    Job(String path, List<String> templates, Map<String, Object> page, Map<String, Object> vars, SourceRef origin) {
        this(path, templates, page, views -> vars, origin);
    }

    /** The output file of a page at {@code path}: a folder path gets its index.html (made once per job: asked per build). */
    private static String fileOf(String path) {
        return path.endsWith(".html") ? path : path + "index.html";
    }

    /**
     * What the page's bytes depend on, apart from what its templates read of the site variable (recorded while
     * rendering, {@link SiteView}): the template and the templates it reads, and every variable the page is given.
     */
    Hash fingerprint(String template, Hash templateClosure, Map<String, Object> vars) {
        return new Hasher().string(path).string(template).hash(templateClosure).value(page).value(vars).hash();
    }
}
