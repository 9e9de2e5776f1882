package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.StageChoice;

/**
 * Defaults chosen in Settings, kept in the database so they travel with it. Unset or unreadable
 * values fall back to the built-in defaults (7 days, Wilson, 95 %, stages apart). Changes are
 * audited.
 */
public final class SettingsRepository {

    public static final String ROLLING_WINDOW = "rolling_window_days";
    public static final String INTERVAL_METHOD = "interval_method";
    public static final String CONFIDENCE_LEVEL = "confidence_level";
    public static final String DEFAULT_STAGE = "default_stage";

    /** The rolling windows the dashboard offers, in days. */
    public static final List<Integer> WINDOW_CHOICES = List.of(3, 7, 14);
    public static final int DEFAULT_WINDOW = 7;

    private final SqlSession session;

    SettingsRepository(SqlSession session) {
        this.session = session;
    }

    public Optional<String> get(String key) {
        return session.read(connection -> get(connection, key));
    }

    /** Stores a value; writing the value already stored changes nothing and is not audited. */
    public void put(String key, String value) {
        if (key == null || key.isBlank() || value == null) {
            throw new IllegalArgumentException("a setting needs a key and a value");
        }
        session.write(TeamRole.ADMIN, connection -> {
            Optional<String> old = get(connection, key);
            if (old.isPresent() && old.get().equals(value)) {
                return null;
            }
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                upsert.executeUpdate();
            }
            AuditWriter.write(connection, session, AuditDraft.forOther(
                    old.isPresent() ? AuditAction.UPDATE : AuditAction.INSERT, AuditEntity.SETTING, key,
                    old.map(SettingsRepository::values).orElse(null), values(value)));
            return null;
        });
    }

    /** The default rolling window in days: 3, 7 (default) or 14. */
    public int rollingWindowDays() {
        return get(ROLLING_WINDOW).flatMap(SettingsRepository::parseInt).filter(WINDOW_CHOICES::contains)
                .orElse(DEFAULT_WINDOW);
    }

    public void setRollingWindowDays(int days) {
        if (!WINDOW_CHOICES.contains(days)) {
            throw new IllegalArgumentException("the rolling window must be one of " + WINDOW_CHOICES + " days, not " + days);
        }
        put(ROLLING_WINDOW, Integer.toString(days));
    }

    /** The default confidence-interval method; Wilson score unless set. */
    public IntervalMethod intervalMethod() {
        return get(INTERVAL_METHOD).flatMap(IntervalMethod::fromCode).orElse(IntervalMethod.WILSON);
    }

    public void setIntervalMethod(IntervalMethod method) {
        put(INTERVAL_METHOD, method.code());
    }

    /** The default confidence level; 95 % unless set. */
    public ConfidenceLevel confidenceLevel() {
        return get(CONFIDENCE_LEVEL).flatMap(ConfidenceLevel::parse).orElse(ConfidenceLevel.NINETY_FIVE);
    }

    public void setConfidenceLevel(ConfidenceLevel level) {
        put(CONFIDENCE_LEVEL, Double.toString(level.value()));
    }

    /** The stages dashboards show first; arrival and in-loop apart unless set. */
    public StageChoice defaultStage() {
        return get(DEFAULT_STAGE).flatMap(StageChoice::fromCode).orElse(StageChoice.DEFAULT);
    }

    public void setDefaultStage(StageChoice stage) {
        put(DEFAULT_STAGE, stage.code());
    }

    private static Optional<String> get(Connection connection, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static String values(String value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("value", value);
        return AuditValues.json(fields);
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
