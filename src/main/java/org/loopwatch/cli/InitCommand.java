package org.loopwatch.cli;

import java.util.List;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/** {@code init}: creates a new database with the schema and default groups; refuses an existing file. */
final class InitCommand implements Command {

    @Override
    public int run(CommandContext context, List<String> args) {
        if (!args.isEmpty()) {
            throw new UsageException("init takes no arguments, but got: " + String.join(" ", args));
        }
        try (Database database = Database.open(context.database(), OpenMode.CREATE_NEW)) {
            context.out().println("Created " + database.file().toAbsolutePath()
                    + " with groups " + database.groups().findAll().stream()
                    .map(group -> group.name()).toList());
        }
        return ExitCode.OK;
    }
}
