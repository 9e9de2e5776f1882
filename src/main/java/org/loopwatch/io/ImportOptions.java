package org.loopwatch.io;

/**
 * Choices of an import.
 *
 * @param replaceExisting rows that exist in the database are overwritten instead of being errors
 * @param createGroups    groups the file names but the database lacks are added instead of being errors
 */
public record ImportOptions(boolean replaceExisting, boolean createGroups) {

    public static final ImportOptions STRICT = new ImportOptions(false, false);
}
