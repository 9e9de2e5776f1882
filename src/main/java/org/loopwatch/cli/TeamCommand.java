package org.loopwatch.cli;

import java.util.concurrent.Callable;
import org.loopwatch.domain.Group;
import org.loopwatch.store.Database;
import org.loopwatch.store.PasswordPrompt;
import org.loopwatch.store.TeamRole;
import picocli.CommandLine.Model.CommandSpec;

/** {@code team}: commands for a team database on PostgreSQL (SPEC §3.1); so far {@code team init}. */
final class TeamCommand implements Callable<Integer> {

    private final LoopWatchCommand root;

    private TeamCommand(LoopWatchCommand root) {
        this.root = root;
    }

    static CommandSpec spec(LoopWatchCommand root) {
        TeamCommand team = new TeamCommand(root);
        return CommandSpecs.withStandardHelp(CommandSpecs.command("team", team))
                .addSubcommand("init", CommandSpecs.withStandardHelp(CommandSpecs.command("init", new Init(team))));
    }

    @Override
    public Integer call() {
        throw new UsageException(UsageTexts.TEXT.get("error.teamKind"));
    }

    LoopWatchCommand root() {
        return root;
    }

    /** {@code team init}: schema, default groups and roles in an existing, empty PostgreSQL database. */
    static final class Init implements Callable<Integer> {

        private final TeamCommand team;

        private Init(TeamCommand team) {
            this.team = team;
        }

        @Override
        public Integer call() {
            CommandContext context = team.root().context();
            var url = context.team().orElseThrow(() -> new UsageException(
                    UsageTexts.TEXT.format("error.teamInitOnFile", context.location())));
            try (Database database = Database.teamInit(url, PasswordPrompt.NONE, context.clock())) {
                context.out().println(UsageTexts.TEXT.format("team.init.done", url,
                        database.groups().findAll().stream().map(Group::name).toList().toString(),
                        TeamRole.ENTRY.roleName(), TeamRole.ANALYST.roleName(), TeamRole.ADMIN.roleName(),
                        database.user()));
            }
            return ExitCode.OK;
        }
    }
}
