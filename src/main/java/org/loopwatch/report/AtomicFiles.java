package org.loopwatch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.DurableFiles;

/**
 * Writes an export completely or not at all, by the store's {@link DurableFiles#writeWhole}: a
 * full disk or a crash never leaves a half-written PNG or PDF where the user expects a good one.
 * What this adds is a sentence a person reads when the chosen place is no folder.
 */
public final class AtomicFiles {

    private static final Texts TEXT = Texts.of(AtomicFiles.class);

    /** Writes the content to the given temporary file. */
    public interface Writer {
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(TEXT.format("export.noFolder", folder));
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(TEXT.format("export.isFolder", absolute));
        }
        DurableFiles.writeWhole(absolute, writer::writeTo);
    }
}
