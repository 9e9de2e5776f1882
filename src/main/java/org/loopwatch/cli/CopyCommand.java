package org.loopwatch.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.store.PasswordPrompt;
import org.loopwatch.store.TeamDatabaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copy --to postgresql://…|FILE.db}: everything of the database into a new one, across
 * engines (SPEC §3.1): a desk's file into a new team database, or a team database's snapshot
 * into a local file.
 */
@Command(name = "copy", mixinStandardHelpOptions = true, sortOptions = false)
final class CopyCommand implements Callable<Integer> {

    @ParentCommand
    private LoopWatchCommand root;

    @Option(names = "--to", required = true, paramLabel = "postgresql://...|FILE.db", descriptionKey = "copy.to")
    private String target;

    @Override
    public Integer call() {
        CommandContext context = root.context();
        if (TeamDatabaseUrl.isTeamUrl(target)) {
            try {
                TeamDatabaseUrl.parse(target);
            } catch (IllegalArgumentException badAddress) {
                throw new UsageException(badAddress.getMessage());
            }
        }
        try (Database source = context.open(OpenMode.MUST_EXIST);
             Database copy = Database.openCopyTarget(target, PasswordPrompt.NONE, context.clock())) {
            Map<String, Long> counts = source.copyTo(copy);
            context.out().println(UsageTexts.TEXT.format("copy.done", source.location(), copy.location(),
                    counts.getOrDefault("daily_results", 0L), counts.getOrDefault("audit_log", 0L),
                    counts.getOrDefault("groups", 0L)));
        }
        return ExitCode.OK;
    }
}
