package hub.build;

import hub.diagnostic.DiagnosticFormat;
import hub.support.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents in other languages (site-config.yml languages:): lang: or Hugo's file name (a.fr.md) says which, such a
 * document lives under its language's folder (/fr/...) so a translation may keep its original's slug, and
 * translations (same type and slug, or the same translation_key) are linked to each other. The fixture
 * sites/hugo-features shows the pages with the default theme (html lang, hreflang alternates).
 */
class LanguagesTest {
    @TempDir
    Path tmp;

    private SiteBuilder site(String name) {
        return SiteBuilder.minimal(tmp.resolve(name)).config("languages: [{code: fr, label: Français}, {code: pt-BR, label: Português}]");
    }

    @Test
    void translationsKeepTheirSlugUnderTheirLanguageAndAreLinked() {
        BuildResult r = site("ok")
                .doc("reports/findings.md", "title: Findings", "date: 2018-01-01").body("English.")
                .doc("reports/findings.fr.md", "title: Résultats", "date: 2018-01-01").body("Français.")
                .doc("reports/other.md", "title: Other", "date: 2018-02-01", "translation_key: other").body("English.")
                .doc("reports/outro.md", "title: Outro", "date: 2018-02-01", "lang: pt-br", "translation_key: other").body("Português.")
                .build();
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        assertTrue(r.site().urls().pathOf("fr/report/findings") != null, "the French one has its own key");
        assertEquals("fr/reports/2018/findings/", r.site().urls().pathOf("fr/report/findings"));
        assertEquals("reports/2018/findings/", r.site().urls().pathOf("report/findings"));
        assertEquals("pt-br/reports/2018/outro/", r.site().urls().pathOf("pt-BR/report/outro"));
        assertTrue(r.files().containsKey("fr/reports/2018/findings/index.html"));
    }

    @Test
    void aLanguageTheSiteDoesNotDeclareIsAnError() {
        BuildResult r = site("bad").doc("reports/a.md", "title: A", "date: 2018-01-01", "lang: fi").body("Suomi.").build();
        assertEquals(1, r.exitCode());
        String text = DiagnosticFormat.text(r.diagnostics());
        assertTrue(text.contains("content/reports/a.md:4:7: error: language 'fi' is not one of the site's"), text);
        assertTrue(text.contains("declare it in site-config.yml: languages:"), text);
    }

    @Test
    void aFileNameSuffixThatIsNoLanguageOfTheSiteIsPartOfTheSlug() {
        BuildResult r = site("suffix").doc("reports/v1.de.md", "title: A", "date: 2018-01-01").body("Text.").build();
        assertEquals(0, r.exitCode(), () -> DiagnosticFormat.text(r.diagnostics()));
        String key = r.site().corpus().documents().get(0).key();
        assertTrue(key.startsWith("report/v1") && !key.startsWith("de/"), key);
    }
}
