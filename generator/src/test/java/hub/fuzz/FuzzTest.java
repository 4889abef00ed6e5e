package hub.fuzz;

import hub.build.Build;
import hub.build.BuildOptions;
import hub.build.BuildResult;
import hub.build.BuildState;
import hub.diagnostic.DiagnosticFormat;
import hub.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A seeded random-mutation fuzzer over whole content files (front matter and body), seeded with the repository's
 * own archive: each input is a real document with a few random mutations (tokens that matter to YAML, Markdown,
 * HTML, URLs and our citations inserted; ranges deleted and repeated; characters replaced, control characters
 * and odd Unicode included), saved over the original and built the way the preview builds (from the previous
 * build's state, in memory; every 15th also checked as {@code hub check} does from nothing). Every input must give
 * exit 0 or 1 with diagnostics, never an exception (exit 3), within a time limit, and every file the build would
 * write must stay inside the output folder. A failing input is saved under target/fuzz/ with its seed and step,
 * to become a fixture.
 * <p>
 * {@code mvn verify} runs a short fixed-seed budget. A longer run:
 * {@code mvn -B test -Dtest=FuzzTest -Dhub.fuzz.inputs=5000 -Dhub.fuzz.seed=$RANDOM -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FuzzTest {
    private static final long SEED = Long.getLong("hub.fuzz.seed", 20261203L);
    private static final int INPUTS = Integer.getInteger("hub.fuzz.inputs", 100);
    private static final int SECONDS_PER_INPUT = 30;
    private static final String[] TOKENS = {
            "[", "]", "(", ")", "](", "]((", "[^1]", "[^", "]:", "[@", "@", "[@x]", "#", "## ", "\n---\n", "---", ": ", ":", "- ", "* ",
            "*", "**", "_", "`", "```", "~~~", "<", ">", "</script>", "<script>alert(1)</script>", "<div>", "<svg onload=x>", "&", "&#",
            "&#x0;", ";", "\\", "\"", "'", "{", "}", "{{", "{%", "%", "%zz", "%2e%2e/", "..", "../", "//", "http://", "https://",
            "javascript:", "www.", "\u0000", "\t", "\r", "\n", "\n\n", "\uFEFF", "\u202E", "\u2028", "é", "\uD83D\uDE00", "\uD800",
            "&amp;", "|", "| a | b |\n|---|---|\n", "> ", ">>>>>>>>", "1. ", "    ", "![", "![x](", "<!--", "-->", "*[", "&nbsp;",
            "title: ", "date: ", "2019-02-30", "aliases: [", "themes: [", "authors: [", "slug: ", "draft: true", "extra:\n  a: ",
            "&a [*a]", "!!binary", "? ", "|\n", ">-\n", "0x", "1e999", "~", "null", "[[[[[[[[", "((((((((", "]]]]]]]]"};

    @TempDir
    Path tmp;

    @Test
    void noInputCrashesHangsOrWritesOutsideTheSite() throws Exception {
        Path site = tmp.resolve("site");
        Path root = Sites.repositoryRoot();
        for (String part : List.of("content", "templates", "static")) Sites.copyTree(root.resolve(part), site.resolve(part));
        Files.copy(root.resolve("site-config.yml"), site.resolve("site-config.yml"));
        List<Path> seeds;
        try (Stream<Path> s = Files.walk(site.resolve("content"))) {
            seeds = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        BuildOptions options = new BuildOptions(site.resolve("site-config.yml"), null, false, false, Sites.TODAY, null, false, x -> { });
        BuildState state = new BuildState();
        assertEquals(0, Build.run(options.withState(state, false)).exitCode(), "the archive builds before fuzzing");

        Random random = new Random(SEED);
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true); // a hung build must not keep the test JVM alive
            return t;
        });
        int failed = 0, errors = 0;
        try {
            Path last = null;
            byte[] lastOriginal = null;
            for (int step = 0; step < INPUTS; step++) {
                final int i = step;
                if (last != null) {
                    Files.write(last, lastOriginal);
                    state.changed(last);
                }
                Path file = seeds.get(random.nextInt(seeds.size()));
                byte[] original = Files.readAllBytes(file);
                String input = mutate(new String(original, StandardCharsets.UTF_8), random);
                Files.write(file, input.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?', as an editor's save would
                state.changed(file);
                state.changesComplete();
                last = file;
                lastOriginal = original;
                boolean check = i % 15 == 14;
                BuildOptions run = check ? options.checkOnly() : options.withState(state, false);
                Future<BuildResult> f = runner.submit(() -> Build.run(run));
                BuildResult r;
                try {
                    r = f.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    fail(save(i, file, site, input, "no result within " + SECONDS_PER_INPUT + " s (a hang)"));
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    fail(save(i, file, site, input, "an exception escaped: " + stackTrace(e.getCause())), e.getCause());
                    return;
                }
                assertTrue(r.exitCode() == 0 || r.exitCode() == 1, () -> save(i, file, site, input, "exit " + r.exitCode() + ":\n"
                        + DiagnosticFormat.text(r.diagnostics())));
                if (r.exitCode() == 1) {
                    failed++;
                    assertTrue(r.diagnostics().stream().anyMatch(d -> d.isError()), "a failed build says why");
                }
                errors += (int) r.diagnostics().stream().filter(d -> d.isError()).count();
                for (String p : r.files().keySet()) {
                    assertTrue(!p.isEmpty() && !p.startsWith("/") && !p.contains("\\") && !p.contains("\0")
                            && !Path.of(p).normalize().startsWith(".."), () -> save(i, file, site, input, "a file outside the site: " + p));
                }
            }
            if (last != null) Files.write(last, lastOriginal);
        } finally {
            runner.shutdownNow();
        }
        // The mutations must reach past the front matter: most inputs fail somewhere, some build.
        assertTrue(failed > INPUTS / 10 && failed < INPUTS, "inputs that failed with diagnostics: " + failed + " of " + INPUTS);
        assertTrue(errors >= failed);
    }

    /** One to eight random mutations of {@code text}. */
    static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
            switch (random.nextInt(6)) {
                case 0, 1 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> {
                    int end = Math.min(sb.length(), at + 1 + random.nextInt(40));
                    if (at < end) sb.delete(at, end);
                }
                case 3 -> {
                    int end = Math.min(sb.length(), at + 1 + random.nextInt(80));
                    if (at < end) sb.insert(at, sb.substring(at, end).repeat(1 + random.nextInt(3)));
                }
                case 4 -> {
                    if (at < sb.length()) sb.setCharAt(at, (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
                }
                default -> {
                    // A line swapped with another: structure moves (front matter into the body, a note out of place).
                    String[] lines = sb.toString().split("\n", -1);
                    if (lines.length > 2) {
                        int a = random.nextInt(lines.length), b = random.nextInt(lines.length);
                        String t = lines[a];
                        lines[a] = lines[b];
                        lines[b] = t;
                        sb.setLength(0);
                        sb.append(String.join("\n", lines));
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Saves a failing input for a fixture; returns the failure message naming it. */
    private static String save(int step, Path file, Path site, String input, String why) {
        try {
            Path dir = Path.of("target", "fuzz");
            Files.createDirectories(dir);
            Path saved = dir.resolve("seed-" + SEED + "-step-" + step + "-" + file.getFileName());
            Files.write(saved, input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "fuzz input " + step + " (seed " + SEED + ", " + site.relativize(file) + ", saved as " + saved.toAbsolutePath() + "): " + why;
        } catch (java.io.IOException e) {
            return "fuzz input " + step + " (seed " + SEED + "): " + why + " (could not save it: " + e + ")";
        }
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        String s = w.toString();
        return s.length() > 3000 ? s.substring(0, 3000) + "..." : s;
    }
}
