package org.loopwatch.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.StoreException.Problem;

/**
 * Every sentence the store shows a person, in one place so that wording stays consistent; the
 * words are in the store's bundle ({@code store/messages*.properties}). Each message names the
 * file (or the item) and says what to do. The parts callers pass in — what was being done when a
 * file failed ({@code "created"}, {@code "saving to"}) and why ({@link #why}) — are keys of the
 * bundle too, so a sentence is never half English.
 */
final class StoreMessages {

    private static final Texts TEXT = Texts.of(StoreMessages.class);

    private StoreMessages() {
    }

    /**
     * A reason in the interface language, for {@link #readOnly}, {@link #notADatabase},
     * {@link #corrupt} and {@link #backupNotUsable}: the text of {@code store.why.<key>}.
     */
    static String why(String key, Object... arguments) {
        return TEXT.format("store.why." + key, arguments);
    }

    static StoreException notFound(Path file) {
        return new StoreException(Problem.NOT_FOUND, file, TEXT.format("store.notFound", file), null);
    }

    static StoreException alreadyExists(Path file) {
        return new StoreException(Problem.ALREADY_EXISTS, file, TEXT.format("store.alreadyExists", file), null);
    }

    static StoreException notADatabase(Path file, String whatItIs) {
        return new StoreException(Problem.NOT_A_DATABASE, file,
                TEXT.format("store.notADatabase", file, whatItIs, otherFile()),
                TEXT.format("store.notADatabase", file, whatItIs, otherFileInWindow()), null);
    }

    static StoreException notLoopWatch(Path file) {
        return new StoreException(Problem.NOT_LOOPWATCH, file, TEXT.format("store.notLoopWatch", file, otherFile()),
                TEXT.format("store.notLoopWatch", file, otherFileInWindow()), null);
    }

    static StoreException corrupt(Path file, String detail, Throwable cause) {
        return new StoreException(Problem.CORRUPT, file, TEXT.format("store.corrupt", file, detail, otherFile()),
                TEXT.format("store.corrupt", file, detail, otherFileInWindow()), cause);
    }

    static StoreException newerSchema(Path file, int fileVersion, int appVersion) {
        return new StoreException(Problem.NEWER_SCHEMA, file, TEXT.format("store.newerSchema", file,
                Integer.toString(fileVersion), Integer.toString(appVersion)), null);
    }

    static StoreException readOnly(Path file, String why) {
        return new StoreException(Problem.READ_ONLY, file, TEXT.format("store.readOnly", file, why),
                TEXT.format("store.readOnly.desktop", file, why), null);
    }

    static StoreException lockedByOtherProcess(Path file, String holder) {
        return new StoreException(Problem.LOCKED, file, TEXT.format("store.lockedByOther", file, holder, otherFile()),
                TEXT.format("store.lockedByOther", file, holder, otherFileInWindow()), null);
    }

    static StoreException lockedInThisProcess(Path file) {
        return new StoreException(Problem.LOCKED, file, TEXT.format("store.lockedHere", file, otherFile()),
                TEXT.format("store.lockedHere", file, otherFileInWindow()), null);
    }

    static StoreException busy(Path file, Throwable cause) {
        return new StoreException(Problem.LOCKED, file, TEXT.format("store.busy", file), cause);
    }

    static StoreException diskFull(Path file, Throwable cause) {
        return new StoreException(Problem.DISK_FULL, file, TEXT.format("store.diskFull", file), cause);
    }

    /** @param doing what could not be done to the file: a key of {@code store.done.*}, e.g. "created" */
    static StoreException io(Path file, String doing, Throwable cause) {
        return new StoreException(Problem.IO, file, TEXT.format("store.io", file, done(doing), describe(cause)), cause);
    }

    /** The same, for a file that could not be created because its folder could not be made. */
    static StoreException folderNotMade(Path file, Path folder, Throwable cause) {
        return new StoreException(Problem.IO, file, TEXT.format("store.io", file,
                TEXT.format("store.done.createdWithoutFolder", folder), describe(cause)), cause);
    }

    /** The same, for a database that could not be replaced by a backup. */
    static StoreException notReplacedByBackup(Path file, Path backup, Throwable cause) {
        return new StoreException(Problem.IO, file, TEXT.format("store.io", file,
                TEXT.format("store.done.replacedByBackup", backup.getFileName()), describe(cause)), cause);
    }

    /** The same, for a lock file that could not be taken. */
    static StoreException notLocked(Path file, Path lockFile, Throwable cause) {
        return new StoreException(Problem.IO, file, TEXT.format("store.io", file,
                TEXT.format("store.done.locked", lockFile.getFileName()), describe(cause)), cause);
    }

    static StoreException migrationFailed(Path file, String script, int leftAt, Throwable cause) {
        return new StoreException(Problem.MIGRATION_FAILED, file, TEXT.format("store.migrationFailed", file, script,
                describe(cause), Integer.toString(leftAt)), cause);
    }

    static StoreException constraint(Path file, Throwable cause) {
        return new StoreException(Problem.CONSTRAINT, file, TEXT.format("store.constraint", file, describe(cause)),
                cause);
    }

    static StoreException fileDeletedAndPutBack(Path file, long rows) {
        return new StoreException(Problem.FILE_REPLACED, file, TEXT.format("store.fileDeletedAndPutBack", file, rows),
                null);
    }

    static StoreException fileReplaced(Path file, Path rescued) {
        return new StoreException(Problem.FILE_REPLACED, file, TEXT.format("store.fileReplaced", file, rescued,
                rescued.getFileName()), null);
    }

    static StoreException fileReplacedNoRescue(Path file, Throwable cause) {
        return new StoreException(Problem.FILE_REPLACED, file, TEXT.format("store.fileReplacedNoRescue", file,
                describe(cause)), cause);
    }

    static StoreException backupDamaged(Path backup, String detail) {
        return new StoreException(Problem.BACKUP_FAILED, backup, TEXT.format("store.backupDamaged", backup, detail),
                null);
    }

    static StoreException backupFailed(Path backup, Throwable cause) {
        return new StoreException(Problem.BACKUP_FAILED, backup, TEXT.format("store.backupFailed", backup,
                describe(cause)), cause);
    }

    static StoreException backupNotUsable(Path backup, String why) {
        return new StoreException(Problem.BACKUP_FAILED, backup, TEXT.format("store.backupNotUsable", backup, why),
                null);
    }

    static StoreException closed(Path file) {
        return new StoreException(Problem.CLOSED, file, TEXT.format("store.closed", file), null);
    }

    /** @param doing what was being done, a key of {@code store.doing.*} such as "saving to" */
    static StoreException unexpected(Path file, String doing, Throwable cause) {
        String while_ = TEXT.has(key("store.doing.", doing)) ? TEXT.get(key("store.doing.", doing)) : doing;
        return new StoreException(Problem.UNEXPECTED, file, TEXT.format("store.unexpected", file, while_,
                describe(cause)), cause);
    }

    static DuplicateEntryException duplicate(List<DailyResult> existing) {
        DailyResult first = existing.getFirst();
        String message = existing.size() == 1
                ? TEXT.format("store.duplicateOne", first.date(), Long.toString(first.groupId()), first.stage().code(),
                        Long.toString(first.positives()), Long.toString(first.tests()))
                : TEXT.format("store.duplicateMany", Integer.toString(existing.size()), first.date(),
                        Long.toString(first.groupId()), first.stage().code());
        return new DuplicateEntryException(message, existing);
    }

    static ReasonRequiredException reasonRequired(List<LocalDate> dates) {
        String days = dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        return new ReasonRequiredException(TEXT.format(dates.size() == 1 ? "store.reasonOneDay" : "store.reasonDays",
                days), dates);
    }

    /** @param kind "group" or "rollup" */
    static NameTakenException nameTaken(String kind, String existingName) {
        return new NameTakenException(TEXT.format("store.nameTaken", TEXT.get("store.kind." + kind), existingName),
                existingName);
    }

    static GroupHasDataException groupHasData(Group group, long results) {
        return new GroupHasDataException(TEXT.format("store.groupHasData", group.name(), results), group, results);
    }

    static ConcurrentChangeException changedBeforeDelete(DailyResult read, VersionedResult stored) {
        String key = stored == null ? "conflict.deletedBeforeDelete" : "conflict.changedBeforeDelete";
        String theirs = stored == null ? "" : counts(stored.result());
        return new ConcurrentChangeException(TEXT.format(key, read.date().toString(), read.stage().code(), theirs,
                counts(read)), read, stored);
    }

    static ConcurrentChangeException changedMeanwhile(DailyResult attempted, VersionedResult stored) {
        String key = stored == null ? "conflict.deleted" : "conflict.changed";
        String theirs = stored == null ? "" : counts(stored.result());
        return new ConcurrentChangeException(TEXT.format(key, attempted.date().toString(), attempted.stage().code(),
                theirs, counts(attempted)), attempted, stored);
    }

    /* "2 / 3,000": positives over tests, with the interface language's thousands separators. */
    private static String counts(DailyResult result) {
        return TEXT.format("conflict.counts", result.positives(), result.tests());
    }

    /**
     * @param kind  "group", "rollup" or "keyDate" (with its id), or "result" (with its date, group id
     *              and stage code)
     */
    static NoSuchItemException noSuch(String kind, Object... which) {
        // Ids as written, without thousands separators.
        Object[] shown = java.util.Arrays.stream(which).map(part -> part instanceof Number ? part.toString() : part)
                .toArray();
        return new NoSuchItemException(TEXT.format("store.noSuch." + kind, shown));
    }

    private static String otherFile() {
        return TEXT.get("store.otherFile");
    }

    private static String otherFileInWindow() {
        return TEXT.get("store.otherFile.desktop");
    }

    private static String done(String doing) {
        return TEXT.has(key("store.done.", doing)) ? TEXT.get(key("store.done.", doing)) : doing;
    }

    private static String key(String prefix, String words) {
        return prefix + words.replace(' ', '_');
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return TEXT.get("store.noDetails");
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
