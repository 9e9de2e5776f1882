package org.loopwatch.store;

import java.io.IOException;
import java.net.InetAddress;

/** The name of this computer, as the lock file and the team audit log record it ("desk"). */
final class Desk {

    private static volatile String name;

    private Desk() {
    }

    static String name() {
        String known = name;
        if (known == null) {
            known = lookUp();
            name = known;
        }
        return known;
    }

    private static String lookUp() {
        // Environment first: a DNS lookup can stall start-up on a badly configured network.
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
