package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * installer/tools/ModernizeOldClasses.java rewrites picocli's Java 5 class files in the installed
 * image's jar as Java 8 ones with stack maps, so that the commands' AOT cache can hold them
 * (decision 0050). The rewritten classes must pass the verifier that Java 8 class files get (the
 * type-checking one, with no fallback) and behave as before.
 */
@Tag("process")
class ModernizedPicocliTest {

    @TempDir
    Path folder;

    @Test
    void everyPicocliClassBecomesVerifiableJava8AndBehavesTheSame() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the tool uses the ClassFile API of JDK 25, as the build does");
        Path original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path copy = folder.resolve("picocli.jar");
        Files.copy(original, copy);

        Process tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "installer/tools/ModernizeOldClasses.java", copy.toString(), "picocli/")
                .redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tool.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(tool.exitValue()).as(output).isZero();

        List<String> classes = classNames(copy);
        assertThat(classes).hasSizeGreaterThan(100);
        assertThat(majorVersions(original)).as("picocli as shipped").allMatch(version -> version < 50);
        assertThat(majorVersions(copy)).as("rewritten").allMatch(version -> version == 52);

        // Initializing links and verifies each class (classes from a jar are always verified).
        try (URLClassLoader rewritten = loader(copy); URLClassLoader shipped = loader(original)) {
            for (String name : classes) {
                Class.forName(name, true, rewritten);
            }
            assertThat(usageOfAnEmptySpec(rewritten)).isEqualTo(usageOfAnEmptySpec(shipped)).isNotBlank();
        }
    }

    private static URLClassLoader loader(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    /* picocli's own model and help through reflection: the classes of each jar, not this test's. */
    private static String usageOfAnEmptySpec(ClassLoader loader) throws Exception {
        Class<?> specClass = Class.forName("picocli.CommandLine$Model$CommandSpec", true, loader);
        Object spec = specClass.getMethod("create").invoke(null);
        specClass.getMethod("name", String.class).invoke(spec, "demo");
        Class<?> commandLine = Class.forName("picocli.CommandLine", true, loader);
        Object line = commandLine.getConstructor(Object.class).newInstance(spec);
        return (String) commandLine.getMethod("getUsageMessage").invoke(line);
    }

    private static List<String> classNames(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (entry.getName().startsWith("picocli/") && entry.getName().endsWith(".class")) {
                    names.add(entry.getName().replace('/', '.').substring(0, entry.getName().length() - ".class".length()));
                }
            }
        }
        return names;
    }

    private static List<Integer> majorVersions(Path jar) throws IOException {
        List<Integer> versions = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (entry.getName().startsWith("picocli/") && entry.getName().endsWith(".class")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        byte[] header = in.readNBytes(8);
                        versions.add(((header[6] & 0xff) << 8) | (header[7] & 0xff));
                    }
                }
            }
        }
        return versions;
    }
}
