package org.loopwatch.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * On Linux, lets the window come before the JIT's optimising compiler: at the desktop app's start
 * the C2 compiler thread (and the thread that replays the start-up cache's method profiles to it)
 * get the lowest scheduling priority, nice {@value #NICE}. They still compile whenever a core is
 * otherwise idle, which on a desktop is most of the time; but on a machine with two cores they no
 * longer take one of them from the JavaFX threads while the first frame is laid out and drawn
 * (decision 0063: with C1 alone the first frame was 1.11 × a bare window's, with C2 beside it 1.41 ×).
 *
 * <p>The C1 compiler keeps its priority: the interface's code needs its quick compilations. The
 * JVM's own knob ({@code -XX:CompilerThreadPriority}) lowers both compilers and needs
 * {@code -XX:ThreadPriorityPolicy=1}, which prints a warning for every user who is not root; so
 * the threads are found by name in {@code /proc/self/task} and lowered with {@code renice}, which
 * any user may do to their own threads (never raised back: a user cannot). Anything missing
 * (another system, no {@code renice}, another JVM's thread names) leaves the priorities as they
 * were and only logs why.
 */
final class CompilerPriority {

    /** The nice value the background compiler threads get: the lowest priority (Linux: 19). */
    static final int NICE = 19;

    /** Thread names as Linux keeps them, cut to 15 characters: "C2 CompilerThread0", "Training replay thread". */
    private static final List<String> BACKGROUND_COMPILERS = List.of("C2 CompilerThre", "Training replay");

    private static final System.Logger LOG = System.getLogger(CompilerPriority.class.getName());

    private CompilerPriority() {
    }

    /** {@code -Dloopwatch.compilers=as-they-are} keeps the JVM's priorities (to measure the difference). */
    static final String PROPERTY = "loopwatch.compilers";

    /** Lowers the background compilers' priority on a thread of its own; returns at once. */
    static void lowerInTheBackground() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                || "as-they-are".equals(System.getProperty(PROPERTY))) {
            return;
        }
        Thread lowering = new Thread(CompilerPriority::lower, "compiler-priority");
        lowering.setDaemon(true);
        lowering.start();
    }

    /** Finds the background compiler threads of this process and lowers them; false when it could not. */
    static boolean lower() {
        List<String> threads = backgroundCompilers(Path.of("/proc/self/task"));
        if (threads.isEmpty()) {
            LOG.log(System.Logger.Level.DEBUG, "No C2 compiler thread found: compiler priority left as it is");
            return false;
        }
        try {
            Process renice = new ProcessBuilder(reniceCommand(threads)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = renice.waitFor();
            if (exit != 0) {
                LOG.log(System.Logger.Level.INFO, "renice of the compiler threads {0} ended with {1}", threads, exit);
            }
            return exit == 0;
        } catch (IOException noRenice) {
            LOG.log(System.Logger.Level.INFO, "Compiler priority left as it is: {0}", noRenice.getMessage());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The ids of the threads under {@code tasks} (a {@code /proc/<pid>/task} folder) that compile in the background. */
    static List<String> backgroundCompilers(Path tasks) {
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                String name = readName(thread);
                if (BACKGROUND_COMPILERS.stream().anyMatch(name::startsWith)) {
                    found.add(thread.getFileName().toString());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        found.sort(null);
        return found;
    }

    private static String readName(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).strip();
        } catch (IOException ended) {
            return ""; // the thread ended while the folder was read
        }
    }

    /** {@code renice -n 19 -p <tid> …}: on Linux a process id names one thread of a process. */
    static List<String> reniceCommand(List<String> threadIds) {
        List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(NICE), "-p"));
        command.addAll(threadIds);
        return command;
    }
}
