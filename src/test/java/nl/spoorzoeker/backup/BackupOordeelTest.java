package nl.spoorzoeker.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupOordeelTest {

    static final Instant NU = Instant.parse("2026-11-25T12:00:00Z");

    static AutoBackup.Status status(Instant goed, Instant mislukt) {
        return new AutoBackup.Status(Optional.ofNullable(goed),
                Optional.ofNullable(mislukt).map(m -> new AutoBackup.Mislukt(m, "backup.fout.algemeen", List.of("x"))),
                Optional.empty());
    }

    @Test
    void theStatusReadsFineOldFailedOrNone() {
        assertEquals(BackupOordeel.Ernst.GEEN, BackupOordeel.ernst(status(null, null), NU));
        assertEquals(BackupOordeel.Ernst.GOED, BackupOordeel.ernst(status(NU.minus(Duration.ofMinutes(12)), null), NU));
        assertEquals(BackupOordeel.Ernst.GOED, BackupOordeel.ernst(status(NU.minus(BackupOordeel.OUD_NA), null), NU));
        assertEquals(BackupOordeel.Ernst.OUD, BackupOordeel.ernst(status(NU.minus(BackupOordeel.OUD_NA).minusSeconds(1), null), NU));
        assertEquals(BackupOordeel.Ernst.MISLUKT, BackupOordeel.ernst(status(null, NU), NU));
        assertEquals(BackupOordeel.Ernst.MISLUKT, BackupOordeel.ernst(status(NU.minusSeconds(60), NU), NU));
        assertEquals(BackupOordeel.Ernst.GOED, BackupOordeel.ernst(status(NU, NU.minusSeconds(60)), NU),
                "a success after the failure clears it");
    }

    @Test
    void agesInWords() {
        assertEquals(new BackupOordeel.Leeftijd("tijd.zojuist", 0), BackupOordeel.leeftijd(NU.minusSeconds(59), NU));
        assertEquals(new BackupOordeel.Leeftijd("tijd.zojuist", 0), BackupOordeel.leeftijd(NU.plusSeconds(300), NU),
                "a clock set back is not 'in five minutes'");
        assertEquals(new BackupOordeel.Leeftijd("tijd.minuten", 1), BackupOordeel.leeftijd(NU.minusSeconds(60), NU));
        assertEquals(new BackupOordeel.Leeftijd("tijd.minuten", 59), BackupOordeel.leeftijd(NU.minusSeconds(3599), NU));
        assertEquals(new BackupOordeel.Leeftijd("tijd.uren", 1), BackupOordeel.leeftijd(NU.minusSeconds(3600), NU));
        assertEquals(new BackupOordeel.Leeftijd("tijd.uren", 23), BackupOordeel.leeftijd(NU.minus(Duration.ofHours(24)).plusSeconds(1), NU));
        assertEquals(new BackupOordeel.Leeftijd("tijd.dagen", 3), BackupOordeel.leeftijd(NU.minus(Duration.ofDays(3)), NU));
    }
}
