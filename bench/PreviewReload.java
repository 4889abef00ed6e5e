// Time from saving one document to the preview serving the changed page, through the real watcher.
// Run: java -cp generator/target/hub.jar bench/PreviewReload.java bench/work/1000/site-config.yml [runs] [--busy] [--edit KIND]
// KIND: body (a line added to the text, the default), title, date (a new year and day: the publication moves in its
// type's list, its year and its terms' lists), theme (a theme added or removed: term pages and counts change).
// Between edits it waits for the preview's background search build to finish, as when an editor
// pauses; --busy edits again 300 ms after each page instead, while that build still runs.
import hub.build.BuildOptions;
import hub.preview.PreviewServer;
import hub.preview.Serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

public class PreviewReload {
    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean busy = java.util.Arrays.asList(args).contains("--busy");
        List<String> argList = java.util.Arrays.asList(args);
        String kind = argList.contains("--edit") ? argList.get(argList.indexOf("--edit") + 1) : "body";
        BuildOptions o = new BuildOptions(config, null, false, true, LocalDate.of(2026, 1, 1), null, false, s -> { });
        StringWriter log = new StringWriter();
        long t0 = System.nanoTime();
        try (PreviewServer server = Serve.start(o, 0, new PrintWriter(log, true)); AutoCloseable w = Serve.watch(o, server)) {
            System.out.printf("initial build: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            Path doc;
            try (Stream<Path> s = Files.walk(config.toAbsolutePath().getParent().resolve("content/briefings"))) {
                doc = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            }
            String slug = doc.getFileName().toString().replace(".md", "");
            String original = Files.readString(doc);
            HttpClient http = HttpClient.newHttpClient();
            List<Long> times = new ArrayList<>();
            try {
                for (int i = 0; i < runs; i++) {
                    String marker = "marker-" + i + "-" + System.nanoTime();
                    String date = (2014 + i % 5) + "-0" + (1 + i % 9) + "-1" + (i % 9);
                    String edited = switch (kind) {
                        case "title" -> original.replaceFirst("(?m)^title: .*$", "title: \"Retitled " + marker + "\"");
                        case "date" -> original.replaceFirst("(?m)^date: .*$", "date: " + date);
                        case "theme" -> original.replaceFirst("(?m)^themes: \\[", i % 2 == 0 ? "themes: [evidence, " : "themes: [");
                        default -> original + "\n\nEdited: " + marker + "\n";
                    };
                    // What the changed page shows: the marker, the new date, or (theme) the evidence theme's link or its absence.
                    String expect = kind.equals("date") ? "datetime=\"" + date + "\"" : kind.equals("theme") ? "themes/evidence/" : marker;
                    boolean present = !kind.equals("theme") || i % 2 == 0;
                    long start = System.nanoTime();
                    Files.writeString(doc, edited);
                    while (true) {
                        String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/briefings/" + slug + "/")).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        if (page.contains(expect) == present) break;
                        Thread.sleep(5);
                    }
                    times.add((System.nanoTime() - start) / 1_000_000);
                    Thread.sleep(300);
                    if (!busy) server.awaitSearchIndex();
                }
            } finally {
                Files.writeString(doc, original);
            }
            System.out.print(log);
            Collections.sort(times);
            System.out.printf("%s edit%s ", kind, busy ? " (busy)" : "");
            System.out.printf("save-to-page over %d edits: median %d ms, min %d ms, max %d ms%n", runs, times.get(times.size() / 2),
                    times.get(0), times.get(times.size() - 1));
        }
    }
}
