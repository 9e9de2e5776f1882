package org.loopwatch.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A deferred sentence is written once, on first read, and compared by its recipe without writing it. */
class DeferredTextTest {

    private static final AtomicInteger WRITTEN = new AtomicInteger();

    private record Sentence(String name, int count) implements Supplier<String> {
        @Override
        public String get() {
            WRITTEN.incrementAndGet();
            return name + ": " + count;
        }
    }

    @Test
    void theSentenceIsWrittenOnFirstReadOnly() {
        WRITTEN.set(0);
        DeferredText text = DeferredText.of(new Sentence("Athletes", 3));

        assertThat(text.isWritten()).isFalse();
        assertThat(WRITTEN).hasValue(0);
        assertThat(text.toString()).isEqualTo("Athletes: 3");
        assertThat(text.length()).isEqualTo(11);
        assertThat(text.isWritten()).isTrue();
        assertThat(WRITTEN).hasValue(1);
    }

    @Test
    void textsOfEqualRecipesAreEqualWithoutBeingWritten() {
        WRITTEN.set(0);
        DeferredText one = DeferredText.of(new Sentence("Athletes", 3));
        DeferredText same = DeferredText.of(new Sentence("Athletes", 3));
        DeferredText other = DeferredText.of(new Sentence("Athletes", 4));

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat(WRITTEN).hasValue(0);
        assertThat(DeferredText.written("x")).isEqualTo(DeferredText.written("x"));
    }
}
