package org.loopwatch.cli;

import java.util.concurrent.Callable;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.text.ListStyle;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import picocli.CommandLine.Model.CommandSpec;

/** {@code init}: creates a new database with the schema and default groups; refuses an existing file. */
final class InitCommand implements Callable<Integer> {

    private final LoopWatchCommand root;

    private InitCommand(LoopWatchCommand root) {
        this.root = root;
    }

    static CommandSpec spec(LoopWatchCommand root) {
        return CommandSpecs.withStandardHelp(CommandSpecs.command("init", new InitCommand(root)));
    }

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
