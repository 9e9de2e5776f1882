package org.loopwatch.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.loopwatch.domain.DefaultGroups;
import org.loopwatch.domain.Group;

/**
 * The colour each group is drawn in, different for every group of a database. Stored colours
 * can repeat — a database made before the palette had twelve colours gave the ninth group the
 * first one's, and Settings lets a person pick a taken colour — and then a stacked chart showed
 * two groups as one. The group added first keeps a repeated colour; each later one gets the
 * first palette colour no group has. By order of addition (id), not display order, so reordering
 * groups never recolours them. Beyond the palette's twelve a repeat stays.
 */
final class GroupColours {

    private GroupColours() {
    }

    /** The colour of every group by id, upper-case {@code #RRGGBB}. */
    static Map<Long, String> of(List<Group> groups) {
        List<Group> byAddition = new ArrayList<>(groups);
        byAddition.sort(Comparator.comparingLong(Group::id));
        Set<String> taken = new HashSet<>();
        groups.forEach(group -> taken.add(upper(group.colour())));
        Set<String> used = new HashSet<>();
        Map<Long, String> colours = new LinkedHashMap<>();
        List<Group> repeats = new ArrayList<>();
        for (Group group : byAddition) {
            if (used.add(upper(group.colour()))) {
                colours.put(group.id(), upper(group.colour()));
            } else {
                repeats.add(group);
            }
        }
        for (Group group : repeats) {
            String free = DefaultGroups.PALETTE.stream().map(GroupColours::upper)
                    .filter(colour -> !taken.contains(colour)).findFirst().orElse(upper(group.colour()));
            taken.add(free);
            colours.put(group.id(), free);
        }
        return colours;
    }

    /** The subjects with each group drawn in its colour among {@code allGroups}; rollups and others unchanged. */
    static List<ChartSubject> distinct(List<ChartSubject> subjects, List<Group> allGroups) {
        Map<Long, String> colours = of(allGroups);
        return subjects.stream().map(subject -> {
            if (subject.rollup() || !subject.key().startsWith(ChartSubject.GROUP_KEY) || subject.groupIds().size() != 1) {
                return subject;
            }
            String colour = colours.get(subject.groupIds().iterator().next());
            return colour == null || colour.equals(subject.colour()) ? subject
                    : new ChartSubject(subject.key(), subject.name(), subject.groupIds(), false, colour);
        }).toList();
    }

    private static String upper(String colour) {
        return colour.toUpperCase(Locale.ROOT);
    }
}
