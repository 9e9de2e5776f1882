package org.loopwatch.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.loopwatch.report.PngFiles;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes what a scene or node shows to a PNG under {@code target/snapshots/}, so a person can look
 * at a screen as the tests left it. Uses the exports' own PNG writer.
 */
public final class ScreenSnapshot {

    private ScreenSnapshot() {
    }

    /** Call on the FX thread. Returns the written file. */
    public static Path write(Scene scene, String name) {
        return write(scene, Path.of("target", "snapshots", name + ".png"));
    }

    /** Call on the FX thread. Returns the written file. */
    public static Path write(Scene scene, Path file) {
        return save(scene.snapshot(null), file);
    }

    /** Call from the test thread: the snapshot is taken on the FX thread. */
    public static Path write(Node node, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        return save(image, Path.of("target", "snapshots", name + ".png"));
    }

    private static Path save(WritableImage image, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            PngFiles.write(PngFiles.toBufferedImage(image), file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
