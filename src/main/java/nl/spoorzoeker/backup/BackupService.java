package nl.spoorzoeker.backup;

import nl.spoorzoeker.taak.Telstroom;
import nl.spoorzoeker.store.Breekpunt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.spoorzoeker.crypto.OngeldigBestand;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Kopiecontrole;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.store.Bestanden;
import nl.spoorzoeker.store.Tweedelocatie;
import nl.spoorzoeker.taak.Voortgang;

/**
 * Verified, encrypted backups. A backup is a consistent copy ({@code VACUUM INTO}) made in the
 * data folder's private temporary folder, forced to disk and checked in full while it is
 * encrypted into the target folder under a temporary name and forced; the file as written is
 * decrypted again and must give exactly the checked bytes; only then is it renamed in one step.
 * Only a file that passed all of that carries a backup name; what a crash leaves behind has a temporary name and is ignored and cleaned up.
 * Plain copies never leave the private folder and are deleted at once.
 */
public final class BackupService {

    public static final String EXTENSIE = ".szb";
    private static final String VOORVOEGSEL = "spoorzoeker-";
    private static final String TIJDELIJK = ".szb-tmp-";
    private static final DateTimeFormatter NAAM = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** One verified backup generation. */
    public record Backup(Path bestand, Instant gemaakt, long grootte) {
    }

    private final Database db;
    private final Path tijdelijk;
    private final Clock clock;

    /** The private folder for plain copies while they are made (emptied at every start). */
    Path tijdelijk() {
        return tijdelijk;
    }

    /** @param tijdelijk a private folder (owner only) for the plain copy while it is made and checked */
    public BackupService(Database db, Path tijdelijk, Clock clock) {
        this.db = db;
        this.tijdelijk = tijdelijk;
        this.clock = clock;
    }

    public Backup maak(Path map, Sleutelring ring, byte[] dataSleutel) throws IOException, SQLException {
        return maak(map, ring, dataSleutel, Voortgang.GEEN);
    }

    /**
     * As above, telling {@code voortgang} how far it is: the copy (one VACUUM INTO, a single step) is
     * the first third, the encryption by bytes read the next half, the check the rest. Each step is a
     * point where a cancel may stop it, up to the last one just before the rename: then the plain copy
     * and the encrypted temporary file are removed (finally below) and no generation is added.
     */
    public Backup maak(Path map, Sleutelring ring, byte[] dataSleutel, Voortgang voortgang)
            throws IOException, SQLException {
        Files.createDirectories(map);
        Bestanden.maakPriveMap(tijdelijk);
        Instant nu = clock.instant();
        Path plat = tijdelijk.resolve(TIJDELIJK + NAAM.format(nu) + ".db");
        Path versleuteld = map.resolve(TIJDELIJK + NAAM.format(nu) + EXTENSIE);
        Path doel = map.resolve(VOORVOEGSEL + NAAM.format(nu) + EXTENSIE);
        try {
            Files.deleteIfExists(plat);
            db.vacuumInto(plat);
            Breekpunt.na("backup.kopie-gemaakt");
            forceer(plat);
            Breekpunt.na("backup.kopie-geforceerd");
            voortgang.stap(0.3);
            // One full check of the copy, with our schema trusted: it was just made from the open
            // database, whose schema was checked when it opened (a file from elsewhere gets
            // Kopiecontrole.controleer's untrusted pass first, see controleer below). It only reads,
            // so it runs beside the encryption and its verification (it takes two threads of its
            // own); nothing is renamed into place before all are done and the check said yes.
            java.util.concurrent.CompletableFuture<Kopiecontrole.Uitslag> controle =
                    Kopiecontrole.controleerEigenKopieNaast(plat);
            long totaal = Math.max(1, Files.size(plat));
            try (InputStream in = new Telstroom(Files.newInputStream(plat), 1 << 16, n -> voortgang.stap(0.3 + 0.5 * n / totaal));
                 FileChannel kanaal = FileChannel.open(versleuteld, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream uit = Channels.newOutputStream(kanaal);
                Versleuteling.versleutel(in, uit, ring, dataSleutel);
                uit.flush();
                kanaal.force(true);
                // The file as written must decrypt to the whole checked copy. Every block's tag
                // binds its bytes to its place and the last block is marked, so a file that
                // decrypts is exactly what was encrypted; the length shows that was all of the copy.
                // (A digest of both sides, as before, cost 0.8 s of CPU on 400 MB and could not
                // catch anything the tags do not: both sides digested what the encryption read.)
                // Done before the rename, which does not change the bytes, so it overlaps the check.
                if (ontsleuteldeLengte(versleuteld, dataSleutel) != Files.size(plat)) {
                    throw new Weigering("backup.fout.controle");
                }
            } finally {
                wachtOp(controle); // never leave the check running on a file about to be deleted
            }
            Breekpunt.na("backup.versleuteld-geforceerd");
            if (!controle.join().goed()) {
                throw new Weigering("backup.fout.kopie");
            }
            voortgang.stap(1.0); // the last stopping point: after the rename the generation is there
            Files.move(versleuteld, doel, StandardCopyOption.ATOMIC_MOVE);
            Breekpunt.na("backup.generatie-verplaatst");
            // The rename lives in the folder: forced, or a power loss could take back a backup the
            // coach was told was made.
            Bestanden.forceerMap(map);
            Breekpunt.na("backup.map-geforceerd");
            new AuditService(db, clock).log(Handeling.BACKUP, null,
                    "back-up (" + Files.size(doel) / 1024 + " KB, gecontroleerd)");
            Breekpunt.na("backup.audit-vastgelegd");
            return new Backup(doel, nu, Files.size(doel));
        } catch (OngeldigBestand | VerkeerdeSleutel e) {
            throw new Weigering("backup.fout.controle");
        } finally {
            Files.deleteIfExists(plat);
            Breekpunt.na("backup.kopie-weg");
            Files.deleteIfExists(versleuteld);
            Breekpunt.na("backup.tmp-weg");
        }
    }

    /**
     * Replaces a generation by a new plain content (a retention deletion took a traject out of it):
     * the copy is checked in full, encrypted under a temporary name beside the generation, forced,
     * decrypted again to its full length, then renamed over the generation in one step and the
     * folder forced. A kill before the rename leaves the old generation and a temporary file that the
     * next start removes; after it, the new one. The name, and so the date the thinning schedule
     * reads, stays.
     */
    public static void vervangGeneratie(Path generatie, Path plat, Sleutelring ring, byte[] dataSleutel)
            throws IOException {
        if (!Kopiecontrole.controleer(plat, true).goed()) {
            throw new Weigering("backup.fout.kopie");
        }
        Path map = generatie.toAbsolutePath().getParent();
        Path tmp = map.resolve(TIJDELIJK + generatie.getFileName());
        try {
            Files.deleteIfExists(tmp);
            try (InputStream in = Files.newInputStream(plat);
                 FileChannel kanaal = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream uit = Channels.newOutputStream(kanaal);
                Versleuteling.versleutel(in, uit, ring, dataSleutel);
                uit.flush();
                kanaal.force(true);
            }
            if (ontsleuteldeLengte(tmp, dataSleutel) != Files.size(plat)) {
                throw new Weigering("backup.fout.controle");
            }
            Breekpunt.na("schoning.versleuteld-geforceerd");
            Files.move(tmp, generatie, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Breekpunt.na("schoning.generatie-vervangen");
            Bestanden.forceerMap(map);
            Breekpunt.na("schoning.map-geforceerd");
        } catch (OngeldigBestand | VerkeerdeSleutel e) {
            throw new Weigering("backup.fout.controle");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Copies a verified backup into a second folder under the same name: written under a temporary
     * name, forced, compared byte for byte with the original, then renamed in one step. A copy
     * that differs is removed and refused, so the second folder never holds a partial file.
     */
    public Backup kopieerNaar(Backup bron, Path map) throws IOException {
        if (!Files.isDirectory(map)) {
            throw new Weigering("backup.tweede.onbereikbaar", map);
        }
        if (Tweedelocatie.zonderMerk(map)) {
            // The folder is there, the marker written when it was chosen is not: most likely the empty
            // mount point of a stick that is not plugged in, on the system disk. Nothing is written there.
            throw new Weigering("backup.tweede.geenMerk", map);
        }
        Path tijdelijkDoel = map.resolve(TIJDELIJK + bron.bestand().getFileName());
        Path doel = map.resolve(bron.bestand().getFileName());
        try {
            Files.deleteIfExists(tijdelijkDoel);
            try (InputStream in = Files.newInputStream(bron.bestand());
                 FileChannel kanaal = FileChannel.open(tijdelijkDoel, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                in.transferTo(Channels.newOutputStream(kanaal));
                kanaal.force(true);
            }
            if (Files.mismatch(bron.bestand(), tijdelijkDoel) != -1) {
                throw new Weigering("backup.fout.kopieTweede", map);
            }
            Files.move(tijdelijkDoel, doel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Backup(doel, bron.gemaakt(), Files.size(doel));
        } finally {
            Files.deleteIfExists(tijdelijkDoel);
        }
    }

    /**
     * Decrypts a backup into the private folder and checks the copy in full (integrity, our
     * application id, a schema version this program knows); the plain copy is deleted afterwards.
     */
    public Kopiecontrole.Uitslag controleer(Path bestand, Versleuteling.Ontgrendeling ontgrendeling)
            throws IOException, OngeldigBestand, VerkeerdeSleutel {
        Bestanden.maakPriveMap(tijdelijk);
        Path plat = Files.createTempFile(tijdelijk, TIJDELIJK, ".db");
        try {
            try (InputStream in = Files.newInputStream(bestand); OutputStream uit = Files.newOutputStream(plat)) {
                Versleuteling.ontsleutel(in, uit, ontgrendeling);
            }
            return Kopiecontrole.controleer(plat, true);
        } finally {
            Files.deleteIfExists(plat);
        }
    }

    /** The verified generations in a folder, newest first (temporary leftovers are not generations). */
    public List<Backup> generaties(Path map) throws IOException {
        return generatiesIn(map);
    }

    /** As {@link #generaties(Path)}, without an open database (the screen for a database that will not open). */
    public static List<Backup> generatiesIn(Path map) throws IOException {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        List<Backup> lijst = new ArrayList<>();
        try (Stream<Path> bestanden = Files.list(map)) {
            for (Path p : bestanden.toList()) {
                String naam = p.getFileName().toString();
                if (naam.startsWith(VOORVOEGSEL) && naam.endsWith(EXTENSIE)) {
                    try {
                        Instant gemaakt = Instant.from(NAAM.parse(naam.substring(VOORVOEGSEL.length(),
                                naam.length() - EXTENSIE.length())));
                        lijst.add(new Backup(p, gemaakt, Files.size(p)));
                    } catch (java.time.format.DateTimeParseException e) {
                        // A file named like ours by someone else: not a generation.
                    }
                }
            }
        }
        lijst.sort(Comparator.comparing(Backup::gemaakt).reversed());
        return lijst;
    }

    /** Whether a removed file was what an interrupted run left (a temporary name), not a backup generation. */
    public static boolean isRestant(Path p) {
        return p.getFileName().toString().startsWith(TIJDELIJK);
    }

    /** Removes generations the schema does not keep, and what interrupted runs left; returns what was removed. */
    public List<Path> dunUit(Path map, ZoneId zone) throws IOException {
        List<Path> weg = new ArrayList<>();
        List<Backup> alle = generaties(map);
        Set<Instant> houden = Bewaarschema.teBewaren(alle.stream().map(Backup::gemaakt).toList(), clock.instant(), zone);
        for (Backup b : alle) {
            if (!houden.contains(b.gemaakt())) {
                Files.deleteIfExists(b.bestand());
                Breekpunt.na("uitdunnen.generatie-weg");
                weg.add(b.bestand());
            }
        }
        for (Path map2 : List.of(map, tijdelijk)) {
            if (Files.isDirectory(map2)) {
                try (Stream<Path> bestanden = Files.list(map2)) {
                    for (Path p : bestanden.filter(p -> p.getFileName().toString().startsWith(TIJDELIJK)).toList()) {
                        Files.deleteIfExists(p);
                        weg.add(p);
                    }
                }
            }
        }
        return weg;
    }

    private static void wachtOp(java.util.concurrent.CompletableFuture<?> taak) {
        try {
            taak.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            taak.join(); // the check is short-lived; the plain copy must outlive it
        } catch (java.util.concurrent.ExecutionException e) {
            // reported through the result below
        }
    }

    /** How many bytes an encrypted file decrypts to; throws when any block is not authentic. */
    private static long ontsleuteldeLengte(Path bestand, byte[] dataSleutel)
            throws IOException, OngeldigBestand, VerkeerdeSleutel {
        long[] lengte = new long[1];
        try (InputStream in = Files.newInputStream(bestand);
             OutputStream teller = new OutputStream() {
                 @Override
                 public void write(int b) {
                     lengte[0]++;
                 }

                 @Override
                 public void write(byte[] b, int off, int len) {
                     lengte[0] += len;
                 }
             }) {
            Versleuteling.ontsleutel(in, teller, r -> dataSleutel.clone());
        }
        return lengte[0];
    }

    private static void forceer(Path bestand) throws IOException {
        try (FileChannel kanaal = FileChannel.open(bestand, StandardOpenOption.WRITE)) {
            kanaal.force(true);
        }
    }
}
