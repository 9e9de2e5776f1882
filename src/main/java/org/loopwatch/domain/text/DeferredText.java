package org.loopwatch.domain.text;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A sentence written when it is first read, from a recipe: the values it is made of and how to
 * write them. Equal recipes write equal sentences, so two deferred texts are compared by their
 * recipes and comparing them writes neither.
 *
 * <p>Why: a dashboard's chart points each carry a tooltip sentence that a screen reader or a mouse
 * asks for a few of at a time, but every point of every changed series was written at each save
 * (MessageFormat, dates, alert explanations: a quarter of the computation after a save, decision
 * 0054). The recipe should be a record (its equality is that of its values) holding only the
 * values the sentence needs, not the data they came from, so a kept text keeps no old data alive.
 * Written once, the sentence is kept; two threads reading it first at once may both write it,
 * which is harmless as they write the same.
 */
public final class DeferredText implements CharSequence {

    private final Supplier<String> recipe;
    private volatile String written;

    private DeferredText(Supplier<String> recipe, String written) {
        this.recipe = recipe;
        this.written = written;
    }

    /** A text written from {@code recipe} when first read; {@code recipe}'s equality must be that of its values. */
    public static DeferredText of(Supplier<String> recipe) {
        return new DeferredText(Objects.requireNonNull(recipe, "recipe"), null);
    }

    /** A text already written. */
    public static DeferredText written(String text) {
        Objects.requireNonNull(text, "text");
        return new DeferredText(new Written(text), text);
    }

    /** Whether the sentence has been written yet (for tests of when it is). */
    public boolean isWritten() {
        return written != null;
    }

    @Override
    public String toString() {
        String text = written;
        if (text == null) {
            text = Objects.requireNonNull(recipe.get(), "a recipe wrote no text");
            written = text;
        }
        return text;
    }

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof DeferredText text && text.recipe.equals(recipe);
    }

    @Override
    public int hashCode() {
        return recipe.hashCode();
    }

    /* A text written up front: its recipe is the text itself. */
    private record Written(String text) implements Supplier<String> {
        @Override
        public String get() {
            return text;
        }
    }
}
