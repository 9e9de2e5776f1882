import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (pom.xml, process-classes; decision 0068): writes beside every stylesheet under the
 * given folder its binary form ({@code loopwatch.css} → {@code loopwatch.bss}). JavaFX loads a
 * {@code .bss} it finds beside the {@code .css} it is given instead of parsing the text, as it does
 * for its own Modena: the app's two stylesheets were parsed at every start, before the first frame.
 * Run as a source file ({@code java -cp <javafx> src/build/BinaryStylesheets.java target/classes}),
 * so nothing of it ships.
 */
public final class BinaryStylesheets {

    private BinaryStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BinaryStylesheets <folder of compiled resources>");
        }
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            sources = files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sources) {
            String name = css.getFileName().toString();
            File bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss").toFile();
            Stylesheet.convertToBinary(css.toFile(), bss);
        }
        System.out.println("BinaryStylesheets: " + sources.size() + " stylesheets written in binary form");
    }
}
