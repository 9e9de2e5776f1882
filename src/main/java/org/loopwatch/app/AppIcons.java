package org.loopwatch.app;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The window icons at the sizes window managers ask for, decoded on JavaFX's background image
 * threads: decoding six PNGs up to 256 px on the FX thread delayed the first frame (SPEC §9), and
 * the window manager takes the icons whenever they are ready.
 */
final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            URL url = AppIcons.class.getResource("icon-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm(), true));
            }
        }
        return icons;
    }
}
