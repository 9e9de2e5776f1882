package org.loopwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshWhileShownTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final RefreshWhileShown refresh = new RefreshWhileShown(reads::incrementAndGet);

    @Test
    void aShownScreenReadsAfterEveryChange() {
        refresh.changed();
        refresh.changed();

        assertThat(reads).hasValue(2);
    }

    @Test
    void aHiddenScreenReadsOnceWhenShownAgainWhateverTheNumberOfChanges() {
        refresh.shown(false);
        refresh.changed();
        refresh.changed();
        refresh.changed();
        assertThat(reads).hasValue(0);
        assertThat(refresh.stale()).isTrue();

        refresh.shown(true);

        assertThat(reads).hasValue(1);
        assertThat(refresh.stale()).isFalse();
    }

    @Test
    void showingAScreenThatMissedNothingReadsNothing() {
        refresh.shown(false);
        refresh.shown(true);

        assertThat(reads).hasValue(0);
    }
}
