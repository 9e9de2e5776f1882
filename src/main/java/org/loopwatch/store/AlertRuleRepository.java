package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.loopwatch.domain.AlertRule;
import org.loopwatch.domain.AlertRuleKey;
import org.loopwatch.domain.AlertRules;
import org.loopwatch.domain.Stage;

/**
 * The alert rules per group and stage and the stages' defaults (issue 21, decision 0017), kept in
 * the database so every desk judges alongside the same rules. Changes need the admin role in a
 * team database and are audited (entity {@code alert_rule}, old and new α, minimum positives and
 * threshold).
 */
public final class AlertRuleRepository {

    /** The entity key of a stage's default in the audit log, where a group's rule has its name. */
    public static final String DEFAULT_KEY = "*";

    private final SqlSession session;

    AlertRuleRepository(SqlSession session) {
        this.session = session;
    }

    /** Every rule set; where none is set {@link AlertRules} falls back to the defaults. */
    public AlertRules load() {
        return session.read(connection -> {
            Map<AlertRuleKey, AlertRule> rules = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT group_id, stage, alpha, min_positives, threshold FROM alert_rules");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long groupId = rows.getLong(1);
                    OptionalLong group = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(groupId);
                    Optional<Stage> stage = Stage.fromCode(rows.getString(2));
                    double alpha = rows.getDouble(3);
                    long minPositives = rows.getLong(4);
                    double threshold = rows.getDouble(5);
                    OptionalDouble absolute = rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(threshold);
                    // The table's checks hold the same bounds as AlertRule, so every stored row makes a rule.
                    stage.ifPresent(value -> rules.put(new AlertRuleKey(group, value),
                            new AlertRule(alpha, minPositives, absolute)));
                }
            }
            return new AlertRules(rules);
        });
    }

    /** Sets the rule of a group and stage, or a stage's default; the rule already set changes nothing. */
    public void put(AlertRuleKey key, AlertRule rule) {
        session.write(TeamRole.ADMIN, connection -> {
            Optional<AlertRule> old = find(connection, key);
            if (old.isPresent() && old.get().equals(rule)) {
                return null;
            }
            delete(connection, key);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO alert_rules (group_id, stage, alpha, min_positives, threshold) VALUES (?, ?, ?, ?, ?)")) {
                if (key.groupId().isPresent()) {
                    insert.setLong(1, key.groupId().getAsLong());
                } else {
                    insert.setNull(1, Types.BIGINT);
                }
                insert.setString(2, key.stage().code());
                insert.setDouble(3, rule.alpha());
                insert.setLong(4, rule.minPositives());
                if (rule.absoluteThreshold().isPresent()) {
                    insert.setDouble(5, rule.absoluteThreshold().getAsDouble());
                } else {
                    insert.setNull(5, Types.DOUBLE);
                }
                insert.executeUpdate();
            }
            AuditWriter.write(connection, session, draft(connection,
                    old.isPresent() ? AuditAction.UPDATE : AuditAction.INSERT, key,
                    old.map(AlertRuleRepository::values).orElse(null), values(rule)));
            return null;
        });
    }

    /** Removes a group's own rule (it follows its stage's default again) or a stage's default. */
    public void remove(AlertRuleKey key) {
        session.write(TeamRole.ADMIN, connection -> {
            Optional<AlertRule> old = find(connection, key);
            if (old.isEmpty()) {
                return null;
            }
            delete(connection, key);
            AuditWriter.write(connection, session, draft(connection, AuditAction.DELETE, key, values(old.get()), null));
            return null;
        });
    }

    private AuditDraft draft(Connection connection, AuditAction action, AlertRuleKey key, String oldValue,
                             String newValue) throws SQLException {
        String name = DEFAULT_KEY;
        Long groupId = null;
        if (key.groupId().isPresent()) {
            groupId = key.groupId().getAsLong();
            try (PreparedStatement query = connection.prepareStatement("SELECT name FROM groups WHERE id = ?")) {
                query.setLong(1, groupId);
                try (ResultSet rows = query.executeQuery()) {
                    name = rows.next() ? rows.getString(1) : "#" + groupId;
                }
            }
        }
        return new AuditDraft(action, AuditEntity.ALERT_RULE, name + " / " + key.stage().code(), null, groupId,
                key.stage(), oldValue, newValue, "");
    }

    private static Optional<AlertRule> find(Connection connection, AlertRuleKey key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT alpha, min_positives, threshold FROM alert_rules WHERE coalesce(group_id, 0) = ? AND stage = ?")) {
            query.setLong(1, key.groupId().orElse(0));
            query.setString(2, key.stage().code());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                double alpha = rows.getDouble(1);
                long minPositives = rows.getLong(2);
                double threshold = rows.getDouble(3);
                return Optional.of(new AlertRule(alpha, minPositives,
                        rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(threshold)));
            }
        }
    }

    private static void delete(Connection connection, AlertRuleKey key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM alert_rules WHERE coalesce(group_id, 0) = ? AND stage = ?")) {
            delete.setLong(1, key.groupId().orElse(0));
            delete.setString(2, key.stage().code());
            delete.executeUpdate();
        }
    }

    private static String values(AlertRule rule) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("alpha", rule.alpha());
        fields.put("min_positives", rule.minPositives());
        fields.put("threshold", rule.absoluteThreshold().isPresent() ? rule.absoluteThreshold().getAsDouble() : null);
        return AuditValues.json(fields);
    }
}
