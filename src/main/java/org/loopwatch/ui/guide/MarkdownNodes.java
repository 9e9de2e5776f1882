package org.loopwatch.ui.guide;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Builds JavaFX nodes from Markdown as the user guide uses it (decision 0027): headings,
 * paragraphs, bullet and numbered lists, bold, italics, inline and block code, tables (GitHub's
 * pipe tables), images and links (shown as text). Parsed by commonmark-java into a tree, so the
 * guide in docs/ is the one source for GitHub and for the app; no WebView. Styled by style
 * classes ({@code guide.css}), so it follows the theme and the zoom.
 */
public final class MarkdownNodes {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Function<String, InputStream> images;

    /** @param images opens an image by its path in the Markdown (e.g. {@code images/entry.png}); null when absent */
    public MarkdownNodes(Function<String, InputStream> images) {
        this.images = images;
    }

    /** The document as a column of blocks. */
    public VBox render(String markdown) {
        VBox page = new VBox();
        page.getStyleClass().add("guide-page");
        blocks(PARSER.parse(markdown), page.getChildren());
        return page;
    }

    private void blocks(org.commonmark.node.Node parent, List<Node> into) {
        for (org.commonmark.node.Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            Node built = block(block);
            if (built != null) {
                into.add(built);
            }
        }
    }

    private Node block(org.commonmark.node.Node block) {
        return switch (block) {
            case Heading heading -> styled(inline(heading), "guide-heading", "guide-heading-" + heading.getLevel());
            case Paragraph paragraph -> paragraph(paragraph);
            case BulletList list -> list(list, null);
            case OrderedList list -> list(list, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
            case FencedCodeBlock code -> codeBlock(code.getLiteral());
            case IndentedCodeBlock code -> codeBlock(code.getLiteral());
            case BlockQuote quote -> {
                VBox box = new VBox();
                blocks(quote, box.getChildren());
                yield styled(box, "guide-quote");
            }
            case ThematicBreak rule -> new Separator();
            case TableBlock table -> table(table);
            default -> null; // raw HTML and the like: the guide has none
        };
    }

    /* A paragraph that is only an image shows the image; any other is text. */
    private Node paragraph(Paragraph paragraph) {
        if (paragraph.getFirstChild() instanceof org.commonmark.node.Image image && image.getNext() == null) {
            return image(image);
        }
        return styled(inline(paragraph), "guide-paragraph");
    }

    private Node image(org.commonmark.node.Image image) {
        String alt = plainText(image);
        try (InputStream in = images.apply(image.getDestination())) {
            if (in != null) {
                ImageView view = new ImageView(new Image(in));
                view.setPreserveRatio(true);
                view.setSmooth(true);
                view.setFitWidth(Math.min(view.getImage().getWidth(), 640));
                view.setAccessibleText(alt);
                Label caption = styled(new Label(alt), "guide-caption");
                caption.setWrapText(true); // as wide as the picture: at 200 % a caption is longer than that
                VBox figure = new VBox(view, caption);
                return styled(figure, "guide-figure");
            }
        } catch (java.io.IOException unreadable) {
            // shown as its description below
        }
        return styled(new Label(alt), "guide-caption");
    }

    private Node list(org.commonmark.node.ListBlock list, Integer start) {
        VBox items = new VBox();
        int number = start == null ? 0 : start;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                Label marker = new Label(start == null ? "•" : number++ + ".");
                marker.getStyleClass().add("guide-list-marker");
                marker.setMinWidth(Region.USE_PREF_SIZE);
                VBox content = new VBox();
                blocks(item, content.getChildren());
                HBox.setHgrow(content, Priority.ALWAYS);
                HBox row = new HBox(marker, content);
                row.getStyleClass().add("guide-list-item");
                items.getChildren().add(row);
            }
        }
        return styled(items, "guide-list");
    }

    private Node table(TableBlock table) {
        GridPane grid = new GridPane();
        int row = 0;
        int columns = 0;
        List<TableRow> rows = new ArrayList<>();
        collectRows(table, rows);
        for (TableRow tableRow : rows) {
            int column = 0;
            for (org.commonmark.node.Node cell = tableRow.getFirstChild(); cell != null; cell = cell.getNext()) {
                TextFlow text = inline(cell);
                text.getStyleClass().add("guide-cell");
                if (cell instanceof TableCell tableCell && tableCell.isHeader()) {
                    text.getStyleClass().add("guide-cell-header");
                }
                grid.add(text, column++, row);
            }
            columns = Math.max(columns, column);
            row++;
        }
        for (int column = 0; column < columns; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(constraints);
        }
        grid.setAlignment(Pos.TOP_LEFT);
        return styled(grid, "guide-table");
    }

    private static void collectRows(org.commonmark.node.Node parent, List<TableRow> rows) {
        for (org.commonmark.node.Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow row) {
                rows.add(row);
            } else {
                collectRows(child, rows); // TableHead, TableBody
            }
        }
    }

    private static Node codeBlock(String literal) {
        Label code = new Label(literal.stripTrailing());
        code.setWrapText(true);
        return styled(code, "guide-code-block");
    }

    /* The inline content of a block as one flow of text runs, each with its style classes. */
    private static TextFlow inline(org.commonmark.node.Node block) {
        TextFlow flow = new TextFlow();
        appendInline(block, flow, List.of());
        return flow;
    }

    private static void appendInline(org.commonmark.node.Node parent, TextFlow flow, List<String> classes) {
        for (org.commonmark.node.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case org.commonmark.node.Text text -> run(flow, text.getLiteral(), classes);
                case Code code -> run(flow, code.getLiteral(), with(classes, "guide-code"));
                case SoftLineBreak lineBreak -> run(flow, " ", classes);
                case HardLineBreak lineBreak -> run(flow, "\n", classes);
                case StrongEmphasis strong -> appendInline(strong, flow, with(classes, "guide-strong"));
                case Emphasis emphasis -> appendInline(emphasis, flow, with(classes, "guide-emphasis"));
                case Link link -> appendInline(link, flow, with(classes, "guide-link"));
                case org.commonmark.node.Image image -> run(flow, plainText(image), classes);
                default -> appendInline(node, flow, classes);
            }
        }
    }

    private static void run(TextFlow flow, String text, List<String> classes) {
        Text run = new Text(text);
        run.getStyleClass().add("guide-text");
        run.getStyleClass().addAll(classes);
        flow.getChildren().add(run);
    }

    private static List<String> with(List<String> classes, String more) {
        List<String> all = new ArrayList<>(classes);
        all.add(more);
        return all;
    }

    private static String plainText(org.commonmark.node.Node node) {
        StringBuilder text = new StringBuilder();
        for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else {
                text.append(plainText(child));
            }
        }
        return text.toString();
    }

    private static <T extends Node> T styled(T node, String... classes) {
        node.getStyleClass().addAll(classes);
        return node;
    }
}
