package org.loopwatch.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server of the test run's own: {@code initdb} into a temporary folder and
 * {@code pg_ctl start} on a free port, with password logins and TLS (a CA and a server
 * certificate for {@code localhost} made with openssl), so that tests may also restart it and
 * other engineers' runs on the same machine never meet it. As root (CI), the server runs as the
 * {@code postgres} user, since PostgreSQL refuses to run as root.
 *
 * <p>Where no PostgreSQL is installed the team tests are skipped with a message, except in CI
 * ({@code CI=true}), where they fail: {@code .ci/run} installs Debian's {@code postgresql}.
 */
public final class PostgresTestServer implements AutoCloseable {

    public static final String SUPERUSER = "lw_super";
    public static final String PASSWORD = "test-only-" + UUID.randomUUID();

    private static PostgresTestServer shared;

    private final Path bin;
    private final Path base;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;
    private boolean durable;

    private PostgresTestServer(Path bin, Path base, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.base = base;
        this.data = base.resolve("data");
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The server shared by the tests of this run, started on first use. */
    public static synchronized PostgresTestServer shared() {
        if (shared == null) {
            shared = startNew();
            PostgresTestServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return shared;
    }

    /** A server of the caller's own (which it may stop and restart); close it at the end. */
    public static PostgresTestServer startNew() {
        return startNew(false);
    }

    /**
     * As {@link #startNew()}; {@code durable} keeps PostgreSQL's default {@code fsync=on} (for
     * benchmarks: a COMMIT then waits for the disk as on a real server), else the tests' {@code fsync=off}.
     */
    public static PostgresTestServer startNew(boolean durable) {
        Path bin = binaries();
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path base = Files.createTempDirectory("loopwatch-pg-");
            PostgresTestServer server = new PostgresTestServer(bin, base, freePort(), root);
            server.durable = durable;
            server.initialise();
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not start a PostgreSQL server for the tests", e);
        }
    }

    public int port() {
        return port;
    }

    public Path caCertificate() {
        return base.resolve("ca.crt");
    }

    /** A new, empty database with a name no other test uses; the address logs in as the superuser. */
    public TeamDatabaseUrl newDatabase(String purpose) {
        String name = ("lw_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = superConnection("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url(SUPERUSER, name, "");
    }

    /** An address of a database on this server for {@code user}, with extra options such as {@code ?sslmode=...}. */
    public TeamDatabaseUrl url(String user, String database, String options) {
        return TeamDatabaseUrl.parse("postgresql://" + user + "@localhost:" + port + "/" + database + options);
    }

    /** A login role with a password, member of the given team roles (which team init created). */
    public void createLogin(String user, String password, TeamRole... roles) {
        try (Connection connection = superConnection("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'");
            for (TeamRole role : roles) {
                statement.execute("GRANT " + role.roleName() + " TO " + user);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain connection as the superuser to {@code database}, bypassing LoopWatch (the team bench's probe reads on one). */
    public Connection plainConnection(TeamDatabaseUrl database) throws SQLException {
        return superConnection(database.database());
    }

    /** A plain connection as the superuser, bypassing LoopWatch. */
    Connection superConnection(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", PASSWORD);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, properties);
    }

    /**
     * Makes every COMMIT that wrote daily results in {@code database} wait {@code seconds} inside the
     * COMMIT (a deferred constraint trigger), so that a test can stop the server while a save commits.
     */
    public void slowCommitsOfResults(TeamDatabaseUrl database, double seconds) {
        try (Connection connection = superConnection(database.database()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE FUNCTION loopwatch.test_slow_commit() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN PERFORM pg_sleep(" + seconds + "); RETURN NULL; END $$");
            statement.execute("CREATE CONSTRAINT TRIGGER test_slow_commit AFTER INSERT OR UPDATE ON loopwatch.daily_results "
                    + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION loopwatch.test_slow_commit()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fills {@code database} with a history, bypassing LoopWatch: a result for every group and stage
     * on each of the {@code days} days before {@code before} (7,300 days of the 4 default groups: 58,400 rows).
     */
    public void seedHistory(TeamDatabaseUrl database, java.time.LocalDate before, int days) {
        try (Connection connection = superConnection(database.database()); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = loopwatch"); // the tables' triggers name tables unqualified
            statement.executeUpdate("INSERT INTO loopwatch.daily_results (date, group_id, stage, tests, positives, updated_at) "
                    + "SELECT DATE '" + before + "' - n, g.id, s.stage, 1000 + n % 97, n % 5, now() "
                    + "FROM generate_series(1, " + days + ") n, loopwatch.groups g, (VALUES ('arrival'), ('in_loop')) s (stage)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True while some session of the server waits in {@code pg_sleep}, e.g. a COMMIT slowed by {@link #slowCommitsOfResults}. */
    public boolean someSessionSleeps() {
        try (Connection connection = superConnection("postgres"); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'")) {
            rows.next();
            return rows.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The password prompt a person would answer with the superuser's password. */
    public static PasswordPrompt superuserPassword() {
        return (url, refused) -> refused ? Optional.empty() : Optional.of(PASSWORD.toCharArray());
    }

    /** Stops the server as a crash would (no checkpoint; recovery at the next start) and starts it again. */
    public void crashAndRestart() {
        pgCtl("stop", "-m", "immediate");
        start();
    }

    /** Stops the server as a crash would ({@code pg_ctl stop -m immediate}), until {@link #start()}. */
    public void stopImmediately() {
        pgCtl("stop", "-m", "immediate");
    }

    /** Starts the server (again), waiting until it accepts connections. */
    public void start() {
        String options = "-p " + port + " -k " + base + " -c listen_addresses=localhost" + (durable ? "" : " -c fsync=off")
                + " -c ssl=on -c ssl_cert_file=" + base.resolve("server.crt") + " -c ssl_key_file=" + base.resolve("server.key")
                + " -c max_connections=60";
        pgCtl("start", "-w", "-t", "60", "-l", base.resolve("server.log").toString(), "-o", options);
    }

    @Override
    public void close() {
        try {
            pgCtl("stop", "-m", "immediate");
        } catch (RuntimeException alreadyStopped) {
            // Nothing to stop.
        }
        try (Stream<Path> files = Files.walk(base)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }

    private void initialise() throws IOException {
        Path passwordFile = Files.writeString(base.resolve("pw"), PASSWORD + "\n");
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=LoopWatch test CA",
                "-keyout", base.resolve("ca.key").toString(), "-out", base.resolve("ca.crt").toString()), false);
        run(List.of("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                "-keyout", base.resolve("server.key").toString(), "-out", base.resolve("server.csr").toString()), false);
        Path extensions = Files.writeString(base.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n");
        run(List.of("openssl", "x509", "-req", "-in", base.resolve("server.csr").toString(), "-CA", base.resolve("ca.crt").toString(),
                "-CAkey", base.resolve("ca.key").toString(), "-CAcreateserial", "-days", "2", "-extfile", extensions.toString(),
                "-out", base.resolve("server.crt").toString()), false);
        if (asPostgresUser) {
            UserPrincipal postgres = base.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            try (Stream<Path> files = Files.list(base)) {
                for (Path file : files.toList()) {
                    Files.setOwner(file, postgres);
                }
            }
            Files.setOwner(base, postgres);
        }
        Files.setPosixFilePermissions(base.resolve("server.key"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + passwordFile,
                "-A", "scram-sha-256", "--no-sync", "-E", "UTF8", "--locale=C"), asPostgresUser);
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString()));
        command.addAll(List.of(arguments));
        run(command, asPostgresUser);
    }

    private void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Path log = Files.createTempFile("loopwatch-pg-cmd", ".log");
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                String output = Files.readString(log, StandardCharsets.UTF_8);
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", full) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The newest installed server's programs; skips (fails in CI) when there is none. */
    private static Path binaries() {
        Optional<Path> found = Optional.empty();
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                found = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparingInt(PostgresTestServer::major));
            } catch (IOException ignored) {
                // Treated as not installed.
            }
        }
        if (found.isEmpty()) {
            String why = "no PostgreSQL server programs under /usr/lib/postgresql (Debian: apt-get install postgresql)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Team-mode tests are mandatory in CI, but there is " + why);
            }
            assumeTrue(false, "Team-mode tests skipped: " + why);
        }
        return found.get();
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
