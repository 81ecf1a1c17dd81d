package nl.spoorzoeker.slot;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Tweedelocatie;
import nl.spoorzoeker.input.Weigering;

/**
 * The coach's security choices: where backups go besides the data folder (a USB stick, another
 * disk) and after how many idle minutes the app locks.
 */
public final class Beveiligingsinstellingen {

    private static final String TWEEDE_LOCATIE = "backup_tweede_locatie";
    /** The location (as stored) whose marker was written when it was chosen; absent for one chosen before the marker. */
    private static final String TWEEDE_GEMERKT = "backup_tweede_gemerkt";
    /** The location (as stored) the coach was told to choose again; told once per location. */
    private static final String TWEEDE_GEMELD = "backup_tweede_gemeld";
    private static final String SLOT_MINUTEN = "slot_minuten";
    private static final String SCHIJF_GEZIEN = "schijfversleuteling_gezien";
    public static final int STANDAARD_MINUTEN = 5;
    public static final int MIN_MINUTEN = 1;
    public static final int MAX_MINUTEN = 60;

    private final Database db;

    public Beveiligingsinstellingen(Database db) {
        this.db = db;
    }

    public Optional<Path> tweedeLocatie() {
        return db.read(ctx -> new BeveiligingRepository(ctx).get(TWEEDE_LOCATIE)).flatMap(Beveiligingsinstellingen::pad);
    }

    /**
     * Chooses the second location: its marker is written first (the medium is there now, the coach
     * just picked it), so a backup later never takes the empty mount point of an unplugged stick for it.
     */
    public void zetTweedeLocatie(Path map) {
        String waarde = map.toAbsolutePath().toString();
        try {
            Tweedelocatie.markeer(map.toAbsolutePath());
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(Beveiligingsinstellingen.class).warn("Second location not writable: {}", e.toString());
            throw new Weigering("backup.tweede.fout", waarde);
        }
        db.write(cfg -> {
            BeveiligingRepository repo = new BeveiligingRepository(cfg.dsl());
            repo.put(TWEEDE_LOCATIE, waarde);
            repo.put(TWEEDE_GEMERKT, waarde);
            return null;
        });
    }

    public void geenTweedeLocatie() {
        db.write(cfg -> {
            BeveiligingRepository repo = new BeveiligingRepository(cfg.dsl());
            repo.remove(TWEEDE_LOCATIE);
            repo.remove(TWEEDE_GEMERKT);
            repo.remove(TWEEDE_GEMELD);
            return null;
        });
    }

    /**
     * The second location when it was chosen before the marker existed (issue 23 item 3): a version
     * that wrote no marker chose it, so {@code BackupService.kopieerNaar} now refuses it as an empty
     * mount point and backups silently stop going there. The way out is to choose it again while the
     * medium is in (that writes the marker). A location whose marker is there after all (chosen by a
     * version that wrote the marker but kept no record of it) is recorded as marked here and not named.
     */
    public Optional<Path> tweedeLocatieVanVoorHetMerk() {
        Optional<Path> locatie = tweedeLocatie();
        if (locatie.isEmpty()) {
            return Optional.empty();
        }
        String waarde = db.read(ctx -> new BeveiligingRepository(ctx).get(TWEEDE_LOCATIE)).orElseThrow();
        if (db.read(ctx -> new BeveiligingRepository(ctx).get(TWEEDE_GEMERKT)).filter(waarde::equals).isPresent()) {
            return Optional.empty();
        }
        if (Tweedelocatie.aangesloten(locatie.get())) {
            db.write(cfg -> {
                new BeveiligingRepository(cfg.dsl()).put(TWEEDE_GEMERKT, waarde);
                return null;
            });
            return Optional.empty();
        }
        return locatie;
    }

    /** As {@link #tweedeLocatieVanVoorHetMerk()}, while the coach has not been told about this location yet. */
    public Optional<Path> tweedeLocatieTeMelden() {
        return tweedeLocatieVanVoorHetMerk().filter(p -> db.read(ctx -> new BeveiligingRepository(ctx).get(TWEEDE_GEMELD))
                .filter(p.toString()::equals).isEmpty());
    }

    /** The coach was told to choose {@code locatie} again: not told again for it. */
    public void zetTweedeLocatieGemeld(Path locatie) {
        db.write(cfg -> {
            new BeveiligingRepository(cfg.dsl()).put(TWEEDE_GEMELD, locatie.toString());
            return null;
        });
    }

    /** After how many idle minutes the app locks (5 unless the coach chose otherwise). */
    public int vergrendelNaMinuten() {
        return db.read(ctx -> new BeveiligingRepository(ctx).get(SLOT_MINUTEN)).flatMap(Beveiligingsinstellingen::getal)
                .filter(m -> m >= MIN_MINUTEN && m <= MAX_MINUTEN).orElse(STANDAARD_MINUTEN);
    }

    public void zetVergrendelNaMinuten(int minuten) {
        if (minuten < MIN_MINUTEN || minuten > MAX_MINUTEN) {
            throw new Weigering("slot.fout.minuten", MIN_MINUTEN, MAX_MINUTEN);
        }
        db.write(cfg -> {
            new BeveiligingRepository(cfg.dsl()).put(SLOT_MINUTEN, Integer.toString(minuten));
            return null;
        });
    }

    /** The disk-encryption state the coach was last warned about and acknowledged (warned once per state). */
    public Optional<Schijfversleuteling.Stand> schijfversleutelingGezien() {
        return db.read(ctx -> new BeveiligingRepository(ctx).get(SCHIJF_GEZIEN)).flatMap(t -> {
            try {
                return Optional.of(Schijfversleuteling.Stand.valueOf(t));
            } catch (IllegalArgumentException e) {
                org.slf4j.LoggerFactory.getLogger(Beveiligingsinstellingen.class)
                        .warn("Unknown stored disk-encryption state; the warning will show again", e);
                return Optional.empty();
            }
        });
    }

    public void zetSchijfversleutelingGezien(Schijfversleuteling.Stand stand) {
        db.write(cfg -> {
            new BeveiligingRepository(cfg.dsl()).put(SCHIJF_GEZIEN, stand.name());
            return null;
        });
    }

    /** Whether to warn now: the disk is not known to be encrypted, and this state was not acknowledged yet. */
    public boolean waarschuwVoor(Schijfversleuteling.Stand stand) {
        return stand != Schijfversleuteling.Stand.AAN && schijfversleutelingGezien().filter(stand::equals).isEmpty();
    }

    private static Optional<Integer> getal(String tekst) {
        try {
            return Optional.of(Integer.parseInt(tekst.strip()));
        } catch (NumberFormatException e) {
            org.slf4j.LoggerFactory.getLogger(Beveiligingsinstellingen.class).warn("A stored number setting is unreadable; the default applies", e);
            return Optional.empty();
        }
    }

    private static Optional<Path> pad(String tekst) {
        try {
            return Optional.of(Path.of(tekst));
        } catch (InvalidPathException e) {
            // Stored on another operating system (a restored backup): as if none was chosen.
            return Optional.empty();
        }
    }
}
