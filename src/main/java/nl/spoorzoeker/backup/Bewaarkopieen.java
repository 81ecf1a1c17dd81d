package nl.spoorzoeker.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.store.Bestanden;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the safety copies beside a practice (issue 23 item 3). What a restore kept of the
 * database it replaced, the copy before a migration, a -wal set aside as foreign and what older
 * versions kept before replaying a WAL ({@code herstel-kopieen/}) are written in the clear by the
 * steps that make them, because those steps run before the passphrase is known. At the first
 * unlock after that they are encrypted with the data key into {@value Database#BEWAARD}/ and the
 * plain files are removed:
 *
 * <ul>
 *   <li>a database copy is read with its own -wal (read-only: the WAL's committed work is in it) into
 *       one compact file and encrypted as a backup file ({@code .szb}): {@code spoorzoeker restore
 *       bewaard/NAME.szb} puts it back like any backup;</li>
 *   <li>any other file (a foreign -wal, each file of a copy SQLite cannot read) is encrypted byte
 *       for byte ({@code .szv}, the same format);</li>
 *   <li>an encrypted copy older than {@link #LEVENSDUUR} is removed: by then every generation of the
 *       backups has been made after it, and it only holds data the coach has since replaced;</li>
 *   <li>a retention deletion removes them all ({@code Database.veiligheidskopieen}).</li>
 * </ul>
 *
 * A kill at any point leaves either the plain copy (encrypted again at the next unlock), or the
 * finished encrypted copy beside what is left of the plain one (the plain rest is then only removed:
 * the encrypted one is whole, it is renamed into place only after it was forced to disk). The plain
 * intermediate copy lives in the private temp folder, which every start empties; a half-written
 * encrypted file ({@code .tmp-*} in {@value Database#BEWAARD}/) is removed by the next pass.
 * When the database itself is missing nothing runs: the copies are then what the recovery screen offers.
 */
public final class Bewaarkopieen {

    private static final Logger LOG = LoggerFactory.getLogger(Bewaarkopieen.class);
    /** How long an encrypted safety copy is kept when no retention deletion removes it first. */
    public static final Duration LEVENSDUUR = Duration.ofDays(30);
    private static final String TMP = ".tmp-";

    private Bewaarkopieen() {
    }

    /** What one pass did. */
    public record Uitslag(int versleuteld, int verlopen) {
    }

    /**
     * Encrypts every plaintext safety copy beside {@code database} into {@value Database#BEWAARD}/ and
     * removes the plain files; removes encrypted copies past their lifetime and half-written ones.
     *
     * @param tijdelijk the private temp folder (emptied at every start) for the compact plain copy
     */
    public static Uitslag bijOntgrendelen(Path database, Path tijdelijk, Sleutelring ring, byte[] dataSleutel,
                                          Clock clock) throws IOException {
        Path map = database.toAbsolutePath().getParent();
        if (!Files.exists(database)) {
            return new Uitslag(0, 0);
        }
        Path bewaard = map.resolve(Database.BEWAARD);
        int versleuteld = 0;
        for (Map.Entry<String, List<Path>> kopie : groepen(database).entrySet()) {
            Bestanden.maakPriveMap(bewaard);
            versleutel(kopie.getKey(), kopie.getValue(), bewaard, tijdelijk, ring, dataSleutel);
            versleuteld++;
        }
        Path oud = map.resolve("herstel-kopieen");
        if (Files.isDirectory(oud)) {
            try (var rest = Files.list(oud)) {
                if (rest.findAny().isEmpty()) {
                    Files.delete(oud);
                }
            }
        }
        int verlopen = 0;
        if (Files.isDirectory(bewaard)) {
            try (var bestanden = Files.list(bewaard)) {
                for (Path p : bestanden.toList()) {
                    boolean half = p.getFileName().toString().startsWith(TMP);
                    if (half || Files.getLastModifiedTime(p).toInstant().isBefore(clock.instant().minus(LEVENSDUUR))) {
                        Files.deleteIfExists(p);
                        verlopen += half ? 0 : 1;
                    }
                }
            }
            Bestanden.forceerMap(bewaard);
        }
        if (versleuteld + verlopen > 0) {
            LOG.info("Safety copies: {} encrypted, {} past their lifetime removed", versleuteld, verlopen);
        }
        return new Uitslag(versleuteld, verlopen);
    }

    /**
     * The plain copies grouped by the encrypted file each becomes: a database copy with its sidecars
     * ({@code -wal}, {@code -shm}, session mark), an older version's folder as one, anything else alone.
     */
    static Map<String, List<Path>> groepen(Path database) throws IOException {
        Map<String, List<Path>> groepen = new LinkedHashMap<>();
        for (Path p : Database.plattekopieen(database)) {
            String naam = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                groepen.computeIfAbsent(naam + ".szb", k -> new ArrayList<>()).add(p);
            } else if (naam.matches(".*-voor-(herstel|migratie)-.*\\.db(-wal|-shm|-sessie|-journal)?")) {
                groepen.computeIfAbsent(naam.replaceFirst("\\.db(-wal|-shm|-sessie|-journal)?$", "") + ".szb",
                        k -> new ArrayList<>()).add(p);
            } else {
                groepen.computeIfAbsent(naam + ".szv", k -> new ArrayList<>()).add(p);
            }
        }
        return groepen;
    }

    private static void versleutel(String naam, List<Path> delen, Path bewaard, Path tijdelijk, Sleutelring ring,
                                   byte[] dataSleutel) throws IOException {
        Path doel = bewaard.resolve(naam);
        if (!Files.exists(doel)) {
            Path bron = databaseVan(delen);
            Path plat = null;
            try {
                if (bron != null) {
                    Bestanden.maakPriveMap(tijdelijk);
                    plat = tijdelijk.resolve(".bewaar-" + UUID.randomUUID() + ".db");
                    try {
                        Database.kopieerAlleenLezen(bron, plat);
                    } catch (SQLException e) {
                        // Not readable as a database (damaged): every file of it kept byte for byte below.
                        LOG.info("A safety copy is not readable as a database; kept as it is: {}", e.getMessage());
                        Files.deleteIfExists(plat);
                        plat = null;
                    }
                }
                if (plat != null) {
                    schrijf(plat, doel, ring, dataSleutel);
                } else {
                    String stam = naam.replaceFirst("\\.sz[bv]$", "");
                    for (Path bestand : bestanden(delen)) {
                        String eigen = bestand.getFileName().toString();
                        Path los = bewaard.resolve(eigen.startsWith(stam) ? eigen + ".szv" : stam + "-" + eigen + ".szv");
                        if (!Files.exists(los)) {
                            schrijf(bestand, los, ring, dataSleutel);
                        }
                    }
                }
            } finally {
                if (plat != null) {
                    Files.deleteIfExists(plat);
                }
            }
        }
        // The encrypted copy is whole and on disk: the plain files go, the database file last (its
        // name is what finds the sidecars again if this stops halfway).
        List<Path> weg = new ArrayList<>(delen);
        for (Path p : delen) {
            if (p.getFileName().toString().endsWith(".db")) {
                // the -shm the read-only connection made, and sidecars listed before it existed
                for (String achtervoegsel : new String[] {"-wal", "-shm", "-sessie", "-journal"}) {
                    Path zij = Path.of(p + achtervoegsel);
                    if (!weg.contains(zij)) {
                        weg.add(zij);
                    }
                }
            }
        }
        weg.sort(Comparator.comparing((Path p) -> p.getFileName().toString().endsWith(".db")));
        for (Path p : weg) {
            verwijder(p);
            Breekpunt.na("bewaar.plat-weg");
        }
        Bestanden.forceerMap(delen.getFirst().getParent());
    }

    /** Encrypts {@code bron} into {@code doel}: under a temporary name, forced, then renamed and the folder forced. */
    private static void schrijf(Path bron, Path doel, Sleutelring ring, byte[] dataSleutel) throws IOException {
        Path tmp = doel.resolveSibling(TMP + UUID.randomUUID());
        try (InputStream in = Files.newInputStream(bron);
             OutputStream uit = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
            Versleuteling.versleutel(in, uit, ring, dataSleutel);
        }
        Bestanden.forceer(tmp);
        Breekpunt.na("bewaar.versleuteld-geforceerd");
        Files.move(tmp, doel, StandardCopyOption.ATOMIC_MOVE);
        Bestanden.forceerMap(doel.getParent());
        Breekpunt.na("bewaar.naar-bewaard");
    }

    /** The database file of a group (in an older version's folder: the .db inside it), or null. */
    private static Path databaseVan(List<Path> delen) throws IOException {
        for (Path p : delen) {
            if (Files.isDirectory(p)) {
                try (var inhoud = Files.list(p)) {
                    return inhoud.filter(q -> q.getFileName().toString().endsWith(".db")).findFirst().orElse(null);
                }
            }
            if (p.getFileName().toString().endsWith(".db")) {
                return p;
            }
        }
        return null;
    }

    /** Every file of a group that holds data (an -shm holds none), those inside a folder included. */
    private static List<Path> bestanden(List<Path> delen) throws IOException {
        List<Path> bestanden = new ArrayList<>();
        for (Path p : delen) {
            if (Files.isDirectory(p)) {
                try (var inhoud = Files.walk(p)) {
                    inhoud.filter(Files::isRegularFile).forEach(bestanden::add);
                }
            } else if (Files.isRegularFile(p)) {
                bestanden.add(p);
            }
        }
        bestanden.removeIf(p -> p.getFileName().toString().endsWith("-shm"));
        return bestanden;
    }

    private static void verwijder(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (var boom = Files.walk(p)) {
                for (Path q : boom.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            }
        } else {
            Files.deleteIfExists(p);
        }
    }
}
