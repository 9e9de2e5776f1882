package org.loopwatch.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.store.StoreException.Problem;

/**
 * Every sentence the store shows a person, in one place so that wording stays consistent and can
 * later move to a resource bundle. Each message names the file (or the item) and says what to do.
 */
final class StoreMessages {

    private static final String OTHER_FILE = "open another file with --db";
    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(StoreMessages.class);

    private StoreMessages() {
    }

    static StoreException notFound(Path file) {
        return new StoreException(Problem.NOT_FOUND, file, file + " does not exist. Check the path, "
                + "or create a new database there with: loopwatch --db " + file + " init", null);
    }

    static StoreException alreadyExists(Path file) {
        return new StoreException(Problem.ALREADY_EXISTS, file, file + " already exists, and init never "
                + "overwrites a file. Use that database as it is, or choose a new path with --db.", null);
    }

    static StoreException notADatabase(Path file, String whatItIs) {
        return new StoreException(Problem.NOT_A_DATABASE, file, file + " is not a LoopWatch database ("
                + whatItIs + "). It was left unchanged; check the path, or " + OTHER_FILE + ".", null);
    }

    static StoreException notLoopWatch(Path file) {
        return new StoreException(Problem.NOT_LOOPWATCH, file, file + " is an SQLite database of another "
                + "program, not of LoopWatch. It was left unchanged; " + OTHER_FILE + ".", null);
    }

    static StoreException corrupt(Path file, String detail, Throwable cause) {
        return new StoreException(Problem.CORRUPT, file, file + " is damaged (SQLite integrity check: "
                + detail + "). It was left unchanged; restore it from a backup, or " + OTHER_FILE + ".", cause);
    }

    static StoreException newerSchema(Path file, int fileVersion, int appVersion) {
        return new StoreException(Problem.NEWER_SCHEMA, file, file + " was written by a newer LoopWatch (schema "
                + fileVersion + ", this app knows " + appVersion + "); install the newer version. "
                + "The file was left unchanged.", null);
    }

    static StoreException readOnly(Path file, String why) {
        return new StoreException(Problem.READ_ONLY, file, file + " cannot be written (" + why + "). "
                + "Make it writable, or copy it to a writable folder and open the copy with --db.", null);
    }

    static StoreException lockedByOtherProcess(Path file, String holder) {
        return new StoreException(Problem.LOCKED, file, file + " is held by another running LoopWatch ("
                + holder + "). Close that window first, or " + OTHER_FILE + ".", null);
    }

    static StoreException lockedInThisProcess(Path file) {
        return new StoreException(Problem.LOCKED, file, file + " is already open in this LoopWatch. "
                + "Use the open window, or " + OTHER_FILE + ".", null);
    }

    static StoreException busy(Path file, Throwable cause) {
        return new StoreException(Problem.LOCKED, file, file + " stayed busy: another program is using it. "
                + "The change was not saved; close the other program and try again.", cause);
    }

    static StoreException diskFull(Path file, Throwable cause) {
        return new StoreException(Problem.DISK_FULL, file, "The disk holding " + file + " is full; "
                + "the change was not saved. Free some space and try again.", cause);
    }

    static StoreException io(Path file, String doing, Throwable cause) {
        return new StoreException(Problem.IO, file, file + " could not be " + doing + " (" + describe(cause)
                + "). Check the disk and the path, then try again.", cause);
    }

    static StoreException migrationFailed(Path file, String script, int leftAt, Throwable cause) {
        return new StoreException(Problem.MIGRATION_FAILED, file, file + " could not be upgraded: " + script
                + " failed (" + describe(cause) + ") and was rolled back, so the database is still at schema "
                + leftAt + ". Keep the file and report this problem.", cause);
    }

    static StoreException constraint(Path file, Throwable cause) {
        return new StoreException(Problem.CONSTRAINT, file, file + " refused the change ("
                + describe(cause) + "); nothing was saved.", cause);
    }

    static StoreException fileDeletedAndPutBack(Path file, long rows) {
        return new StoreException(Problem.FILE_REPLACED, file, file + " was deleted or moved while LoopWatch had it "
                + "open. LoopWatch wrote everything saved up to now (" + rows + (rows == 1 ? " entry" : " entries")
                + ") back to " + file + ". The last change was not saved: save it again.", null);
    }

    static StoreException fileReplaced(Path file, Path rescued) {
        return new StoreException(Problem.FILE_REPLACED, file, file + " was replaced by another file while LoopWatch "
                + "had it open. LoopWatch left that file alone and kept everything saved up to now as " + rescued
                + ". The change was not saved. Close LoopWatch, decide which file to keep, and restore "
                + rescued.getFileName() + " from Settings › Backups if it is the right one.", null);
    }

    static StoreException fileReplacedNoRescue(Path file, Throwable cause) {
        return new StoreException(Problem.FILE_REPLACED, file, file + " was deleted, moved or replaced while LoopWatch "
                + "had it open, and LoopWatch could not keep a copy of what was saved (" + describe(cause) + "). "
                + "Do not close LoopWatch: free some disk space or make the folder writable, then save again.", cause);
    }

    static StoreException backupDamaged(Path backup, String detail) {
        return new StoreException(Problem.BACKUP_FAILED, backup, "The backup " + backup + " failed SQLite's integrity "
                + "check (" + detail + ") and was deleted. Your database was not changed; try again, and check "
                + "the disk if it happens again.", null);
    }

    static StoreException backupFailed(Path backup, Throwable cause) {
        return new StoreException(Problem.BACKUP_FAILED, backup, "The backup " + backup + " could not be written ("
                + describe(cause) + "). Your database was not changed; free some disk space or check that the "
                + "folder is writable, then try again.", cause);
    }

    static StoreException backupNotUsable(Path backup, String why) {
        return new StoreException(Problem.BACKUP_FAILED, backup, "The backup " + backup + " cannot be restored ("
                + why + "). Nothing was changed; choose another backup.", null);
    }

    static StoreException closed(Path file) {
        return new StoreException(Problem.CLOSED, file, file + " was already closed in this window; "
                + "open it again.", null);
    }

    static StoreException unexpected(Path file, String doing, Throwable cause) {
        return new StoreException(Problem.UNEXPECTED, file, "Unexpected database error while " + doing
                + " " + file + " (" + describe(cause) + "); nothing was saved.", cause);
    }

    static DuplicateEntryException duplicate(List<DailyResult> existing) {
        DailyResult first = existing.getFirst();
        String which = existing.size() == 1
                ? "An entry for " + first.date() + ", group " + first.groupId() + ", " + first.stage().code()
                  + " exists already (" + first.positives() + " / " + first.tests() + ")"
                : existing.size() + " entries exist already, the first for " + first.date() + ", group "
                  + first.groupId() + ", " + first.stage().code();
        return new DuplicateEntryException(which + ". Choose replace to overwrite, or cancel.", existing);
    }

    static ReasonRequiredException reasonRequired(List<LocalDate> dates) {
        String days = dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        String subject = dates.size() == 1 ? days + " is closed" : "These days are closed: " + days;
        return new ReasonRequiredException(subject + ". Give a reason for changing it; the reason is kept in "
                + "the audit log.", dates);
    }

    static NameTakenException nameTaken(String kind, String existingName) {
        return new NameTakenException("A " + kind + " named \"" + existingName + "\" exists already (names "
                + "ignore upper and lower case). Choose another name.", existingName);
    }

    static GroupHasDataException groupHasData(Group group, long results) {
        return new GroupHasDataException("\"" + group.name() + "\" has " + results + " daily "
                + (results == 1 ? "result" : "results") + " and cannot be deleted. Rename it, or deactivate "
                + "it to hide it from entry.", group, results);
    }

    static ConcurrentChangeException changedMeanwhile(DailyResult attempted, VersionedResult stored) {
        String key = stored == null ? "conflict.deleted" : "conflict.changed";
        String theirs = stored == null ? "" : stored.result().positives() + " / " + stored.result().tests();
        return new ConcurrentChangeException(TEXT.format(key, attempted.date().toString(), attempted.stage().code(),
                theirs, attempted.positives() + " / " + attempted.tests()), attempted, stored);
    }

    static NoSuchItemException noSuch(String what) {
        return new NoSuchItemException("There is no " + what + " (it may have been deleted meanwhile). "
                + "Refresh and try again.");
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "no details";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
