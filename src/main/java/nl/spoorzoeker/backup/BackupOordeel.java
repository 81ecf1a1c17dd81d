package nl.spoorzoeker.backup;

import java.time.Duration;
import java.time.Instant;

/** How the backup status reads: fine, old, failed or none yet, and how long ago in words. */
public final class BackupOordeel {

    /** Older than this, the status line turns red even when nothing failed. */
    public static final Duration OUD_NA = Duration.ofHours(26);

    public enum Ernst { GOED, OUD, MISLUKT, GEEN }

    /** An age as a message key and a count: "zojuist", "12 minuten geleden", "3 dagen geleden". */
    public record Leeftijd(String key, long aantal) {
    }

    private BackupOordeel() {
    }

    public static Ernst ernst(AutoBackup.Status status, Instant nu) {
        if (status.mislukt().isPresent() && (status.laatsteGoed().isEmpty()
                || !status.mislukt().get().wanneer().isBefore(status.laatsteGoed().get()))) {
            return Ernst.MISLUKT;
        }
        if (status.laatsteGoed().isEmpty()) {
            return Ernst.GEEN;
        }
        return Duration.between(status.laatsteGoed().get(), nu).compareTo(OUD_NA) > 0 ? Ernst.OUD : Ernst.GOED;
    }

    public static Leeftijd leeftijd(Instant toen, Instant nu) {
        Duration d = Duration.between(toen, nu);
        if (d.isNegative() || d.toMinutes() < 1) {
            return new Leeftijd("tijd.zojuist", 0); // a clock set back counts as just now, not "in 5 minutes"
        }
        if (d.toHours() < 1) {
            return new Leeftijd("tijd.minuten", d.toMinutes());
        }
        if (d.toDays() < 1) {
            return new Leeftijd("tijd.uren", d.toHours());
        }
        return new Leeftijd("tijd.dagen", d.toDays());
    }
}
