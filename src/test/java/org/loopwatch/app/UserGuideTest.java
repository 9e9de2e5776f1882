package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.text.Texts;

/** The guide shown by Help → User guide is the one in docs/, in both languages, and the same sections in each. */
class UserGuideTest {

    @AfterEach
    void english() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void theBundledGuideIsDocsUserGuideInEachLanguageWithTheSameSections() throws Exception {
        Texts.useLanguage(Locale.ENGLISH);
        String english = HelpMenu.guideText();
        assertThat(english).isEqualTo(Files.readString(Path.of("docs/user-guide.md"), StandardCharsets.UTF_8))
                .contains("Replace with this reason", "Export CSV", "Alt+Left");
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        String chinese = HelpMenu.guideText();
        assertThat(chinese).isEqualTo(Files.readString(Path.of("docs/user-guide.zh_CN.md"), StandardCharsets.UTF_8))
                .contains("入境检测", "闭环内检测", "阳性率", "置信区间");
        assertThat(chinese.lines().filter(line -> line.startsWith("#")).count())
                .isEqualTo(english.lines().filter(line -> line.startsWith("#")).count());
    }

    @Test
    void everyPictureTheGuidesShowIsBundledWithTheApp() throws Exception {
        for (String guide : java.util.List.of("docs/user-guide.md", "docs/user-guide.zh_CN.md")) {
            java.util.regex.Matcher picture = java.util.regex.Pattern.compile("!\\[[^]]+]\\((images/[^)]+\\.png)\\)")
                    .matcher(Files.readString(Path.of(guide), StandardCharsets.UTF_8));
            int pictures = 0;
            while (picture.find()) {
                pictures++;
                assertThat(Path.of("docs", picture.group(1))).as(guide).exists();
                try (java.io.InputStream bundled = HelpMenu.class.getResourceAsStream("guide/" + picture.group(1))) {
                    assertThat(bundled).as(picture.group(1) + " in the app").isNotNull();
                    assertThat(javax.imageio.ImageIO.read(bundled).getWidth()).isGreaterThanOrEqualTo(1000);
                }
            }
            assertThat(pictures).as(guide).isGreaterThanOrEqualTo(3);
        }
    }
}
