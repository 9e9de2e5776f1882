package org.loopwatch.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * Finds the English a person would read on a screen in Chinese: every Latin word of two or more
 * letters in labels, buttons, tabs, menus, column headers, prompts, tooltips, chart titles and axes
 * and accessible texts, except names (of the product, of methods, of file formats, of data) and
 * units in an explicit list. Call on the FX thread.
 */
public final class LatinWords {

    /** Names and units a Chinese officer reads as they are. */
    public static final Set<String> ALLOWED = Set.of(
            // the product, formats and standards
            "LoopWatch", "PCR", "CSV", "PDF", "PNG", "SVG", "Excel", "xlsx", "SQLite", "PostgreSQL", "ISO", "UTF", "JSON",
            "UTC", "GMT",
            // statistical methods by their authors' names, and CI as Chinese epidemiology writes it too
            "Wilson", "Clopper", "Pearson", "Jeffreys", "Fisher", "Katz", "Newcombe", "CI", "Okabe", "Ito",
            // bundled parts and their licences (Help → About)
            "Apache", "PDFBox", "Commons", "Statistics", "DejaVu", "Noto", "Sans", "SC", "OpenJFX", "ControlsFX",
            "picocli", "commonmark", "java", "sqlite", "jdbc", "JDBC", "GPL", "Classpath", "BSD", "Clause", "SIL", "Bitstream", "Vera",
            // keys as printed on the keyboard
            "Ctrl", "Alt", "Shift", "Enter", "Esc", "Tab", "Cmd", "Delete",
            // the backups folder, named as it is on disk
            "backups",
            // date patterns, and the import columns and stage codes people type into files and commands
            "yyyy", "MM", "mm", "dd", "date", "group", "stage", "tests", "positives", "note", "arrival", "in_loop",
            // command-line options named in messages (--db, --lang, init)
            "id", "db", "init", "lang",
            // the language named in its own words on the language choice
            "English",
            // PostgreSQL's password variable and the system it names a folder for (team dialogs)
            "PGPASSWORD", "Windows");

    /*
     * What is data, not words: a file path, a file name or extension, a command-line option, a
     * colour code, a code span of the user guide, a database address. Removed before words are
     * looked for.
     */
    private static final Pattern NOT_WORDS = Pattern.compile(String.join("|",
            "`[^`]*`",
            "postgresql://\\S+",
            "(?:[A-Za-z]:)?[/\\\\][^\\s，。；：、（）()“”\"]+",
            "[^\\s/\\\\，。；：、（）()“”\"]*\\.(?:db|csv|xlsx|pdf|png|svg|log|md|properties)\\b",
            "--[A-Za-z][A-Za-z-]*",
            // an address's option as typed (?sslmode=verify-full) and an environment variable (%APPDATA%)
            "\\?[A-Za-z_]+=[A-Za-z-]+",
            "%[A-Za-z_]+%",
            "#[0-9A-Fa-f]{6}\\b"));

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_]+");

    private LatinWords() {
    }

    /** "word (in: the text it was found in)" for every word not allowed, in order, each once. */
    public static List<String> in(Parent root, Set<String> names) {
        return in(texts(root), names);
    }

    /**
     * The same for texts read elsewhere: a command's output, a PDF's extracted text, an SVG's
     * text elements. {@code names} are names of data and, for the command line, its own words.
     */
    public static List<String> in(List<String> texts, Set<String> names) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher word = WORD.matcher(NOT_WORDS.matcher(text).replaceAll(" "));
            while (word.find()) {
                String candidate = word.group();
                if (!ALLOWED.contains(candidate) && names.stream().noneMatch(name -> name.contains(candidate))) {
                    found.add(candidate + " (in: " + text.replace('\n', ' ') + ")");
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Every text of the node tree a person can read or hear. */
    public static List<String> texts(Parent root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        add(texts, node.getAccessibleText());
        if (node.getAccessibleText() == null && node instanceof Shape) {
            // A chart's dots and bars write their sentence when a screen reader asks (decision 0054).
            add(texts, (String) node.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        }
        add(texts, node.getAccessibleHelp());
        if (node instanceof Labeled labeled) {
            add(texts, labeled.getText());
            tooltip(texts, labeled.getTooltip());
        } else if (node instanceof Text text) {
            add(texts, text.getText());
        }
        if (node instanceof TextInputControl input) {
            add(texts, input.getPromptText());
            tooltip(texts, input.getTooltip());
        }
        if (node instanceof ComboBoxBase<?> box) {
            add(texts, box.getPromptText());
            tooltip(texts, box.getTooltip());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(texts, tab.getText());
                tooltip(texts, tab.getTooltip());
            }
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(column -> column(texts, column));
            if (table.getPlaceholder() instanceof Parent placeholder) {
                collect(placeholder, texts);
            }
        }
        if (node instanceof Chart chart) {
            add(texts, chart.getTitle());
        }
        if (node instanceof Axis<?> axis) {
            add(texts, axis.getLabel());
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> menu(texts, menu));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    private static void column(List<String> texts, TableColumnBase<?, ?> column) {
        add(texts, column.getText());
        column.getColumns().forEach(child -> column(texts, child));
    }

    private static void menu(List<String> texts, MenuItem item) {
        add(texts, item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> menu(texts, child));
        }
    }

    private static void tooltip(List<String> texts, Tooltip tooltip) {
        if (tooltip != null) {
            add(texts, tooltip.getText());
        }
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
