package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.css.StyleManager;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Modena read before the toolkit starts, on another thread (decision 0070): the first control is
 * then styled by it as always, and JavaFX keeps what was read when it asks for the same list.
 * In a JVM of its own: in the tests' JVM the toolkit and the controls' classes are long started.
 */
class FirstFrameAheadTest {

    @Test
    @Tag("process")
    void modenaReadBeforeTheToolkitStylesTheFirstControlAndIsKeptWhenJavaFxAsksForTheSameList() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // The tests' headless toolkit (Monocle, software rendering), as in the surefire JVM.
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("glass.") || name.startsWith("monocle.") || name.startsWith("prism.")
                        || name.equals("headless.geometry") || name.equals("javafx.cachedir"))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName()));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(probe.exitValue()).as(out).isZero();

        assertThat(out).as(out).contains("read ahead=true");
        // Modena's label text colour (the default of a control without a stylesheet is black).
        assertThat(out).as(out).contains("label text fill=" + Color.web("#333333"));
        // Where JavaFX asks for Modena alone (windows may be transparent) it keeps the stylesheet read
        // ahead; where it asks for more (no transparency) it reads its list anew.
        assertThat(out).as(out).containsAnyOf("transparent windows=true, modena kept=true",
                "transparent windows=false, modena kept=false");
    }

    /** Reads Modena ahead as the app does, then starts the toolkit and styles a first label. */
    static final class Probe {
        public static void main(String[] args) throws Exception {
            System.out.println("read ahead=" + FirstFrameAhead.readModena());
            Object before = firstStylesheet();
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<String> result = new AtomicReference<>("not run");
            Platform.startup(() -> {
                Label label = new Label("LoopWatch"); // the first control: hands JavaFX's default stylesheets over
                new Scene(new StackPane(label));
                label.applyCss();
                Object after;
                try {
                    after = firstStylesheet();
                } catch (ReflectiveOperationException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
                result.set("label text fill=" + label.getTextFill() + "\ntransparent windows="
                        + Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW) + ", modena kept="
                        + (after == before));
                done.countDown();
            });
            if (!done.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the toolkit did not start");
            }
            System.out.println(result.get());
            Platform.exit();
        }

        /* The style manager's first default stylesheet, as read (JavaFX's internal list, by reflection). */
        private static Object firstStylesheet() throws ReflectiveOperationException {
            Field field = StyleManager.class.getDeclaredField("platformUserAgentStylesheetContainers");
            field.setAccessible(true);
            List<?> containers = (List<?>) field.get(StyleManager.getInstance());
            if (containers.isEmpty()) {
                return null;
            }
            Field stylesheet = containers.get(0).getClass().getDeclaredField("stylesheet");
            stylesheet.setAccessible(true);
            return stylesheet.get(containers.get(0));
        }
    }
}
