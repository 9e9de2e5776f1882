package org.loopwatch.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link LoopWatchChildMain} in a separate JVM, as a second running LoopWatch would be. */
public final class ChildLoopWatch implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;

    private ChildLoopWatch(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static ChildLoopWatch start(String mode, Path database, Path errorLog, String... more) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), LoopWatchChildMain.class.getName(), mode,
                database.toString()));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(errorLog.toFile());
        return new ChildLoopWatch(builder.start());
    }

    /** The child's next line of output (blocks until it prints one); null when it ended. */
    public String nextLine() throws IOException {
        return output.readLine();
    }

    public long pid() {
        return process.pid();
    }

    /** Kills the child like kill -9 would, and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Closes the child's stdin, so it closes its database and ends. */
    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        output.close();
    }
}
