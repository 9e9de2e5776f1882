package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.ImportProgress;
import org.loopwatch.store.PostgresTestServer;
import org.loopwatch.store.TeamDatabaseUrl;
import org.loopwatch.store.TeamRole;

/**
 * The team database's password, typed into the app's password dialog, is stored nowhere (issue 17:
 * "asked for, never stored in plain text"): the real app runs as its own process with its home,
 * data, state, cache and java.util.prefs folders in a temporary folder, connects, is quit; then
 * every file it left there (preferences, recent databases, log, data folder), everything it
 * printed, and every row of the team database (audit log included) is searched for the password,
 * as UTF-8, UTF-16 and hex. The same run checks that the window opened inside a 1366 × 768 screen
 * with its status bar on it (SPEC §4).
 */
@Tag("team")
@Tag("gui")
@Tag("process")
class TeamPasswordNotStoredTest {

    @TempDir
    Path folder;

    @Test
    void thePasswordTypedIntoTheDialogIsInNoFileNoOutputAndNoRowAfterwards() throws Exception {
        PostgresTestServer server = PostgresTestServer.shared();
        TeamDatabaseUrl admin = server.newDatabase("secret");
        try (Database seed = Database.teamInit(admin, PostgresTestServer.superuserPassword(), Clock.systemUTC())) {
            long athletes = seed.groups().findByName("Athletes").orElseThrow().id();
            seed.results().importAll(List.of(new DailyResult(LocalDate.now(), athletes, Stage.ARRIVAL, 171, 3, "")),
                    false, "seed", ImportProgress.NONE);
        }
        String user = "desk_" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        server.createLogin(user, password, TeamRole.ENTRY);
        TeamDatabaseUrl url = server.url(user, admin.database(), "");
        Path home = Files.createDirectories(folder.resolve("home"));

        List<String> printed = new ArrayList<>();
        try (DesktopProcess app = DesktopProcess.start(List.of("--db", url.toString()), folder.resolve("process"),
                Map.of("HOME", home.toString(), "XDG_DATA_HOME", home.resolve("data").toString(),
                        "XDG_STATE_HOME", home.resolve("state").toString(),
                        "XDG_CONFIG_HOME", home.resolve("config").toString(),
                        "XDG_CACHE_HOME", home.resolve("cache").toString(),
                        "PGPASSWORD", "", "PGPASSFILE", home.resolve("no-pgpass").toString()),
                List.of("-Duser.home=" + home, "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                        "-Djava.util.prefs.systemRoot=" + home.resolve("system-prefs"),
                        "-Dheadless.geometry=1366x768-32"))) {
            app.send("password " + password);
            printed.add(expect(app, "opened"));
            app.send("window");
            String window = expect(app, "window ");
            printed.add(window);
            app.send("quit");
            assertThat(app.awaitExit()).isZero();
            printed.add(app.errorOutput());
            theWindowAndItsStatusBarAreOnTheScreen(window);
        }

        List<Path> files = filesUnder(folder);
        assertThat(files).as("the app's log, where it writes it").contains(home.resolve("state/loopwatch/loopwatch.log"));
        for (Path file : files) {
            assertThat(holdsPassword(Files.readAllBytes(file), password)).as(file.toString()).isFalse();
        }
        assertThat(String.join("\n", printed)).doesNotContain(password);
        List<String> rows = everyRow(server, admin.database());
        assertThat(rows).as("rows of the audit log").anyMatch(row -> row.startsWith("audit_log "));
        assertThat(rows).noneMatch(row -> holdsPassword(row.getBytes(StandardCharsets.UTF_8), password));
    }

    private void theWindowAndItsStatusBarAreOnTheScreen(String window) {
        // window X Y WIDTH HEIGHT screen WIDTH HEIGHT status-bar RIGHT BOTTOM
        String[] word = window.split(" ");
        double y = Double.parseDouble(word[2]);
        double height = Double.parseDouble(word[4]);
        assertThat(word[6]).isEqualTo("1366.0");
        assertThat(y).as(window).isGreaterThanOrEqualTo(0);
        assertThat(y + height).as(window).isLessThanOrEqualTo(768);
        assertThat(Double.parseDouble(word[9])).as(window).isLessThanOrEqualTo(1366);
        assertThat(Double.parseDouble(word[10])).as(window).isLessThanOrEqualTo(768);
    }

    private static String expect(DesktopProcess app, String start) throws Exception {
        String line = app.awaitLine();
        assertThat(line).startsWith(start);
        return line;
    }

    private static boolean holdsPassword(byte[] content, String password) {
        String[] forms = {
            new String(content, StandardCharsets.UTF_8),
            new String(content, StandardCharsets.UTF_16LE),
            new String(content, StandardCharsets.UTF_16BE),
            new String(content, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT),
        };
        String hex = HexFormat.of().formatHex(password.getBytes(StandardCharsets.UTF_8));
        return Stream.of(forms).anyMatch(text -> text.contains(password) || text.contains(hex));
    }

    private static List<Path> filesUnder(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /* Every row of every table of the team database, each as "table (row as text)". */
    private static List<String> everyRow(PostgresTestServer server, String database) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/"
                + database, PostgresTestServer.SUPERUSER, PostgresTestServer.PASSWORD);
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)"
                    + " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                    + " AND table_schema NOT IN ('pg_catalog', 'information_schema')")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet each = statement.executeQuery("SELECT t::text FROM " + table + " t")) {
                    while (each.next()) {
                        rows.add(table.substring(table.indexOf('.') + 1) + " " + each.getString(1));
                    }
                }
            }
        }
        return rows;
    }
}
