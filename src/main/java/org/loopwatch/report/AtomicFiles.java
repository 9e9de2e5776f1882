package org.loopwatch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.loopwatch.domain.text.Texts;

/**
 * Writes an export completely or not at all: into a temporary sibling of the target, moved into
 * place atomically once complete, and deleted on any failure. A full disk or a crash never
 * leaves a half-written PNG or PDF where the user expects a good one.
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
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        try {
            writer.writeTo(temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
