package org.switchboard.web.admin;

import java.time.Duration;

/** How long the server has been up, as a person reads it: {@code 2 d 3 h 4 min 5 s}. */
final class Uptime {

    private Uptime() {
    }

    static String format(Duration uptime) {
        long seconds = Math.max(0, uptime.toSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long rest = seconds % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(" d ");
        }
        if (days > 0 || hours > 0) {
            text.append(hours).append(" h ");
        }
        if (days > 0 || hours > 0 || minutes > 0) {
            text.append(minutes).append(" min ");
        }
        return text.append(rest).append(" s").toString();
    }
}
