package org.loopwatch.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.TeamRole;

/**
 * What the screens know about the seat they work from (SPEC §3.1): the team roles of the database
 * user, so that screens offer only what the server would allow and say which role the rest
 * needs, and whether the team database is connected, so that saves made while it is lost wait for
 * it. The server enforces the roles anyway; this only keeps people from typing into a refusal.
 * A database file is a single seat: every role, always connected. Used on the FX thread only.
 */
public final class TeamAccess {

    private static final Texts TEXT = Texts.of(TeamAccess.class);

    /** What the screens offer, and the role each needs on a team database (the server's rules, SPEC §3.1). */
    public enum Work {
        /** Enter, edit, delete and import results of open days. */
        RESULTS(TeamRole.ENTRY),
        /** Close and reopen days. */
        DAYS(TeamRole.ADMIN),
        /** Groups, rollups, the event and the defaults. */
        SETTINGS(TeamRole.ADMIN);

        private final TeamRole needs;

        Work(TeamRole needs) {
            this.needs = needs;
        }

        public TeamRole needs() {
            return needs;
        }
    }

    private final boolean team;
    private final String user;
    private final Set<TeamRole> roles;
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(true);
    private final List<Runnable> waiting = new ArrayList<>();
    private final ReadOnlyIntegerWrapper waitingCount = new ReadOnlyIntegerWrapper(0);

    private TeamAccess(boolean team, String user, Set<TeamRole> roles) {
        this.team = team;
        this.user = user;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(TeamRole.class) : EnumSet.copyOf(roles);
    }

    /** A database file: no roles to check, never disconnected. */
    public static TeamAccess singleSeat() {
        return new TeamAccess(false, "", EnumSet.allOf(TeamRole.class));
    }

    /** A team database's user with the roles the server grants them (inherited ones included). */
    public static TeamAccess team(String user, Set<TeamRole> roles) {
        return new TeamAccess(true, user, roles);
    }

    public boolean isTeam() {
        return team;
    }

    /** The database user (empty for a file). */
    public String user() {
        return user;
    }

    /** True when the user may do what {@code needed} allows. */
    public boolean may(TeamRole needed) {
        return roles.contains(needed);
    }

    /** The strongest role held: admin, entry, analyst; empty when the user has none of LoopWatch's. */
    public Optional<TeamRole> highestRole() {
        List<TeamRole> strongestFirst = List.of(TeamRole.ADMIN, TeamRole.ENTRY, TeamRole.ANALYST);
        return strongestFirst.stream().filter(roles::contains).findFirst();
    }

    /** True when the user may do {@code work}. */
    public boolean may(Work work) {
        return may(work.needs());
    }

    /**
     * Why {@code work} is not offered, naming the role it needs: "Closing and reopening days needs
     * the role loopwatch_admin; alice has loopwatch_entry. Ask …". Empty when the user may.
     */
    public Optional<String> refusal(Work work) {
        if (may(work)) {
            return Optional.empty();
        }
        return Optional.of(TEXT.format("team.needs." + work.name().toLowerCase(java.util.Locale.ROOT),
                work.needs().roleName(), user, highestRole().map(TeamRole::roleName).orElse(TEXT.get("team.noRole"))));
    }

    /** False while a team database's connection is lost; always true for a file. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** The store said the connection was lost or is back; runs the work that waited for it. */
    public void connectionChanged(boolean nowConnected) {
        connected.set(nowConnected);
        if (nowConnected) {
            List<Runnable> due = List.copyOf(waiting);
            waiting.clear();
            waitingCount.set(0);
            due.forEach(Runnable::run);
        }
    }

    /** Runs {@code retry} once the connection is back (at once when it is not lost). */
    public void whenConnected(Runnable retry) {
        if (connected.get()) {
            retry.run();
        } else {
            waiting.add(retry);
            waitingCount.set(waiting.size());
        }
    }

    /** The number of changes waiting for the connection. */
    public int waitingCount() {
        return waiting.size();
    }

    /** The number of changes waiting for the connection, for the banner that says so. */
    public ReadOnlyIntegerProperty waitingCountProperty() {
        return waitingCount.getReadOnlyProperty();
    }
}
