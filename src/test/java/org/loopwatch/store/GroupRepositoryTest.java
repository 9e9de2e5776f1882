package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.openNew;
import static org.loopwatch.store.StoreTestSupport.result;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Rollup;
import org.loopwatch.domain.Stage;

class GroupRepositoryTest {

    @TempDir
    Path folder;

    private Database database;
    private GroupRepository groups;

    @BeforeEach
    void openDatabase() {
        database = openNew(folder);
        groups = database.groups();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aNewGroupComesLastWithTheNextOkabeItoColourAndIsAudited() {
        Group added = groups.add("  Volunteers ");

        assertThat(added.name()).isEqualTo("Volunteers");
        assertThat(added.colour()).isEqualTo("#56B4E9");
        assertThat(groups.findAll().getLast()).isEqualTo(added);
        AuditEntry entry = database.audit().find(AuditFilter.all()).getFirst();
        assertThat(entry.entity()).isEqualTo(AuditEntity.GROUP);
        assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
        assertThat(entry.entityKey()).isEqualTo("Volunteers");
        assertThat(entry.groupId()).contains(added.id());
    }

    @Test
    void groupsAreFoundByNameIgnoringCaseAndBlanks() {
        assertThat(groups.findByName(" team OFFICIALS")).map(Group::name).contains("Team officials");
        assertThat(groups.findByName("Coaches")).isEmpty();
    }

    @Test
    void addingOrRenamingToAnExistingNameInAnotherCaseIsRefused() {
        long media = groupId(database, "Media");
        long auditRows = database.audit().count();

        assertThatThrownBy(() -> groups.add("MEDIA"))
                .isInstanceOfSatisfying(NameTakenException.class, e -> assertThat(e.existingName()).isEqualTo("Media"));
        assertThatThrownBy(() -> groups.rename(media, "athletes"))
                .isInstanceOfSatisfying(NameTakenException.class, e -> {
                    assertThat(e.existingName()).isEqualTo("Athletes");
                    assertThat(e.getMessage()).contains("\"Athletes\" exists already");
                });
        assertThat(groups.findById(media)).map(Group::name).contains("Media");
        assertThat(database.audit().count()).isEqualTo(auditRows);
    }

    @Test
    void addingOrRenamingToANameWithATabOrLineBreakIsRefusedAndChangesNothing() {
        long auditRows = database.audit().count();
        long media = groupId(database, "Media");

        assertThatThrownBy(() -> groups.add("Volun\tteers")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0009");
        assertThatThrownBy(() -> groups.add("Volunteers\u0000", "#123456"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> groups.rename(media, "Media\nPress")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+000A");

        assertThat(groups.findAll().stream().map(Group::name))
                .containsExactly("Athletes", "Team officials", "Operating staff", "Media");
        assertThat(database.audit().count()).isEqualTo(auditRows);
    }

    @Test
    void renamingKeepsTheDataWithTheGroupAndMayChangeOnlyTheCase() {
        long media = groupId(database, "Media");
        database.results().insert(result(JAN_4, media, Stage.ARRIVAL, 10, 1));

        groups.rename(media, "Press");
        groups.rename(media, "PRESS");

        assertThat(groups.findById(media)).map(Group::name).contains("PRESS");
        assertThat(database.results().findAll()).singleElement().extracting(r -> r.groupId()).isEqualTo(media);
        AuditEntry rename = database.audit().find(AuditFilter.all().withGroup(media).withAction(AuditAction.UPDATE)).getLast();
        assertThat(rename.oldValue()).contains("\"name\": \"Media\"");
        assertThat(rename.newValue()).contains("\"name\": \"Press\"");
    }

    @Test
    void aGroupWithDataCannotBeDeleted() {
        long athletes = groupId(database, "Athletes");
        database.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));

        assertThatThrownBy(() -> groups.delete(athletes))
                .isInstanceOfSatisfying(GroupHasDataException.class, e -> {
                    assertThat(e.resultCount()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("\"Athletes\" has 1 daily result").contains("deactivate");
                });
        assertThat(groups.findById(athletes)).isPresent();
        assertThat(groups.hasData(athletes)).isTrue();
    }

    @Test
    void aGroupWithoutDataIsDeletedAndLeavesItsRollups() {
        long officials = groupId(database, "Team officials");

        groups.delete(officials);

        assertThat(groups.findById(officials)).isEmpty();
        assertThat(database.rollups().findByName(Rollup.ATHLETES_AND_TEAM_OFFICIALS).orElseThrow().memberGroupIds())
                .containsExactly(groupId(database, "Athletes"));
        assertThat(database.audit().find(AuditFilter.all()).getFirst().action()).isEqualTo(AuditAction.DELETE);
    }

    @Test
    void deactivatedGroupsKeepTheirPlaceButLeaveTheEntryList() {
        long media = groupId(database, "Media");

        groups.setActive(media, false);

        assertThat(groups.findAll()).hasSize(4);
        assertThat(groups.findActive()).extracting(Group::name).doesNotContain("Media").hasSize(3);
    }

    @Test
    void reorderingPutsTheGroupsInTheGivenOrder() {
        List<Long> reversed = groups.findAll().stream().map(Group::id).toList().reversed();

        groups.reorder(reversed);

        assertThat(groups.findAll()).extracting(Group::id).containsExactlyElementsOf(reversed);
        assertThatThrownBy(() -> groups.reorder(reversed.subList(0, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coloursMustBeHexAndAreSaved() {
        long media = groupId(database, "Media");

        groups.setColour(media, "#D55E00");

        assertThat(groups.findById(media)).map(Group::colour).contains("#D55E00");
        assertThatThrownBy(() -> groups.setColour(media, "orange")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changingAGroupThatIsGoneIsRefused() {
        assertThatThrownBy(() -> groups.rename(999, "Ghosts")).isInstanceOf(NoSuchItemException.class);
    }
}
