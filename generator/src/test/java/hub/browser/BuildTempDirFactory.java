package hub.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * {@code @TempDir(factory = BuildTempDirFactory.class)}: a temporary directory under
 * {@code java.io.tmpdir}, creating that directory first. Surefire points {@code java.io.tmpdir}
 * at {@code target/tmp}, which does not exist in a fresh clone, and JUnit's default factory
 * then fails with "Failed to create default temp directory".
 */
public final class BuildTempDirFactory implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws Exception {
        Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        return Files.createTempDirectory(tmp, "junit");
    }
}
