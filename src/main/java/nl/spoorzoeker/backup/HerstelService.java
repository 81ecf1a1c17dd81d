package nl.spoorzoeker.backup;

import nl.spoorzoeker.taak.Telstroom;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.crypto.OngeldigBestand;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Bestanden;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.store.Wisseljournaal;
import nl.spoorzoeker.store.Kopiecontrole;

/**
 * Puts a backup back. The backup is decrypted and checked in full in the data folder before
 * anything is replaced (our application id, a schema this program knows, integrity_check); the
 * current database, with its -wal, -shm and session mark, is moved aside under a dated name and
 * never deleted; then the checked copy is moved into place. These renames are one journaled swap
 * ({@link Wisseljournaal}): a crash between two of them is finished at the next open, so there is
 * never a moment after which the practice would start empty or lose its -wal. The database must
 * be closed meanwhile.
 */
public final class HerstelService {

    private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** What was done: where the old database went (null when there was none). */
    public record Herstel(Path database, List<Path> apartGezet) {
    }

    private final Clock clock;

    public HerstelService(Clock clock) {
        this.clock = clock;
    }

    public Herstel herstel(Path backup, Versleuteling.Ontgrendeling ontgrendeling, Path database)
            throws IOException, OngeldigBestand, VerkeerdeSleutel {
        return herstel(backup, ontgrendeling, database, fase -> { });
    }

    /** The steps of a restore, for a progress bar: decrypting (with the share done), checking, replacing. */
    public interface Voortgang {
        void fase(Fase fase);

        default void ontsleuteld(double deel) {
        }
    }

    public enum Fase { ONTSLEUTELEN, CONTROLEREN, VERVANGEN, KLAAR }

    public Herstel herstel(Path backup, Versleuteling.Ontgrendeling ontgrendeling, Path database, Voortgang voortgang)
            throws IOException, OngeldigBestand, VerkeerdeSleutel {
        Path map = database.toAbsolutePath().getParent();
        Bestanden.maakPriveMap(map);
        Path nieuw = map.resolve(".herstel-" + STEMPEL.format(clock.instant()) + ".db");
        try {
            voortgang.fase(Fase.ONTSLEUTELEN);
            long totaal = Math.max(1, Files.size(backup));
            try (InputStream in = new Telstroom(Files.newInputStream(backup), 1, n -> voortgang.ontsleuteld((double) n / totaal));
                 FileChannel kanaal = FileChannel.open(nieuw, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream uit = Channels.newOutputStream(kanaal);
                Versleuteling.ontsleutel(in, uit, ontgrendeling);
                uit.flush();
                kanaal.force(true);
            } catch (IOException e) {
                throw Bestanden.benoem(e, map); // the staged copy's folder: the data folder's disk is full
            }
            voortgang.fase(Fase.CONTROLEREN);
            Kopiecontrole.Uitslag uitslag = Kopiecontrole.controleer(nieuw, true);
            if (!uitslag.goed()) {
                throw new Weigering(uitslag.weigeringKey());
            }
            voortgang.fase(Fase.VERVANGEN);
            Bestanden.forceerMap(map); // the checked copy's name is on disk before the journal names it
            Breekpunt.na("herstel.kopie-klaar");
            List<Path> apart = new ArrayList<>();
            List<Wisseljournaal.Verplaatsing> stappen = apartStappen(database, apart);
            for (String achtervoegsel : new String[] {"-wal", "-shm"}) {
                stappen.add(new Wisseljournaal.Verplaatsing(Path.of(nieuw + achtervoegsel), Path.of(database + achtervoegsel)));
            }
            stappen.add(new Wisseljournaal.Verplaatsing(nieuw, database));
            Wisseljournaal.voerUit(database, stappen, "herstel");
            voortgang.fase(Fase.KLAAR);
            return new Herstel(database, apart);
        } finally {
            Files.deleteIfExists(nieuw);
        }
    }

    /**
     * Moves the database and its -wal, -shm and session mark aside under one dated name, as one
     * journaled swap (a crash halfway is finished at the next open); nothing is deleted.
     */
    public List<Path> zetApart(Path database) throws IOException {
        List<Path> apart = new ArrayList<>();
        Wisseljournaal.voerUit(database, apartStappen(database, apart), "apart");
        return apart;
    }

    /**
     * Puts a kept copy (one a restore or a migration set aside) back as the database, with its own
     * -wal when it has one. A database that is there is set aside first. A -wal left beside a
     * missing database stays when the copy has none of its own: it is the copy's (an older
     * version's restore moved the database without it), and the open checks it before replaying.
     */
    public List<Path> zetKopieTerug(Path kopie, Path database) throws IOException {
        List<Path> apart = new ArrayList<>();
        List<Wisseljournaal.Verplaatsing> stappen = Files.exists(database) ? apartStappen(database, apart) : new ArrayList<>();
        boolean eigenWal = Files.exists(Path.of(kopie + "-wal"));
        Path wees = Path.of(database + "-wal");
        if (!Files.exists(database) && eigenWal && Files.exists(wees)) {
            Path doel = Path.of(wees + ".apart-" + STEMPEL.format(clock.instant()));
            stappen.add(new Wisseljournaal.Verplaatsing(wees, doel));
            apart.add(doel);
        }
        for (String achtervoegsel : new String[] {"-wal", "-shm", "-sessie"}) {
            stappen.add(new Wisseljournaal.Verplaatsing(Path.of(kopie + achtervoegsel), Path.of(database + achtervoegsel)));
        }
        stappen.add(new Wisseljournaal.Verplaatsing(kopie, database));
        Wisseljournaal.voerUit(database, stappen, "kopie-terug");
        return apart;
    }

    /** The renames that set the database and what belongs to it aside; {@code apart} gets the names that will exist. */
    private List<Wisseljournaal.Verplaatsing> apartStappen(Path database, List<Path> apart) {
        List<Wisseljournaal.Verplaatsing> stappen = new ArrayList<>();
        String basis = database.toString().replaceFirst("\\.db$", "") + "-voor-herstel-" + STEMPEL.format(clock.instant());
        String stempel = basis;
        for (int n = 2; bezet(stempel); n++) {
            stempel = basis + "-" + n; // a second restore within the same second
        }
        for (String achtervoegsel : new String[] {"", "-wal", "-shm", "-sessie"}) {
            Path bron = Path.of(database + achtervoegsel);
            Path doel = Path.of(stempel + ".db" + achtervoegsel);
            stappen.add(new Wisseljournaal.Verplaatsing(bron, doel));
            if (Files.exists(bron)) {
                apart.add(doel);
            }
        }
        return stappen;
    }

    private static boolean bezet(String stam) {
        return java.util.stream.Stream.of("", "-wal", "-shm", "-sessie").anyMatch(a -> Files.exists(Path.of(stam + ".db" + a)));
    }
}
