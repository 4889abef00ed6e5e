// The least the chosen libraries take for a corpus, without hub: every Markdown body parsed and rendered by Flexmark
// (tables, footnotes, typographic quotes: the extensions hub's pages use, none of hub's own), on all cores, and then
// the same bodies indexed by Lucene (English analyzer, body stored with positions), in memory, documents added from all
// cores at once (hub adds them from one thread, for key order: the floor gives the libraries their best). No links
// resolved, no templates, no files written, no related publications, no static index.
// The figure says how far a build on these libraries can go: a fresh JVM, as a one-shot build is.
// Run (compiled first, so the source launcher's compile is not timed; same JVM options as the launcher):
//   javac -cp generator/target/hub.jar -d /tmp/floor bench/LibraryFloor.java
//   java -XX:+UseParallelGC -Xmx3g -cp generator/target/hub.jar:/tmp/floor LibraryFloor bench/work/10000
// bench/floor.sh does both, alternating with Hugo.
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

public class LibraryFloor {
    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.currentTimeMillis();
        Path content = Path.of(args[0]).resolve("content");
        List<Path> files;
        try (Stream<Path> s = Files.walk(content)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<String> bodies = files.parallelStream().map(LibraryFloor::body).toList();
        long read = System.currentTimeMillis();

        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), TypographicExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        long chars = bodies.parallelStream().mapToLong(b -> renderer.render(parser.parse(b)).length()).sum();
        long markdown = System.currentTimeMillis();

        try (EnglishAnalyzer analyzer = new EnglishAnalyzer();
             IndexWriter w = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
            java.util.stream.IntStream.range(0, bodies.size()).parallel().forEach(i -> {
                Document d = new Document();
                d.add(new StringField("key", files.get(i).toString(), Field.Store.YES));
                d.add(new TextField("body", bodies.get(i), Field.Store.YES));
                try {
                    w.addDocument(d);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            w.commit();
        }
        long lucene = System.currentTimeMillis();
        var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%d files, %.1f MB of Markdown, %.1f MB of HTML%n", files.size(),
                bodies.stream().mapToLong(String::length).sum() / 1e6, chars / 1e6);
        System.out.printf("jvm start %d ms, read %d ms, flexmark %d ms, lucene %d ms, total %d ms from the JVM's start, process CPU %.1f s%n",
                t0 - jvmStart, read - t0, markdown - read, lucene - markdown, lucene - jvmStart, cpu.getProcessCpuTime() / 1e9);
    }

    /** The file's text after its YAML front matter. */
    private static String body(Path p) {
        try {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            if (s.startsWith("---")) {
                int end = s.indexOf("\n---", 3);
                if (end > 0) return s.substring(s.indexOf('\n', end + 4) + 1);
            }
            return s;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
