package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.store.StoreTestSupport.JAN_4;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.AlertRule;
import org.loopwatch.domain.AlertRuleKey;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Every kind of change the store audits writes old and new values that a JSON library reads back
 * (decision record 0032-one-json-library.md): read here with a plain Jackson parser, not with the
 * {@link JsonText} that wrote them, and by {@link JsonText#readObject} as the audit screen does.
 */
class EveryAuditValueParsesTest {

    @TempDir
    Path folder;

    /** Names and notes that need every kind of escape. */
    private static final String AWKWARD = "Lab \"B\" \\ late\n\r\t\b\f\u0007 / Zoë 😀 \u2028 {\"json\": 1}";
    /** A group name needs the escapes too, but may not hold control characters (domain.GroupNames). */
    private static final String AWKWARD_NAME = "Lab \"B\" \\ late / Zoë 😀 {\"json\": 1}";

    @Test
    void everyAuditedChangeWritesValuesAJsonParserReads() {
        BackupsTest.MutableClock clock = new BackupsTest.MutableClock(StoreTestSupport.NOW);
        List<AuditEntry> entries;
        try (Database database = Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING, clock)) {
            long athletes = StoreTestSupport.groupId(database, "Athletes");
            DailyResult row = new DailyResult(JAN_4, athletes, Stage.ARRIVAL, 171, 3, AWKWARD);
            database.results().insert(row);
            BackupInfo backup = database.backupNow(BackupReason.MANUAL);
            clock.advance(Duration.ofMinutes(1));
            database.restoreFrom(backup.file()); // first: a restore replaces the audit log with the backup's
            database.results().replace(new DailyResult(JAN_4, athletes, Stage.ARRIVAL, 172, 3, ""), "typo");
            database.results().importAll(List.of(new DailyResult(JAN_4.plusDays(1), athletes, Stage.IN_LOOP, 9, 0,
                    AWKWARD)), false, "import", ImportProgress.NONE);
            Group added = database.groups().add(AWKWARD_NAME);
            database.groups().rename(added.id(), "Volunteers");
            database.groups().setColour(added.id(), "#123456");
            database.groups().setActive(added.id(), false);
            database.groups().reorder(database.groups().findAll().stream().map(Group::id).toList().reversed());
            database.rollups().add("Games " + AWKWARD_NAME, List.of(athletes, added.id()));
            database.days().close(JAN_4, "");
            database.days().reopen(JAN_4, "late result");
            database.event().save(new Event(AWKWARD, JAN_4, Optional.empty()));
            database.event().addKeyDate(JAN_4.plusDays(3), "Opening " + AWKWARD);
            database.settings().setRollingWindowDays(14);
            database.alertRules().put(AlertRuleKey.stageDefault(Stage.IN_LOOP), new AlertRule(0.05, 3, OptionalDouble.of(0.02)));
            database.alertRules().put(AlertRuleKey.ofGroup(athletes, Stage.ARRIVAL), new AlertRule(0.01, 2, OptionalDouble.empty()));
            database.alerts().acknowledge(new ResultKey(JAN_4, athletes, Stage.ARRIVAL), AWKWARD);
            database.results().delete(new ResultKey(JAN_4.plusDays(1), athletes, Stage.IN_LOOP), "");
            entries = database.audit().find(new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), 10_000));
        }

        Set<AuditEntity> seen = EnumSet.noneOf(AuditEntity.class);
        List<String> values = new ArrayList<>();
        for (AuditEntry entry : entries) {
            for (String value : List.of(entry.oldValue(), entry.newValue())) {
                if (!value.isEmpty()) {
                    seen.add(entry.entity());
                    values.add(value);
                    assertThat(tokensOf(value)).as(value).startsWith(JsonToken.START_OBJECT).endsWith(JsonToken.END_OBJECT);
                    assertThat(JsonText.readObject(value)).as(value).isPresent();
                }
            }
        }
        assertThat(seen).as("a change of every audited kind").isEqualTo(EnumSet.allOf(AuditEntity.class));
        assertThat(values).anySatisfy(value -> assertThat(JsonText.readObject(value).orElseThrow()).containsValue(AWKWARD));
    }

    /** Every token of one JSON document; fails on anything that is not exactly one document. */
    static List<JsonToken> tokensOf(String json) {
        List<JsonToken> tokens = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
