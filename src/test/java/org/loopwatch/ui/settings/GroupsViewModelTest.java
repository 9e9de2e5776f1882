package org.loopwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.ui.UiTestDatabase.onFx;
import static org.loopwatch.ui.UiTestDatabase.waitUntil;

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

    @Test
    void anAddedGroupComesLastWithTheNextOkabeItoColourAndIsSaved() {
        long versionBefore = onFx(() -> fixture.services().changes().versionProperty().get());
        onFx(() -> {
            viewModel.newNameProperty().set("  Broadcasters ");
            viewModel.add();
        });
        fixture.settle();

        assertThat(names()).containsExactly("Athletes", "Team officials", "Operating staff", "Media", "Broadcasters");
        Group stored = database.groups().findByName("Broadcasters").orElseThrow();
        assertThat(stored.colour()).isEqualTo("#56B4E9");
        assertThat(onFx(() -> viewModel.selectedProperty().get())).isEqualTo(stored);
        assertThat(onFx(() -> viewModel.newNameProperty().get())).isEmpty();
        assertThat(onFx(() -> viewModel.work().messageProperty().get())).startsWith("Added \u201cBroadcasters\u201d");
        assertThat(onFx(() -> fixture.services().changes().versionProperty().get())).isGreaterThan(versionBefore);
    }

    @Test
    void renamingToAnExistingNameInOtherCaseSaysSoAndChangesNothing() {
        select("Media");
        long auditRows = database.audit().count();

        onFx(() -> {
            viewModel.renameTextProperty().set("athletes");
            viewModel.rename();
        });
        fixture.settle();

        assertThat(onFx(() -> viewModel.work().messageProperty().get()))
                .isEqualTo("A group named \"Athletes\" exists already (names ignore upper and lower case). "
                        + "Choose another name.");
        assertThat(onFx(() -> viewModel.work().failedProperty().get())).isTrue();
        assertThat(onFx(() -> viewModel.renameTextProperty().get())).isEqualTo("athletes");
        assertThat(database.groups().findAll().stream().map(Group::name))
                .containsExactly("Athletes", "Team officials", "Operating staff", "Media");
        assertThat(database.audit().count()).isEqualTo(auditRows);
    }

    @Test
    void renamingKeepsTheGroupAndIsAudited() {
        long id = select("Media");

        onFx(() -> {
            viewModel.renameTextProperty().set("Media & broadcasters");
            viewModel.rename();
        });
        fixture.settle();

        assertThat(database.groups().findById(id).orElseThrow().name()).isEqualTo("Media & broadcasters");
        assertThat(onFx(() -> viewModel.selectedProperty().get().name())).isEqualTo("Media & broadcasters");
        assertThat(database.audit().find(AuditFilter.all().withGroup(id).withAction(AuditAction.UPDATE)))
                .hasSize(1);
    }

    @Test
    void movingAGroupUpSavesTheNewOrderAndKeepsItSelected() {
        select("Media");
        assertThat(onFx(() -> viewModel.canMoveDownProperty().get())).isFalse();

        onFx(viewModel::moveUp);
        fixture.settle();

        assertThat(database.groups().findAll().stream().map(Group::name))
                .containsExactly("Athletes", "Team officials", "Media", "Operating staff");
        assertThat(names()).containsExactly("Athletes", "Team officials", "Media", "Operating staff");
        assertThat(onFx(() -> viewModel.selectedProperty().get().name())).isEqualTo("Media");
    }

    @Test
    void deactivatingHidesAGroupFromEntryAndActivatingBringsItBack() {
        long id = select("Operating staff");

        onFx(viewModel::toggleActive);
        fixture.settle();
        assertThat(database.groups().findById(id).orElseThrow().active()).isFalse();
        assertThat(database.groups().findActive().stream().map(Group::name)).doesNotContain("Operating staff");
        assertThat(onFx(() -> viewModel.work().messageProperty().get())).contains("inactive");

        onFx(viewModel::toggleActive);
        fixture.settle();
        assertThat(database.groups().findById(id).orElseThrow().active()).isTrue();
    }

    @Test
    void aNewColourIsSavedAndTheColourItAlreadyHasWritesNothing() {
        long id = select("Athletes");
        long auditRows = database.audit().count();

        onFx(() -> viewModel.setColour("#0072b2"));
        fixture.settle();
        assertThat(database.audit().count()).isEqualTo(auditRows);

        onFx(() -> viewModel.setColour("#d55e00"));
        fixture.settle();
        assertThat(database.groups().findById(id).orElseThrow().colour()).isEqualTo("#D55E00");
        assertThat(database.audit().count()).isEqualTo(auditRows + 1);
    }

    @Test
    void aFailedWriteShowsTheStoresMessageAndKeepsTheTypedName() {
        database.close();

        onFx(() -> {
            viewModel.newNameProperty().set("Broadcasters");
            viewModel.add();
        });
        fixture.settle();

        assertThat(onFx(() -> viewModel.work().messageProperty().get())).contains("was already closed");
        assertThat(onFx(() -> viewModel.work().failedProperty().get())).isTrue();
        assertThat(onFx(() -> viewModel.newNameProperty().get())).isEqualTo("Broadcasters");
        assertThat(onFx(() -> viewModel.work().busyProperty().get())).isFalse();
    }

    @Test
    void aBlankNameCannotBeAdded() {
        onFx(() -> viewModel.newNameProperty().set("   "));

        assertThat(onFx(() -> viewModel.canAddProperty().get())).isFalse();
        onFx(viewModel::add);
        assertThat(onFx(() -> viewModel.work().messageProperty().get())).isEqualTo("Type a name for the new group first.");
        assertThat(database.groups().findAll()).hasSize(4);
    }

    private long select(String name) {
        Group group = onFx(() -> viewModel.groups().stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow());
        onFx(() -> viewModel.selectedProperty().set(group));
        waitUntil(() -> viewModel.renameTextProperty().get().equals(name));
        return group.id();
    }

    private List<String> names() {
        return onFx(() -> viewModel.groups().stream().map(Group::name).toList());
    }
}
