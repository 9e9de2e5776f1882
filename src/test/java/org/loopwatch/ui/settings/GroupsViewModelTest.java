package org.loopwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.Group;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.AuditFilter;

class GroupsViewModelTest extends SettingsSectionTest {

    private GroupsViewModel viewModel;

    @BeforeEach
    void chooseSection() {
        viewModel = settings.groups();
    }

    @Test
    void theGroupsAreListedInDisplayOrder() {
        assertThat(names()).containsExactly("Athletes", "Team officials", "Operating staff", "Media");
    }

    /*
     * Another screen chosen: changes (another desk's, an import's) read nothing while the settings are
     * hidden; shown again, every section reads once and shows them.
     */
    @Test
    void hiddenTheSettingsReadNothingAfterAChangeAndCatchUpOnceShown() {
        settings.shown(false);
        database.groups().add("Volunteers");
        fixture.services().changes().changed();
        assertThat(names()).doesNotContain("Volunteers");

        settings.shown(true);
        assertThat(names()).endsWith("Volunteers");

        database.groups().add("Broadcasters"); // shown: read at once, as before
        fixture.services().changes().changed();
        assertThat(names()).endsWith("Volunteers", "Broadcasters");
    }

    @Test
    void anAddedGroupComesLastWithTheNextOkabeItoColourAndIsSaved() {
        long versionBefore = fixture.services().changes().versionProperty().get();
        viewModel.newNameProperty().set("  Broadcasters ");
        viewModel.add();

        assertThat(names()).containsExactly("Athletes", "Team officials", "Operating staff", "Media", "Broadcasters");
        Group stored = database.groups().findByName("Broadcasters").orElseThrow();
        assertThat(stored.colour()).isEqualTo("#56B4E9");
        assertThat(viewModel.selectedProperty().get()).isEqualTo(stored);
        assertThat(viewModel.newNameProperty().get()).isEmpty();
        assertThat(viewModel.work().messageProperty().get()).startsWith("Added \u201cBroadcasters\u201d");
        assertThat(fixture.services().changes().versionProperty().get()).isGreaterThan(versionBefore);
    }

    @Test
    void aNameWithATabSaysSoUnderTheFieldAndIsNeitherAddedNorUsedForARename() {
        long auditRows = database.audit().count();
        viewModel.newNameProperty().set("Broad\tcasters");

        assertThat(viewModel.newNameProblemProperty().get()).isEqualTo("A group name cannot hold a tab, a line "
                + "break or another invisible control character (character 6 is U+0009). Type the name on one line "
                + "without it.");
        assertThat(viewModel.canAddProperty().get()).isFalse();
        viewModel.add();
        assertThat(viewModel.work().failedProperty().get()).isTrue();
        assertThat(viewModel.work().messageProperty().get()).contains("U+0009");

        select("Media");
        viewModel.renameTextProperty().set("Media\u2028Press");
        assertThat(viewModel.renameProblemProperty().get()).contains("character 6 is U+2028");
        assertThat(viewModel.canRenameProperty().get()).isFalse();
        viewModel.rename();

        assertThat(database.groups().findAll().stream().map(Group::name))
                .containsExactly("Athletes", "Team officials", "Operating staff", "Media");
        assertThat(database.audit().count()).isEqualTo(auditRows);
        viewModel.renameTextProperty().set("Media and press");
        assertThat(viewModel.renameProblemProperty().get()).isEmpty();
        assertThat(viewModel.canRenameProperty().get()).isTrue();
    }

    @Test
    void renamingToAnExistingNameInOtherCaseSaysSoAndChangesNothing() {
        select("Media");
        long auditRows = database.audit().count();

        viewModel.renameTextProperty().set("athletes");
        viewModel.rename();

        assertThat(viewModel.work().messageProperty().get())
                .isEqualTo("A group named \"Athletes\" exists already (names ignore upper and lower case). "
                        + "Choose another name.");
        assertThat(viewModel.work().failedProperty().get()).isTrue();
        assertThat(viewModel.renameTextProperty().get()).isEqualTo("athletes");
        assertThat(database.groups().findAll().stream().map(Group::name))
                .containsExactly("Athletes", "Team officials", "Operating staff", "Media");
        assertThat(database.audit().count()).isEqualTo(auditRows);
    }

    @Test
    void renamingKeepsTheGroupAndIsAudited() {
        long id = select("Media");

        viewModel.renameTextProperty().set("Media & broadcasters");
        viewModel.rename();

        assertThat(database.groups().findById(id).orElseThrow().name()).isEqualTo("Media & broadcasters");
        assertThat(viewModel.selectedProperty().get().name()).isEqualTo("Media & broadcasters");
        assertThat(database.audit().find(AuditFilter.all().withGroup(id).withAction(AuditAction.UPDATE)))
                .hasSize(1);
    }

    @Test
    void movingAGroupUpSavesTheNewOrderAndKeepsItSelected() {
        select("Media");
        assertThat(viewModel.canMoveDownProperty().get()).isFalse();

        viewModel.moveUp();

        assertThat(database.groups().findAll().stream().map(Group::name))
                .containsExactly("Athletes", "Team officials", "Media", "Operating staff");
        assertThat(names()).containsExactly("Athletes", "Team officials", "Media", "Operating staff");
        assertThat(viewModel.selectedProperty().get().name()).isEqualTo("Media");
    }

    @Test
    void deactivatingHidesAGroupFromEntryAndActivatingBringsItBack() {
        long id = select("Operating staff");

        viewModel.toggleActive();
        assertThat(database.groups().findById(id).orElseThrow().active()).isFalse();
        assertThat(database.groups().findActive().stream().map(Group::name)).doesNotContain("Operating staff");
        assertThat(viewModel.work().messageProperty().get()).contains("inactive");

        viewModel.toggleActive();
        assertThat(database.groups().findById(id).orElseThrow().active()).isTrue();
    }

    @Test
    void aNewColourIsSavedAndTheColourItAlreadyHasWritesNothing() {
        long id = select("Athletes");
        long auditRows = database.audit().count();

        viewModel.setColour("#0072b2");
        assertThat(database.audit().count()).isEqualTo(auditRows);

        viewModel.setColour("#d55e00");
        assertThat(database.groups().findById(id).orElseThrow().colour()).isEqualTo("#D55E00");
        assertThat(database.audit().count()).isEqualTo(auditRows + 1);
    }

    @Test
    void aFailedWriteShowsTheStoresMessageAndKeepsTheTypedName() {
        database.close();

        viewModel.newNameProperty().set("Broadcasters");
        viewModel.add();

        assertThat(viewModel.work().messageProperty().get()).contains("was already closed");
        assertThat(viewModel.work().failedProperty().get()).isTrue();
        assertThat(viewModel.newNameProperty().get()).isEqualTo("Broadcasters");
        assertThat(viewModel.work().busyProperty().get()).isFalse();
    }

    @Test
    void aBlankNameCannotBeAdded() {
        viewModel.newNameProperty().set("   ");

        assertThat(viewModel.canAddProperty().get()).isFalse();
        viewModel.add();
        assertThat(viewModel.work().messageProperty().get()).isEqualTo("Type a name for the new group first.");
        assertThat(database.groups().findAll()).hasSize(4);
    }

    private long select(String name) {
        Group group = viewModel.groups().stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow();
        viewModel.selectedProperty().set(group);
        assertThat(viewModel.renameTextProperty().get()).isEqualTo(name);
        return group.id();
    }

    private List<String> names() {
        return viewModel.groups().stream().map(Group::name).toList();
    }

    @Test
    void aGroupWithNoDataCanBeDeletedAndOneWithDataIsKept() {
        org.loopwatch.ui.results.ScriptedDialogs dialogs = (org.loopwatch.ui.results.ScriptedDialogs) fixture.services().dialogs();
        fixture.stored(java.time.LocalDate.of(2022, 1, 5), "Media", org.loopwatch.domain.Stage.ARRIVAL, 5, 0);
        select("Operating staff");
        dialogs.answerConfirm(true);

        viewModel.delete();

        assertThat(names()).doesNotContain("Operating staff");
        assertThat(database.groups().findByName("Operating staff")).isEmpty();
        assertThat(viewModel.work().messageProperty().get()).contains("Deleted");

        select("Media");
        dialogs.answerConfirm(true);
        viewModel.delete();

        assertThat(database.groups().findByName("Media")).isPresent();
        assertThat(viewModel.work().failedProperty().get()).isTrue();
        assertThat(viewModel.work().messageProperty().get()).containsIgnoringCase("deactivate");
    }
}
