package org.loopwatch.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's version, filled in by the build; shown by --version and on every export. */
public final class AppVersion {

    private static final String RESOURCE = "/org/loopwatch/version.properties";

    private AppVersion() {
    }

    /** The version such as {@code 0.1.0}; "development" when run from classes the build did not filter. */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "development");
            return version.startsWith("${") ? "development" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
