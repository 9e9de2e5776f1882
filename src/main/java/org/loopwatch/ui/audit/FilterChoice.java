package org.loopwatch.ui.audit;

/**
 * One entry of a filter drop-down: a value, or none for "any". Equal choices compare equal, so
 * refreshing the list keeps the person's pick.
 *
 * @param value the value to filter by; null means "do not filter"
 */
public record FilterChoice<T>(T value, String label) {

    public static <T> FilterChoice<T> any(String label) {
        return new FilterChoice<>(null, label);
    }

    public boolean isAny() {
        return value == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
