package hub.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless system Chromium driven by Playwright, one browser per test class.
 *
 * <pre>
 * class MyTest {
 *     &#64;RegisterExtension static final Chromium CHROMIUM = new Chromium();
 *
 *     &#64;Test void works() {
 *         Page page = CHROMIUM.newPage();   // fresh context, closed after the test
 *         page.navigate(SiteFixture.server().url("/"));
 *     }
 * }
 * </pre>
 *
 * The browser is {@code $HUB_CHROMIUM} when set, else {@code /usr/bin/chromium}. Without one the
 * whole class is skipped with {@value #SKIP_MESSAGE}, except when {@code CI=true}: then it fails,
 * because CI must always run the browser tests. Playwright runs offline: no browser download, the
 * driver on the system Node ({@code PLAYWRIGHT_NODEJS_PATH}, default {@code /usr/bin/node}).
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    public static final String SKIP_MESSAGE =
            "Chromium not installed: apt-get install chromium (CI installs it)";
    static final Path DEFAULT_EXECUTABLE = Path.of("/usr/bin/chromium");
    static final Path DEFAULT_NODE = Path.of("/usr/bin/node");
    static final List<String> ARGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");
    /** Default timeout for Playwright actions and assertions-by-waiting on pages made here. */
    public static final double TIMEOUT_MS = 15_000;

    private Playwright playwright;
    private Browser browser;
    private long startMillis;
    private final List<BrowserContext> contexts = new ArrayList<>();

    /** The browser executable from the environment, if one is installed. */
    public static Optional<Path> find(Map<String, String> env) {
        String configured = env.get("HUB_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            // An explicit setting that points nowhere is a mistake, not a missing browser.
            Assertions.assertTrue(Files.isExecutable(p),
                    "HUB_CHROMIUM=" + configured + " is not an executable file");
            return Optional.of(p);
        }
        return Files.isExecutable(DEFAULT_EXECUTABLE) ? Optional.of(DEFAULT_EXECUTABLE) : Optional.empty();
    }

    /** True when running on CI ({@code CI=true}), where browser tests must never be skipped. */
    public static boolean onCi(Map<String, String> env) {
        return "true".equalsIgnoreCase(env.getOrDefault("CI", "").trim());
    }

    /** Returns the browser, or skips the caller (fails it on CI) when there is none. */
    public static Path require(Optional<Path> executable, boolean ci) {
        if (executable.isEmpty()) {
            if (ci) {
                Assertions.fail(SKIP_MESSAGE + " [CI=true: browser tests must run, not skip]");
            }
            Assumptions.assumeTrue(false, SKIP_MESSAGE);
        }
        return executable.get();
    }

    /** Skips (or fails on CI) unless a browser is installed; returns its path. */
    public static Path require() {
        return require(find(System.getenv()), onCi(System.getenv()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<Path> found = find(System.getenv());
        boolean ci = onCi(System.getenv());
        if (found.isEmpty() && !ci) {
            System.out.println("[browser] SKIPPED " + context.getDisplayName() + ": " + SKIP_MESSAGE);
        }
        Path executable = require(found, ci);
        long t0 = System.nanoTime();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (!env.containsKey("PLAYWRIGHT_NODEJS_PATH") && Files.isExecutable(DEFAULT_NODE)) {
            env.put("PLAYWRIGHT_NODEJS_PATH", DEFAULT_NODE.toString());
        }
        // Chromium writes its profile under HOME and TMPDIR: make sure they exist.
        createDirectory(env.get("HOME"));
        createDirectory(System.getProperty("java.io.tmpdir"));
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS));
        } catch (RuntimeException e) {
            playwright.close();
            playwright = null;
            throw e;
        }
        startMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[browser] Playwright + Chromium %s started in %d ms for %s%n",
                browser.version(), startMillis, context.getDisplayName());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeContexts();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeContexts();
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** The browser of the current test class. */
    public Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("Chromium is not running: register it with "
                    + "@RegisterExtension static final Chromium CHROMIUM = new Chromium();");
        }
        return browser;
    }

    /** A page in a new, isolated browser context; closed after the current test. */
    public Page newPage() {
        return newContext().newPage();
    }

    /** A new browser context (en-GB, 1280x900); closed after the current test. */
    public BrowserContext newContext() {
        BrowserContext ctx = browser().newContext(new Browser.NewContextOptions()
                .setLocale("en-GB")
                .setViewportSize(1280, 900));
        ctx.setDefaultTimeout(TIMEOUT_MS);
        ctx.setDefaultNavigationTimeout(TIMEOUT_MS);
        synchronized (contexts) {
            contexts.add(ctx);
        }
        return ctx;
    }

    /** Milliseconds it took to start Playwright and launch Chromium for this class. */
    public long startMillis() {
        return startMillis;
    }

    private void closeContexts() {
        synchronized (contexts) {
            for (BrowserContext ctx : contexts) {
                try {
                    ctx.close();
                } catch (RuntimeException ignored) {
                    // already closed with its browser
                }
            }
            contexts.clear();
        }
    }

    private static void createDirectory(String dir) {
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
