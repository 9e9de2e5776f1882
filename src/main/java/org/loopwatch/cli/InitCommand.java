package org.loopwatch.cli;

import java.util.concurrent.Callable;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.text.ListStyle;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code init}: creates a new database with the schema and default groups; refuses an existing file. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false)
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    private LoopWatchCommand root;

    @Override
    public Integer call() {
        CommandContext context = root.context();
        if (context.team().isPresent()) {
            throw new UsageException(UsageTexts.TEXT.format("error.initOnTeam", context.location()));
        }
        try (Database database = Database.open(context.database(), OpenMode.CREATE_NEW)) {
            context.out().println(UsageTexts.TEXT.format("init.done", database.file().toAbsolutePath(),
                    ListStyle.names(database.groups().findAll().stream().map(Group::name).toList())));
        }
        return ExitCode.OK;
    }
}
