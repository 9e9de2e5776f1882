package org.loopwatch.ui.settings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.GroupNames;
import org.loopwatch.domain.Rollup;
import org.loopwatch.store.Database;
import org.loopwatch.store.RollupRepository;

/**
 * The rollups section: a list, and one form that edits the selected rollup or, with nothing
 * selected, describes a new one. A rollup of all groups always means every group (also groups
 * added later), so its members cannot be changed and it cannot be deleted.
 */
public final class RollupsViewModel {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(RollupsViewModel.class);

    private final SectionWork work;
    private final ObservableList<Rollup> rollups = FXCollections.observableArrayList();
    private final ObservableList<RollupMember> members =
            FXCollections.observableArrayList(member -> new Observable[] {member.includedProperty()});
    private final ObjectProperty<Rollup> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringBinding problem;
    /* Whether the person changed the form since it was filled: no hint before anything is typed (issue 15). */
    private final javafx.beans.property.BooleanProperty edited = new javafx.beans.property.SimpleBooleanProperty();
    private boolean filling;
    private final BooleanBinding canSave;
    private final BooleanBinding canDelete;
    private final BooleanBinding membersEditable;

    RollupsViewModel(SectionWork work) {
        this.work = work;
        problem = Bindings.createStringBinding(() -> edited.get() ? currentProblem() : "", name, members, selected, edited);
        name.addListener((observable, before, after) -> edited.set(edited.get() || !filling));
        members.addListener((javafx.collections.ListChangeListener<RollupMember>) change -> {
            while (change.next()) {
                if (change.wasUpdated() && !filling) {
                    edited.set(true);
                }
            }
        });
        BooleanBinding idle = work.busyProperty().not();
        canSave = Bindings.createBooleanBinding(() -> currentProblem().isEmpty() && hasChanges(),
                name, members, selected).and(idle);
        canDelete = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().allGroups(),
                selected).and(idle);
        membersEditable = Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().allGroups(),
                selected);
        selected.addListener((observable, before, after) -> fillForm(after));
    }

    public SectionWork work() {
        return work;
    }

    public ObservableList<Rollup> rollups() {
        return rollups;
    }

    /** Every group, each with a tick for the rollup in the form. */
    public ObservableList<RollupMember> members() {
        return members;
    }

    /** The rollup being edited; null while describing a new one. */
    public ObjectProperty<Rollup> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** What keeps the form from being saved, as a sentence; empty when it can be saved. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    /** False for a rollup of all groups, whose members are always every group. */
    public BooleanBinding membersEditableProperty() {
        return membersEditable;
    }

    /** Members described in words, e.g. "Athletes + Team officials" or "all groups". */
    public String membersText(Rollup rollup) {
        if (rollup.allGroups()) {
            return TEXT.get("rollups.everyGroup");
        }
        List<String> names = members.stream().filter(member -> rollup.includes(member.group().id()))
                .map(member -> member.group().name()).toList();
        return names.isEmpty() ? TEXT.get("rollups.noGroups") : String.join(" + ", names);
    }

    public void load() {
        Database database = work.services().database();
        work.read(() -> new Loaded(database.rollups().findAll(), database.groups().findAll()),
                loaded -> show(loaded, selectedId()));
    }

    /** Empties the form for a new rollup. */
    public void startNew() {
        selected.set(null);
        fillForm(null);
        work.clearMessage();
    }

    /** Adds the rollup in the form, or saves the changes to the selected one. */
    public void save() {
        String whatIsWrong = currentProblem();
        if (!whatIsWrong.isEmpty()) {
            edited.set(true);
            work.refuse(whatIsWrong);
            return;
        }
        Rollup editing = selected.get();
        String newName = name.get().strip();
        List<Long> ids = checkedIds();
        Database database = work.services().database();
        RollupRepository repository = database.rollups();
        if (editing == null) {
            work.write(() -> reload(database, repository.add(newName, ids)), this::showSaved,
                    saved -> TEXT.format("rollups.added", newName));
            return;
        }
        boolean rename = !newName.equals(editing.name());
        boolean changeMembers = !editing.allGroups() && !ids.equals(editing.memberGroupIds());
        work.write(() -> {
            // Renaming first: a taken name refuses the whole save before the members change.
            Rollup saved = rename ? repository.rename(editing.id(), newName) : editing;
            saved = changeMembers ? repository.setMembers(editing.id(), ids) : saved;
            return reload(database, saved);
        }, this::showSaved, saved -> TEXT.format("rollups.saved", newName));
    }

    /** Deletes the selected rollup; only its definition goes, no data is lost. */
    public void delete() {
        Rollup rollup = selected.get();
        if (rollup == null || rollup.allGroups()) {
            work.refuse(rollup == null ? TEXT.get("rollups.chooseToDelete")
                    : TEXT.format("rollups.staysAll", rollup.name()));
            return;
        }
        Database database = work.services().database();
        work.write(() -> {
            database.rollups().delete(rollup.id());
            return new Loaded(database.rollups().findAll(), database.groups().findAll());
        }, loaded -> show(loaded, -1), loaded -> TEXT.format("rollups.deleted", rollup.name()));
    }

    private static Saved reload(Database database, Rollup saved) {
        return new Saved(saved.id(), new Loaded(database.rollups().findAll(), database.groups().findAll()));
    }

    private void showSaved(Saved saved) {
        show(saved.loaded(), saved.id());
    }

    private void show(Loaded loaded, long selectId) {
        if (!sameGroups(loaded.groups())) {
            // Keep the ticks by group, so typing in the form survives a group change elsewhere.
            List<Long> ticked = checkedIds();
            members.setAll(loaded.groups().stream().map(RollupMember::new).toList());
            members.forEach(member -> member.includedProperty().set(ticked.contains(member.group().id())));
        }
        rollups.setAll(loaded.rollups());
        Rollup now = loaded.rollups().stream().filter(rollup -> rollup.id() == selectId).findFirst().orElse(null);
        if (!Objects.equals(now, selected.get())) {
            selected.set(now);
        }
    }

    private boolean sameGroups(List<Group> groups) {
        return groups.equals(members.stream().map(RollupMember::group).toList());
    }

    private void fillForm(Rollup rollup) {
        filling = true;
        try {
            name.set(rollup == null ? "" : rollup.name());
            for (RollupMember member : members) {
                member.includedProperty().set(rollup != null && rollup.includes(member.group().id()));
            }
        } finally {
            filling = false;
        }
        edited.set(false);
    }

    private long selectedId() {
        Rollup current = selected.get();
        return current == null ? -1 : current.id();
    }

    private List<Long> checkedIds() {
        return members.stream().filter(member -> member.includedProperty().get())
                .map(member -> member.group().id()).toList();
    }

    private String currentProblem() {
        if (name.get().isBlank()) {
            return TEXT.get("rollups.needName");
        }
        Optional<String> refusedName = GroupNames.rollupProblem(name.get());
        if (refusedName.isPresent()) {
            return refusedName.get();
        }
        Rollup editing = selected.get();
        if ((editing == null || !editing.allGroups()) && checkedIds().isEmpty()) {
            return TEXT.get("rollups.needMember");
        }
        return "";
    }

    private boolean hasChanges() {
        Rollup editing = selected.get();
        if (editing == null) {
            return true;
        }
        return !name.get().strip().equals(editing.name())
                || (!editing.allGroups() && !checkedIds().equals(editing.memberGroupIds()));
    }

    private record Loaded(List<Rollup> rollups, List<Group> groups) {
    }

    private record Saved(long id, Loaded loaded) {
    }
}
