// Time from saving one document to the preview serving the changed page, through the real watcher.
// Run: java -cp generator/target/hub.jar bench/PreviewReload.java bench/work/1000/site-config.yml [runs] [--busy] [--edit KIND]
// KIND: body (a line added to the text, the default), title, date (a new year and day: the publication moves in its
// type's list, its year and its terms' lists), theme (a theme added or removed: term pages and counts change).
// Between edits it waits for the preview's background search build to finish, as when an editor
// pauses; --busy edits again 300 ms after each page instead, while that build still runs.
// The page is asked for as a tab does: once per reload event the preview sends (/__hub/events), until it shows the
// edit. --poll asks for it every 5 ms instead, as this bench did until 2026-12-07: those requests take CPU from the
// build on a two-core machine.
// --stages prints, per stage, the median wall time of the builds the saves started (the watcher's builds).
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
        boolean stages = argList.contains("--stages");
        boolean poll = argList.contains("--poll");
        // Stage starts of the builds run on the watcher's thread: each build's "config" starts a new row.
        List<java.util.Map<String, Long>> builds = Collections.synchronizedList(new ArrayList<>());
        long[] last = new long[1];
        String[] current = new String[1];
        java.util.function.Consumer<String> progress = name -> {
            if (!Thread.currentThread().getName().equals("hub-watch")) return;
            long now = System.nanoTime();
            if (name.equals("config")) builds.add(new java.util.LinkedHashMap<>());
            else if (current[0] != null && !builds.isEmpty()) builds.get(builds.size() - 1).put(current[0], now - last[0]);
            current[0] = name;
            last[0] = now;
        };
        BuildOptions o = new BuildOptions(config, null, false, true, LocalDate.of(2026, 1, 1), null, false, progress);
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
            // The reload events, as a tab's EventSource gets them.
            java.util.concurrent.BlockingQueue<String> reloads = new java.util.concurrent.LinkedBlockingQueue<>();
            if (!poll) {
                http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/__hub/events")).build(),
                        HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
                            if (line.startsWith("event: reload")) reloads.add(line);
                        }));
            }
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
                    reloads.clear();
                    long start = System.nanoTime();
                    Files.writeString(doc, edited);
                    while (true) {
                        if (!poll && reloads.poll(30, java.util.concurrent.TimeUnit.SECONDS) == null) throw new AssertionError("no reload event");
                        String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/briefings/" + slug + "/")).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        if (page.contains(expect) == present) break;
                        if (poll) Thread.sleep(5);
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
            System.out.printf("%s edit%s%s ", kind, busy ? " (busy)" : "", poll ? " (polled)" : "");
            System.out.printf("save-to-page over %d edits: median %d ms, min %d ms, max %d ms%n", runs, times.get(times.size() / 2),
                    times.get(0), times.get(times.size() - 1));
            if (stages) {
                // The stage that ends a build ("write") is not followed by another: its time is not measured here.
                java.util.Map<String, List<Long>> per = new java.util.LinkedHashMap<>();
                for (var b : builds) b.forEach((k, v) -> per.computeIfAbsent(k, x -> new ArrayList<>()).add(v / 1_000_000));
                per.forEach((k, v) -> {
                    Collections.sort(v);
                    System.out.printf("  %-10s median %5d ms (%d-%d) over %d builds%n", k, v.get(v.size() / 2), v.get(0), v.get(v.size() - 1), v.size());
                });
            }
        }
    }
}
