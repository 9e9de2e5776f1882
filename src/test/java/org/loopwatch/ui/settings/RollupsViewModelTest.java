package org.loopwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        viewModel.startNew();
        viewModel.nameProperty().set("Staff & media");
        tick("Operating staff", true);
        tick("Media", true);
        viewModel.save();

        Rollup stored = database.rollups().findByName("staff & media").orElseThrow();
        assertThat(stored.memberGroupIds()).containsExactly(groupId("Operating staff"), groupId("Media"));
        assertThat(viewModel.selectedProperty().get()).isEqualTo(stored);
        assertThat(viewModel.membersText(stored)).isEqualTo("Operating staff + Media");
    }

    @Test
    void aRollupNeedsANameAndAtLeastOneGroup() {
        viewModel.startNew();
        // Nothing typed yet: no hint (issue 15), but nothing to save either.
        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(viewModel.canSaveProperty().get()).isFalse();
        viewModel.nameProperty().set("N");
        viewModel.nameProperty().set("");
        assertThat(viewModel.problemProperty().get()).startsWith("Give the rollup a name");
        viewModel.nameProperty().set("Nobody");
        assertThat(viewModel.problemProperty().get()).isEqualTo("Tick at least one group for the rollup to sum.");
        assertThat(viewModel.canSaveProperty().get()).isFalse();

        tick("Media", true);
        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(viewModel.canSaveProperty().get()).isTrue();
    }

    @Test
    void aNameWithATabSaysSoAndIsNeitherAddedNorStoredByAnyPath() {
        viewModel.startNew();
        viewModel.nameProperty().set("Staff\tmedia");
        tick("Media", true);

        assertThat(viewModel.problemProperty().get()).startsWith("A rollup name cannot hold a tab").contains("U+0009");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
        int before = database.rollups().findAll().size();
        assertThatThrownBy(() -> database.rollups().add("Staff\nmedia", java.util.List.of(groupId("Media"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+000A");
        long athletesAndOfficials = database.rollups().findByName(Rollup.ATHLETES_AND_TEAM_OFFICIALS).orElseThrow().id();
        assertThatThrownBy(() -> database.rollups().rename(athletesAndOfficials, "Athletes\u2028officials"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+2028");
        assertThat(database.rollups().findAll()).hasSize(before);
        assertThat(database.rollups().findByName(Rollup.ATHLETES_AND_TEAM_OFFICIALS)).isPresent();
    }

    @Test
    void renamingAndChangingMembersSavesBoth() {
        select(Rollup.ATHLETES_AND_TEAM_OFFICIALS);

        viewModel.nameProperty().set("Athletes only");
        tick("Team officials", false);
        viewModel.save();

        Rollup stored = database.rollups().findByName("Athletes only").orElseThrow();
        assertThat(stored.memberGroupIds()).containsExactly(groupId("Athletes"));
    }

    @Test
    void aTakenRollupNameIsRefusedAndTheMembersStayAsTheyWere() {
        select(Rollup.ATHLETES_AND_TEAM_OFFICIALS);

        viewModel.nameProperty().set("ALL GROUPS");
        tick("Media", true);
        viewModel.save();

        assertThat(viewModel.work().messageProperty().get())
                .startsWith("A rollup named \"All groups\" exists already");
        assertThat(viewModel.nameProperty().get()).isEqualTo("ALL GROUPS");
        assertThat(database.rollups().findByName(Rollup.ATHLETES_AND_TEAM_OFFICIALS).orElseThrow().memberGroupIds())
                .containsExactly(groupId("Athletes"), groupId("Team officials"));
    }

    @Test
    void theAllGroupsRollupStaysAllGroupsAndCannotBeDeleted() {
        select(Rollup.ALL_GROUPS);

        assertThat(viewModel.membersEditableProperty().get()).isFalse();
        assertThat(viewModel.canDeleteProperty().get()).isFalse();
        assertThat(viewModel.members().stream().allMatch(m -> m.includedProperty().get())).isTrue();
        viewModel.delete();
        assertThat(database.rollups().findByName(Rollup.ALL_GROUPS).orElseThrow().allGroups()).isTrue();
        assertThat(viewModel.work().messageProperty().get()).contains("always sums every group");
    }

    @Test
    void deletingARollupRemovesItsDefinition() {
        select(Rollup.ATHLETES_AND_TEAM_OFFICIALS);

        viewModel.delete();

        assertThat(database.rollups().findAll().stream().map(Rollup::name)).containsExactly(Rollup.ALL_GROUPS);
        assertThat(viewModel.selectedProperty().get()).isNull();
    }

    private void select(String name) {
        viewModel.selectedProperty().set(viewModel.rollups().stream()
                .filter(rollup -> rollup.name().equals(name)).findFirst().orElseThrow());
    }

    private void tick(String group, boolean included) {
        viewModel.members().stream().filter(member -> member.group().name().equals(group)).findFirst().orElseThrow()
                .includedProperty().set(included);
    }

    private long groupId(String name) {
        return database.groups().findByName(name).orElseThrow().id();
    }
}
