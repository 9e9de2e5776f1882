package org.loopwatch.cli;

import org.loopwatch.domain.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints; {@link CommandLine} prints the same line without building the commands. */
final class VersionText {

    private VersionText() {
    }

    static String line() {
        return "LoopWatch " + AppVersion.current();
    }

    /** For picocli ({@code -V}, and {@code --version} after other options), loaded only then. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {line()};
        }
    }
}
