package org.loopwatch.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.loopwatch.domain.text.Texts;

/**
 * The address of a team database, as typed after {@code --db} (SPEC §3.1):
 * {@code postgresql://[user@]host[:port]/dbname[?sslmode=...]}. It never holds a password: the
 * password comes from {@code PGPASSWORD}, the standard password file, or is asked for.
 *
 * @param user     the database user; empty means the operating-system user, as for {@code psql}
 * @param host     a host name or address (IPv6 in brackets)
 * @param port     5432 unless given
 * @param database the database name
 * @param options  the connection options given after {@code ?}, in order
 */
public record TeamDatabaseUrl(Optional<String> user, String host, int port, String database, Map<String, String> options) {

    /** What an address starts with. */
    public static final String SCHEME = "postgresql://";

    /** The options LoopWatch passes on to the driver; others are refused rather than ignored. */
    public static final Set<String> OPTIONS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout");

    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Texts TEXT = Texts.of(TeamDatabaseUrl.class);

    public TeamDatabaseUrl {
        options = Map.copyOf(options);
    }

    /** True when {@code text} is meant as a team database rather than a file path. */
    public static boolean isTeamUrl(String text) {
        return text != null && text.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /**
     * Reads an address.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong and how it should look
     */
    public static TeamDatabaseUrl parse(String text) {
        if (!isTeamUrl(text)) {
            throw bad(text, TEXT.get("url.scheme"));
        }
        URI uri;
        try {
            uri = new URI(SCHEME + text.substring(SCHEME.length()));
        } catch (URISyntaxException e) {
            throw bad(text, TEXT.format("url.syntax", e.getReason()));
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            // Never repeat the password: messages end up in terminals, logs and screenshots.
            throw bad(text.replace(userInfo, userInfo.substring(0, userInfo.indexOf(':') + 1) + "***"), TEXT.get("url.password"));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw bad(text, TEXT.get("url.host"));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isBlank() || database.contains("/")) {
            throw bad(text, TEXT.get("url.database"));
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (!OPTIONS.contains(key)) {
                    throw bad(text, TEXT.format("url.option", key, String.join(", ", OPTIONS.stream().sorted().toList())));
                }
                if (key.equals("sslmode") && !SSL_MODES.contains(value)) {
                    throw bad(text, TEXT.format("url.sslmode", value, String.join(", ", SSL_MODES.stream().sorted().toList())));
                }
                options.put(key, value);
            }
        }
        Optional<String> user = Optional.ofNullable(userInfo).map(TeamDatabaseUrl::decode).filter(u -> !u.isBlank());
        return new TeamDatabaseUrl(user, host, uri.getPort() < 0 ? 5432 : uri.getPort(), database, options);
    }

    /** The user the server sees: the given one, else the operating-system user (as {@code psql} does). */
    public String effectiveUser() {
        return user.orElseGet(() -> System.getProperty("user.name", ""));
    }

    /** The address of the driver, without user or password (those go as properties). */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /** As typed, normalised: {@code postgresql://user@host:port/db?options}; never a password. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(SCHEME);
        user.ifPresent(u -> text.append(u).append('@'));
        text.append(host).append(':').append(port).append('/').append(database);
        if (!options.isEmpty()) {
            text.append('?');
            options.forEach((key, value) -> text.append(text.charAt(text.length() - 1) == '?' ? "" : "&")
                    .append(key).append('=').append(value));
        }
        return text.toString();
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException(TEXT.format("url.bad", text, why));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
