package org.loopwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.ui.UiTestDatabase.onFx;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.Rollup;

class RollupsViewModelTest extends SettingsSectionTest {

    private RollupsViewModel viewModel;

    @BeforeEach
    void chooseSection() {
        viewModel = settings.rollups();
    }

    @Test
    void aNewRollupOfTheTickedGroupsIsSavedAndSelected() {
        onFx(() -> {
            viewModel.startNew();
            viewModel.nameProperty().set("Staff & media");
            tick("Operating staff", true);
            tick("Media", true);
            viewModel.save();
        });
        fixture.settle();

        Rollup stored = database.rollups().findByName("staff & media").orElseThrow();
        assertThat(stored.memberGroupIds()).containsExactly(groupId("Operating staff"), groupId("Media"));
        assertThat(onFx(() -> viewModel.selectedProperty().get())).isEqualTo(stored);
        assertThat(onFx(() -> viewModel.membersText(stored))).isEqualTo("Operating staff + Media");
    }

    @Test
    void aRollupNeedsANameAndAtLeastOneGroup() {
        onFx(viewModel::startNew);
        assertThat(onFx(() -> viewModel.problemProperty().get())).startsWith("Give the rollup a name");
        onFx(() -> viewModel.nameProperty().set("Nobody"));
        assertThat(onFx(() -> viewModel.problemProperty().get())).isEqualTo("Tick at least one group for the rollup to sum.");
        assertThat(onFx(() -> viewModel.canSaveProperty().get())).isFalse();

        onFx(() -> tick("Media", true));
        assertThat(onFx(() -> viewModel.problemProperty().get())).isEmpty();
        assertThat(onFx(() -> viewModel.canSaveProperty().get())).isTrue();
    }

    @Test
    void renamingAndChangingMembersSavesBoth() {
        select(Rollup.ATHLETES_AND_TEAM_OFFICIALS);

        onFx(() -> {
            viewModel.nameProperty().set("Athletes only");
            tick("Team officials", false);
            viewModel.save();
        });
        fixture.settle();

        Rollup stored = database.rollups().findByName("Athletes only").orElseThrow();
        assertThat(stored.memberGroupIds()).containsExactly(groupId("Athletes"));
    }

    @Test
    void aTakenRollupNameIsRefusedAndTheMembersStayAsTheyWere() {
        select(Rollup.ATHLETES_AND_TEAM_OFFICIALS);

        onFx(() -> {
            viewModel.nameProperty().set("ALL GROUPS");
            tick("Media", true);
            viewModel.save();
        });
        fixture.settle();

        assertThat(onFx(() -> viewModel.work().messageProperty().get()))
                .startsWith("A rollup named \"All groups\" exists already");
        assertThat(onFx(() -> viewModel.nameProperty().get())).isEqualTo("ALL GROUPS");
        assertThat(database.rollups().findByName(Rollup.ATHLETES_AND_TEAM_OFFICIALS).orElseThrow().memberGroupIds())
                .containsExactly(groupId("Athletes"), groupId("Team officials"));
    }

    @Test
    void theAllGroupsRollupStaysAllGroupsAndCannotBeDeleted() {
        select(Rollup.ALL_GROUPS);

        assertThat(onFx(() -> viewModel.membersEditableProperty().get())).isFalse();
        assertThat(onFx(() -> viewModel.canDeleteProperty().get())).isFalse();
        assertThat(onFx(() -> viewModel.members().stream().allMatch(m -> m.includedProperty().get()))).isTrue();
        onFx(viewModel::delete);
        fixture.settle();
        assertThat(database.rollups().findByName(Rollup.ALL_GROUPS).orElseThrow().allGroups()).isTrue();
        assertThat(onFx(() -> viewModel.work().messageProperty().get())).contains("always sums every group");
    }

    @Test
    void deletingARollupRemovesItsDefinition() {
        select(Rollup.ATHLETES_AND_TEAM_OFFICIALS);

        onFx(viewModel::delete);
        fixture.settle();

        assertThat(database.rollups().findAll().stream().map(Rollup::name)).containsExactly(Rollup.ALL_GROUPS);
        assertThat(onFx(() -> viewModel.selectedProperty().get())).isNull();
    }

    private void select(String name) {
        onFx(() -> viewModel.selectedProperty().set(viewModel.rollups().stream()
                .filter(rollup -> rollup.name().equals(name)).findFirst().orElseThrow()));
    }

    private void tick(String group, boolean included) {
        viewModel.members().stream().filter(member -> member.group().name().equals(group)).findFirst().orElseThrow()
                .includedProperty().set(included);
    }

    private long groupId(String name) {
        return database.groups().findByName(name).orElseThrow().id();
    }
}
