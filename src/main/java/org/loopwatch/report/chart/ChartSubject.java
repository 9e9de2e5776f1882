package org.loopwatch.report.chart;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Rollup;
import org.loopwatch.domain.Selection;
import org.loopwatch.domain.Slugs;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.SummarySubject;

/**
 * A group or a rollup as charts and tiles show it: its name, the groups it sums and its colour.
 *
 * @param key      stable identity across renames, e.g. {@code group-3} or {@code rollup-1}
 * @param groupIds the groups whose counts are summed (one for a group)
 * @param colour   a {@code #RRGGBB} colour: the group's colour (distinct among a database's groups,
 *                 {@link GroupColours}), or a grey for rollups
 */
public record ChartSubject(String key, String name, Set<Long> groupIds, boolean rollup, String colour) {

    /** Rollups get greys (drawn dashed), so they never look like one of the groups. */
    public static final List<String> ROLLUP_COLOURS = List.of("#3D3D3D", "#8C8C8C", "#5F5F5F", "#B0B0B0");
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String FALLBACK_COLOUR = "#5A6270";

    public ChartSubject {
        groupIds = Set.copyOf(new LinkedHashSet<>(groupIds));
        // The colour goes into a generated stylesheet: only a plain hex colour may get there.
        colour = colour != null && HEX_COLOUR.matcher(colour).matches() ? colour.toUpperCase() : FALLBACK_COLOUR;
    }

    /** The prefix of a group's key. */
    static final String GROUP_KEY = "group-";

    /** A group in its stored colour: for a chart of this group alone. */
    public static ChartSubject ofGroup(Group group) {
        return new ChartSubject(GROUP_KEY + group.id(), group.name(), Set.of(group.id()), false, group.colour());
    }

    /**
     * A group in the colour charts draw it in among {@code allGroups}: its own, unless a group
     * added before it has that colour too ({@link GroupColours}).
     */
    public static ChartSubject ofGroup(Group group, List<Group> allGroups) {
        return new ChartSubject(GROUP_KEY + group.id(), group.name(), Set.of(group.id()), false,
                GroupColours.of(allGroups).getOrDefault(group.id(), group.colour()));
    }

    /**
     * A rollup; {@code allGroups} resolves "All groups" (inactive groups included, their data
     * still counts). {@code rollupIndex} picks its grey.
     */
    public static ChartSubject ofRollup(Rollup rollup, Collection<Group> allGroups, int rollupIndex) {
        Selection members = Selection.ofRollup(rollup, allGroups, Selection.BOTH_STAGES);
        return new ChartSubject("rollup-" + rollup.id(), rollup.name(), members.groupIds(), true,
                ROLLUP_COLOURS.get(Math.floorMod(rollupIndex, ROLLUP_COLOURS.size())));
    }

    /** The cells of this subject in the given stages. */
    public Selection selection(Set<Stage> stages) {
        return new Selection(groupIds, stages);
    }

    /** The same subject as the domain's summary names it (same key, name and groups). */
    public SummarySubject summarySubject() {
        return new SummarySubject(key, name, groupIds, rollup);
    }

    /** The slug of automation ids such as {@code tile-<slug>}. */
    public String slug() {
        return Slugs.slug(name);
    }

    /**
     * The style class that carries this subject's colour in every chart, legend and tile. Built
     * from the id, not the name, so renames and non-Latin names still give unique classes.
     */
    public String colourClass() {
        return "lw-series-" + key;
    }
}
