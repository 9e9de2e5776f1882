package org.loopwatch.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Set;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A {@code java.util.logging} handler writing {@code loopwatch.log}, rotated when it would pass a
 * size limit into {@code loopwatch.1.log} … {@code loopwatch.(N-1).log} (the oldest dropped).
 *
 * <p>Why not {@link java.util.logging.FileHandler}: when a second LoopWatch process logs at the same
 * time (the command line beside the app) it silently writes another file ({@code loopwatch0.log.1}),
 * and then the path Help → About and error messages name would be wrong. Here every process appends
 * whole records to the same file (O_APPEND), so the named file is always the one written. Each
 * record is forced to the file before {@code publish} returns: a stack trace written just before the
 * process is halted is not lost.
 */
final class RotatingLogFile extends Handler {

    /** About 1 MB per file: a few thousand records, easily mailed. */
    static final long FILE_LIMIT = 1L << 20;
    /** The current file and four older ones. */
    static final int FILES = 5;

    private final Path folder;
    private final long limit;
    private final int files;
    private FileChannel channel;

    RotatingLogFile(Path folder, long limit, int files) throws IOException {
        this.folder = folder;
        this.limit = limit;
        this.files = files;
        OwnerOnlyFiles.createFolder(folder);
        open();
    }

    /** The file written now. */
    Path current() {
        return folder.resolve(AppLog.FILE_NAME);
    }

    /** The {@code index}th older file, 1 the newest of them. */
    Path older(int index) {
        return folder.resolve("loopwatch." + index + ".log");
    }

    private void open() throws IOException {
        Path file = current();
        channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), OwnerOnlyFiles.fileAttributes(file));
        OwnerOnlyFiles.restrict(file);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (channel == null || !isLoggable(record)) {
            return;
        }
        byte[] text = format(record).getBytes(StandardCharsets.UTF_8);
        try {
            if (channel.size() > 0 && channel.size() + text.length > limit) {
                rotate();
            }
            ByteBuffer buffer = ByteBuffer.wrap(text);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException failed) {
            reportError("cannot write " + current(), failed, ErrorManager.WRITE_FAILURE);
        }
    }

    private void rotate() throws IOException {
        channel.close();
        Files.deleteIfExists(older(files - 1));
        for (int index = files - 2; index >= 1; index--) {
            if (Files.exists(older(index))) {
                DurableFiles.replace(older(index), older(index + 1));
            }
        }
        if (files > 1) {
            DurableFiles.replace(current(), older(1));
        } else {
            Files.deleteIfExists(current());
        }
        open();
    }

    /** One record: UTC time, level, logger, thread, message, and the whole stack trace if there is one. */
    static String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160);
        line.append(Instant.ofEpochMilli(record.getMillis())).append(' ').append(record.getLevel().getName())
                .append(' ').append(record.getLoggerName()).append(" [thread ").append(record.getLongThreadID())
                .append("] ").append(formatMessage(record)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }

    private static String formatMessage(LogRecord record) {
        String message = record.getMessage() == null ? "" : record.getMessage();
        Object[] parameters = record.getParameters();
        if (parameters == null || parameters.length == 0 || !message.contains("{")) {
            return message;
        }
        try {
            return MessageFormat.format(message, parameters);
        } catch (IllegalArgumentException notAPattern) {
            return message;
        }
    }

    @Override
    public void flush() {
        // Every record is forced to the file as it is written.
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing at exit: nothing is left to write.
            }
            channel = null;
        }
    }
}
