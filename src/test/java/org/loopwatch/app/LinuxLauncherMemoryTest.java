package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app's Linux launcher (installer/linux/launcher.sh) starts the desktop app with
 * glibc's malloc limited to two arenas and large blocks mapped apart (decision 0048: the peak
 * memory of SPEC §9), leaves commands with glibc's defaults, and never overrides a value set by
 * whoever starts it. The launcher runs here against a stand-in {@code java} that prints what it got.
 */
@Tag("process")
@EnabledOnOs(OS.LINUX)
class LinuxLauncherMemoryTest {

    private static final Path LAUNCHER = Path.of("installer/linux/launcher.sh");

    @TempDir
    Path image;

    @Test
    void theDesktopAppGetsTwoMallocArenasAndLargeBlocksMappedApart() throws Exception {
        String seen = launch(Map.of(), "--db", "x.db");

        assertThat(seen).contains("MALLOC_ARENA_MAX=2", "MALLOC_MMAP_THRESHOLD_=131072", "org.loopwatch.app.Launcher --db x.db");
    }

    @Test
    void commandsKeepGlibcsDefaults() throws Exception {
        String seen = launch(Map.of(), "--db", "x.db", "import", "rows.csv");

        assertThat(seen).doesNotContain("MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_").contains("import rows.csv");
    }

    /** Decision 0031: a command lives a second or two; the desktop app runs for hours. */
    @Test
    void commandsRunWithC1OnlyTheDesktopWithBothCompilers() throws Exception {
        assertThat(launch(Map.of(), "import", "rows.csv")).contains("-XX:TieredStopAtLevel=1 ");
        assertThat(launch(Map.of(), "--version")).contains("-XX:TieredStopAtLevel=1 ");
        assertThat(launch(Map.of(), "--db", "x.db")).doesNotContain("TieredStopAtLevel");
    }

    /** Decision 0080: a command's young generation and, where the kernel offers them, huge pages. */
    @Test
    void commandsGetALargerYoungGenerationAndHugePagesWhereTheKernelOffersThem() throws Exception {
        Map<String, String> madvise = thpMode("always [madvise] never");
        Map<String, String> always = thpMode("[always] madvise never");

        assertThat(launch(madvise, "import", "rows.csv")).contains("-Xmn64m -XX:+UseTransparentHugePages -cp ");
        assertThat(launch(always, "--db", "x.db", "summary")).contains("-Xmn64m -XX:+UseTransparentHugePages -cp ");
    }

    @Test
    void hugePagesAreNotAskedForWhereTheKernelHasThemOffOrSaysNothing() throws Exception {
        // Asked for under "never", the JVM prints a warning on standard output, into the command's output.
        assertThat(launch(thpMode("always madvise [never]"), "import", "rows.csv"))
                .contains("-Xmn64m -cp ").doesNotContain("TransparentHugePages");
        assertThat(launch(Map.of("LOOPWATCH_THP_MODE_FILE", image.resolve("no-such-file").toString()), "import", "rows.csv"))
                .contains("-Xmn64m -cp ").doesNotContain("TransparentHugePages");
    }

    @Test
    void theDesktopAndVersionKeepTheSmallHeap() throws Exception {
        Map<String, String> madvise = thpMode("always [madvise] never");

        assertThat(launch(madvise, "--db", "x.db")).doesNotContain("-Xmn64m", "TransparentHugePages");
        assertThat(launch(madvise, "--version")).doesNotContain("-Xmn64m", "TransparentHugePages");
        assertThat(launch(madvise, "--help")).doesNotContain("-Xmn64m", "TransparentHugePages");
    }

    /** The kernel's transparent huge page setting, as /sys/kernel/mm/transparent_hugepage/enabled words it. */
    private Map<String, String> thpMode(String line) throws IOException {
        Path folder = Files.createDirectories(image.resolve("sys"));
        Path file = Files.writeString(folder.resolve("enabled-" + line.indexOf('[')), line + "\n");
        return Map.of("LOOPWATCH_THP_MODE_FILE", file.toString());
    }

    @Test
    void aValueSetByTheCallerWins() throws Exception {
        String seen = launch(Map.of("MALLOC_ARENA_MAX", "8"));

        assertThat(seen).contains("MALLOC_ARENA_MAX=8", "MALLOC_MMAP_THRESHOLD_=131072").doesNotContain("MALLOC_ARENA_MAX=2");
    }

    @Test
    void theRuntimeIsFoundThroughALinkInAnotherFolderAndByABareNameInTheImagesBinFolder() throws Exception {
        Path launcher = layOutImage();
        Path links = Files.createDirectories(image.resolve("usr/bin"));
        Path link = Files.createSymbolicLink(links.resolve("loopwatch"), launcher);

        assertThat(run(List.of("/bin/sh", link.toString(), "--version"), links.getParent(), Map.of()))
                .contains("org.loopwatch.app.Launcher --version");
        assertThat(run(List.of("/bin/sh", "LoopWatch", "--version"), launcher.getParent(), Map.of()))
                .contains("org.loopwatch.app.Launcher --version");
        assertThat(run(List.of("/bin/sh", "bin/LoopWatch", "--version"), image, Map.of()))
                .contains("org.loopwatch.app.Launcher --version");
    }

    @Test
    void eachKindOfStartGetsTheStartUpCacheTrainedOnIt() throws Exception {
        // The template's placeholders stand for the file names build-linux.sh fills in (decision 0031, 0061).
        layOutImage();
        for (String cache : List.of("@DESKTOP_CACHE@", "@COMMAND_CACHE@", "@VERSION_CACHE@")) {
            Files.writeString(image.resolve("lib/app").resolve(cache), "cache");
        }

        assertThat(launch(Map.of(), "--db", "x.db")).contains("@CACHE_FLAG@=").contains("/@DESKTOP_CACHE@ ");
        assertThat(launch(Map.of(), "import", "rows.csv")).contains("/@COMMAND_CACHE@ ");
        assertThat(launch(Map.of(), "--version")).contains("/@VERSION_CACHE@ ").doesNotContain("@DESKTOP_CACHE@");
        assertThat(launch(Map.of(), "--lang", "zh-CN", "--version")).contains("/@VERSION_CACHE@ ");
        // --help loads picocli and every command's options: a cache of --version would not hold them.
        assertThat(launch(Map.of(), "--help")).doesNotContain("@CACHE_FLAG@");
    }

    @Test
    void aMissingCacheIsLeftOutNotPassed() throws Exception {
        assertThat(launch(Map.of(), "--version")).doesNotContain("@CACHE_FLAG@").contains("org.loopwatch.app.Launcher --version");
    }

    /** Lays out bin/LoopWatch and lib/runtime/bin/java as in the app image, runs the launcher, returns what "java" saw. */
    private String launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path launcher = layOutImage();
        List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
        command.addAll(List.of(args));
        return run(command, image, environment);
    }

    private Path layOutImage() throws IOException {
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path runtime = Files.createDirectories(image.resolve("lib/runtime/bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Path launcher = Files.copy(LAUNCHER, bin.resolve("LoopWatch"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path java = Files.writeString(runtime.resolve("java"),
                "#!/bin/sh\nenv | grep '^MALLOC_' | sort\necho \"$@\"\n", StandardCharsets.UTF_8);
        for (Path script : List.of(launcher, java)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return launcher;
    }

    private static String run(List<String> command, Path workingDirectory, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("MALLOC_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
