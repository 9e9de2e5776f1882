package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link OpeningAhead} does before the first database opens, each in a JVM of its own (the
 * native library loads once per process): it loads the library, and when it cannot, no failure
 * escapes its thread (an uncaught one would print a stack trace among a command's messages) and
 * the open that follows reports the trouble itself.
 */
@Tag("process")
class OpeningAheadTest {

    @TempDir
    Path folder;

    /** Runs {@link OpeningAhead#prepare} alone, then prints whether SQLite's library is mapped into it. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            OpeningAhead.prepare();
            boolean mapped = Files.readAllLines(Path.of("/proc/self/maps")).stream().anyMatch(line -> line.contains("sqlitejdbc"));
            System.out.println("loaded=" + mapped);
        }
    }

    @BeforeEach
    void linuxShowsWhatIsLoaded() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc/self/maps");
    }

    @Test
    void theNativeLibraryIsLoadedAheadOfTheFirstOpen() throws Exception {
        Ran ran = runChild();

        assertThat(ran.exit).isZero();
        assertThat(ran.out).isEqualTo("loaded=true");
        assertThat(ran.err).isEmpty();
    }

    @Test
    void whenTheLibraryCannotBeLoadedTheFailureIsLeftToTheOpenThatFollows() throws Exception {
        // No sqlite-jdbc library exists for this processor, so loading fails as on an unsupported machine.
        Ran ran = runChild("-Dos.arch=no-such-processor");

        assertThat(ran.exit).isZero();
        assertThat(ran.out).isEqualTo("loaded=false");
        // sqlite-jdbc logs its own failed attempts (as it will again for the open); nothing escapes from here.
        assertThat(ran.err).contains("Failed to load native library").doesNotContain("Exception in thread");
    }

    private record Ran(int exit, String out, String err) {
    }

    private Ran runChild(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + folder));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName()));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the child JVM did not end within a minute");
        }
        return new Ran(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip(),
                Files.readString(err, StandardCharsets.UTF_8).strip());
    }
}
