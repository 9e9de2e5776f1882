package org.loopwatch.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a second LoopWatch off a database that is open, with an operating-system lock on
 * {@code <db>.lock}. The lock dies with the process, so a file left behind by a killed LoopWatch
 * never blocks; the file's text (pid, host, start time) only serves the message.
 */
final class DatabaseLock implements AutoCloseable {

    /*
     * Lock one byte far beyond the text: on Windows locks are mandatory, and locking the text
     * itself would stop the next LoopWatch from reading who holds the database.
     */
    private static final long LOCK_POSITION = 1L << 30;

    /*
     * Lock files held in this JVM. Checked before touching the file because on Linux closing any
     * descriptor of a file drops all of the process's locks on it: a second open in the same JVM
     * must not even open the lock file.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    /**
     * Refuses a database this process holds already ({@link StoreException.Problem#LOCKED}), without
     * touching its lock file; for the checks that run before {@link #acquire}.
     */
    static void requireNotHeldHere(Path database) {
        if (HELD_HERE.contains(lockFileFor(database))) {
            throw StoreMessages.lockedInThisProcess(database);
        }
    }

    /**
     * Takes the lock for {@code database}, or throws {@link StoreException.Problem#LOCKED}. Creates
     * the lock file (mode 0600) when there is none; it is never deleted again.
     */
    static DatabaseLock acquire(Path database, Clock clock) {
        Path lockFile = lockFileFor(database);
        if (!HELD_HERE.add(lockFile)) {
            throw StoreMessages.lockedInThisProcess(database);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), OwnerOnlyFiles.fileAttributes(lockFile));
            OwnerOnlyFiles.restrict(lockFile);
            FileLock lock = channel.tryLock(LOCK_POSITION, 1, false);
            if (lock == null) {
                throw StoreMessages.lockedByOtherProcess(database, describeHolder(lockFile, clock));
            }
            writeHolder(channel, clock);
            return new DatabaseLock(lockFile, channel, lock);
        } catch (OverlappingFileLockException heldByThisJvm) {
            closeQuietly(channel);
            HELD_HERE.remove(lockFile);
            throw StoreMessages.lockedInThisProcess(database);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_HERE.remove(lockFile);
            throw StoreMessages.notLocked(database, lockFile, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            HELD_HERE.remove(lockFile);
            throw e;
        }
    }

    /**
     * Releases the lock. The file stays: deleting it would let one process lock the old file
     * while another creates and locks a new one, both believing they hold the database.
     */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it as well.
        } finally {
            closeQuietly(channel);
            HELD_HERE.remove(lockFile);
        }
    }

    private static void writeHolder(FileChannel channel, Clock clock) throws IOException {
        String text = "pid=" + ProcessHandle.current().pid() + "\n"
                + "host=" + Desk.name() + "\n"
                + "since=" + Instant.now(clock) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** "process 1234 on host h, since 10:02", or less when the holder wrote nothing readable yet. */
    private static String describeHolder(Path lockFile, Clock clock) {
        Properties holder = new Properties();
        try (var reader = Files.newBufferedReader(lockFile, StandardCharsets.UTF_8)) {
            holder.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            return StoreMessages.why("holderUnknown");
        }
        String pid = holder.getProperty("pid");
        if (pid == null) {
            return StoreMessages.why("holderUnknown");
        }
        String host = holder.getProperty("host");
        String since = holder.getProperty("since");
        String process = host != null && !host.isBlank() ? StoreMessages.why("holderOnHost", pid, host)
                : StoreMessages.why("holder", pid);
        return since == null ? process : StoreMessages.why("holderSince", process, localTime(since, clock));
    }

    private static String localTime(String instant, Clock clock) {
        try {
            ZoneId zone = ZoneId.systemDefault();
            ZonedDateTime at = Instant.parse(instant).atZone(zone);
            boolean today = at.toLocalDate().equals(LocalDate.now(clock.withZone(zone)));
            return at.format(DateTimeFormatter.ofPattern(today ? "HH:mm" : "yyyy-MM-dd HH:mm"));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more can be done; the lock goes with the process.
            }
        }
    }
}
