package org.loopwatch.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.loopwatch.store.GroupRepository;

/**
 * The groups section: the list in display order, adding, renaming, reordering, colour and the
 * active flag. A group with data is never deleted, so deletion is not offered at all: a group
 * that should disappear is deactivated (hidden from entry, its data kept).
 */
public final class GroupsViewModel {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(GroupsViewModel.class);

    private final SectionWork work;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Group> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty renameText = new SimpleStringProperty("");
    private final StringBinding newNameProblem;
    private final StringBinding renameProblem;
    private final BooleanBinding canAdd;
    private final BooleanBinding canRename;
    private final BooleanBinding canMoveUp;
    private final BooleanBinding canMoveDown;
    private final BooleanBinding canEditSelected;

    GroupsViewModel(SectionWork work) {
        this.work = work;
        BooleanBinding idle = work.busyProperty().not();
        newNameProblem = Bindings.createStringBinding(() -> nameProblem(newName.get()), newName);
        renameProblem = Bindings.createStringBinding(() -> nameProblem(renameText.get()), renameText);
        canAdd = Bindings.createBooleanBinding(() -> !newName.get().isBlank(), newName)
                .and(newNameProblem.isEmpty()).and(idle);
        canEditSelected = selected.isNotNull().and(idle);
        canRename = Bindings.createBooleanBinding(() -> selected.get() != null && !renameText.get().isBlank()
                && !renameText.get().strip().equals(selected.get().name()), selected, renameText)
                .and(renameProblem.isEmpty()).and(idle);
        canMoveUp = Bindings.createBooleanBinding(() -> index() > 0, selected, groups).and(idle);
        canMoveDown = Bindings.createBooleanBinding(() -> index() >= 0 && index() < groups.size() - 1,
                selected, groups).and(idle);
        // The rename field starts from the picked group's name; editing it renames only on request.
        selected.addListener((observable, before, after) -> {
            if (after == null || before == null || after.id() != before.id() || !after.name().equals(before.name())) {
                renameText.set(after == null ? "" : after.name());
            }
        });
    }

    public SectionWork work() {
        return work;
    }

    /** All groups, active or not, in display order. */
    public ObservableList<Group> groups() {
        return groups;
    }

    public ObjectProperty<Group> selectedProperty() {
        return selected;
    }

    /** The name typed for a new group. */
    public StringProperty newNameProperty() {
        return newName;
    }

    /** The new name typed for the selected group. */
    public StringProperty renameTextProperty() {
        return renameText;
    }

    /** What is wrong with the typed new name (e.g. a tab pasted into it); empty while it is fine or blank. */
    public StringBinding newNameProblemProperty() {
        return newNameProblem;
    }

    /** What is wrong with the typed new name of the selected group; empty while it is fine or blank. */
    public StringBinding renameProblemProperty() {
        return renameProblem;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canRenameProperty() {
        return canRename;
    }

    public BooleanBinding canMoveUpProperty() {
        return canMoveUp;
    }

    public BooleanBinding canMoveDownProperty() {
        return canMoveDown;
    }

    /** True when a group is selected and nothing is being saved. */
    public BooleanBinding canEditSelectedProperty() {
        return canEditSelected;
    }

    /** Reads the groups again, keeping the selection on the same group. */
    public void load() {
        GroupRepository repository = work.services().database().groups();
        work.read(repository::findAll, this::show);
    }

    /** Adds a group with the typed name and the next Okabe–Ito colour. */
    public void add() {
        String name = newName.get().strip();
        if (name.isEmpty()) {
            work.refuse(TEXT.get("groups.typeName"));
            return;
        }
        if (!newNameProblem.get().isEmpty()) {
            work.refuse(newNameProblem.get());
            return;
        }
        GroupRepository repository = work.services().database().groups();
        work.write(() -> {
            Group added = repository.add(name);
            return new Saved(added, repository.findAll());
        }, saved -> {
            newName.set("");
            show(saved.all(), saved.group().id());
        }, saved -> TEXT.format("groups.added", saved.group().name()));
    }

    /** Renames the selected group to the typed name; its data stays with it. */
    public void rename() {
        Group group = selected.get();
        String name = renameText.get().strip();
        if (group == null) {
            work.refuse(TEXT.get("groups.chooseToRename"));
            return;
        }
        if (name.isEmpty()) {
            work.refuse(TEXT.get("groups.needName"));
            return;
        }
        if (!renameProblem.get().isEmpty()) {
            work.refuse(renameProblem.get());
            return;
        }
        GroupRepository repository = work.services().database().groups();
        work.write(() -> new Saved(repository.rename(group.id(), name), repository.findAll()),
                saved -> show(saved.all(), saved.group().id()),
                saved -> TEXT.format("groups.renamed", group.name(), saved.group().name()));
    }

    private static String nameProblem(String typed) {
        return GroupNames.problem(typed).orElse("");
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(+1);
    }

    /**
     * Sets the selected group's colour. Choosing the colour it already has writes nothing, so a
     * colour picker that reports programmatic changes causes no audit rows.
     *
     * @param hex {@code #RRGGBB}
     */
    public void setColour(String hex) {
        Group group = selected.get();
        if (group == null || hex == null || group.colour().equalsIgnoreCase(hex)) {
            return;
        }
        String colour = hex.toUpperCase(Locale.ROOT);
        GroupRepository repository = work.services().database().groups();
        work.write(() -> new Saved(repository.setColour(group.id(), colour), repository.findAll()),
                saved -> show(saved.all(), saved.group().id()),
                saved -> TEXT.format("groups.recoloured", saved.group().name(), String.valueOf(colour)));
    }

    /** Deactivates the selected group if active, activates it if not. */
    public void toggleActive() {
        Group group = selected.get();
        if (group == null) {
            work.refuse(TEXT.get("groups.choose"));
            return;
        }
        boolean active = !group.active();
        GroupRepository repository = work.services().database().groups();
        work.write(() -> new Saved(repository.setActive(group.id(), active), repository.findAll()),
                saved -> show(saved.all(), saved.group().id()),
                saved -> active
                        ? TEXT.format("groups.activeAgain", saved.group().name())
                        : TEXT.format("groups.deactivated", saved.group().name()));
    }

    /**
     * Deletes the selected group after the person confirms (Cancel is the Enter default). The
     * store refuses a group with data, with a sentence saying to deactivate it instead.
     */
    public void delete() {
        Group group = selected.get();
        if (group == null) {
            work.refuse(TEXT.get("group.delete.none"));
            return;
        }
        if (!work.services().dialogs().confirmDestructive(TEXT.format("group.delete.title", group.name()),
                TEXT.format("group.delete.question", group.name()), TEXT.get("group.delete.confirm"),
                TEXT.get("group.delete.cancel"))) {
            return;
        }
        GroupRepository repository = work.services().database().groups();
        work.write(() -> {
            repository.delete(group.id());
            return repository.findAll();
        }, all -> {
            selected.set(null);
            show(all, -1);
        }, all -> TEXT.format("group.deleted", group.name()));
    }

    private void move(int step) {
        int from = index();
        int to = from + step;
        if (from < 0 || to < 0 || to >= groups.size()) {
            return;
        }
        Group group = selected.get();
        List<Long> order = new ArrayList<>(groups.stream().map(Group::id).toList());
        order.add(to, order.remove(from));
        GroupRepository repository = work.services().database().groups();
        work.write(() -> repository.reorder(order), reordered -> show(reordered, group.id()),
                reordered -> TEXT.format("groups.moved", group.name(), to + 1));
    }

    private void show(List<Group> all) {
        Group current = selected.get();
        show(all, current == null ? -1 : current.id());
    }

    private void show(List<Group> all, long selectId) {
        groups.setAll(all);
        selected.set(all.stream().filter(group -> group.id() == selectId).findFirst().orElse(null));
    }

    private int index() {
        Group current = selected.get();
        if (current == null) {
            return -1;
        }
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).id() == current.id()) {
                return i;
            }
        }
        return -1;
    }

    private record Saved(Group group, List<Group> all) {
    }
}
