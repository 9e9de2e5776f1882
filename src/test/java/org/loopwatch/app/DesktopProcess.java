package org.loopwatch.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The desktop app as a separate process ({@link ScriptedDesktopApp}), headless on Monocle, with its
 * log and state folder under {@code folder}. Ask it to do things with {@link #send}, read what it
 * says with {@link #awaitLine}, end it as a person or the system would.
 */
final class DesktopProcess implements AutoCloseable {

    /** Put after the last line, when the process has closed its output. */
    private static final String ENDED = "\u0000ended";

    /** Generous: two shared cores may be busy with other builds; no test measures time with it. */
    static final long PATIENCE_SECONDS = 90;

    private final Process process;
    private final PrintStream commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Path errors;

    private DesktopProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // The process is gone; awaitLine reports it.
            }
            lines.add(ENDED);
        }, "desktop-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the app on {@code database}; {@code folder} gets its error output and state (log) folder. */
    static DesktopProcess start(Path database, Path folder) throws IOException {
        return start(List.of("--db", database.toString()), folder, java.util.Map.of("XDG_STATE_HOME",
                folder.resolve("state").toString()), List.of());
    }

    /**
     * Starts the app with {@code arguments}, {@code environment} added to (or, with an empty value,
     * removed from) this JVM's, and {@code jvmOptions} (e.g. {@code -Dheadless.geometry=1366x768-32});
     * {@code folder} gets its error output.
     */
    static DesktopProcess start(List<String> arguments, Path folder, java.util.Map<String, String> environment,
                                List<String> jvmOptions) throws IOException {
        Files.createDirectories(folder);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=GB", "-Dfile.encoding=UTF-8",
                "-Djavafx.cachedir=" + System.getProperty("javafx.cachedir", Path.of("target", "openjfx-cache").toAbsolutePath().toString())));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScriptedDesktopApp.Main.class.getName()));
        command.addAll(arguments);
        Path errors = folder.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        builder.environment().remove("DISPLAY");
        return new DesktopProcess(builder.start(), errors);
    }

    long pid() {
        return process.pid();
    }

    void send(String command) {
        commands.println(command);
    }

    /** The next line the app prints; fails with its error output when it prints none in time. */
    String awaitLine() throws Exception {
        String line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (line == null || line.equals(ENDED)) {
            throw new AssertionError((line == null ? "the app said nothing for " + PATIENCE_SECONDS + " s"
                    : "the app ended") + "; its error output:\n" + errorOutput());
        }
        return line;
    }

    /** Waits for the process to end by itself; its exit code, or null if it is still running. */
    Integer awaitExit() throws InterruptedException {
        return process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS) ? process.exitValue() : null;
    }

    /** Asks the process to end, as the OS does at logout or {@code kill PID} (SIGTERM on Linux). */
    void terminate() {
        process.destroy();
    }

    /** Kills the process at once ({@code kill -9}), and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String errorOutput() throws IOException {
        return Files.exists(errors) ? Files.readString(errors, StandardCharsets.UTF_8) : "";
    }

    /**
     * Kills the process if it still runs. Throws no InterruptedException (javac's try lint: a
     * resource's close should not): an interrupt while waiting stays set for the caller, and the
     * kill is already sent.
     */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
