package nl.spoorzoeker.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import nl.spoorzoeker.store.Kopiecontrole;

/**
 * Puts a backup back. The backup is decrypted and checked in full in the data folder before
 * anything is replaced (our application id, a schema this program knows, integrity_check); the
 * current database, with its -wal and -shm, is moved aside under a dated name and never deleted;
 * then the checked copy is moved into place in one step. The database must be closed meanwhile.
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
            try (InputStream in = new Telstroom(Files.newInputStream(backup), n -> voortgang.ontsleuteld((double) n / totaal));
                 FileChannel kanaal = FileChannel.open(nieuw, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream uit = Channels.newOutputStream(kanaal);
                Versleuteling.ontsleutel(in, uit, ontgrendeling);
                uit.flush();
                kanaal.force(true);
            }
            voortgang.fase(Fase.CONTROLEREN);
            Kopiecontrole.Uitslag uitslag = Kopiecontrole.controleer(nieuw, true);
            if (!uitslag.goed()) {
                throw new Weigering(uitslag.weigeringKey());
            }
            voortgang.fase(Fase.VERVANGEN);
            List<Path> apart = zetApart(database);
            Files.move(nieuw, database, StandardCopyOption.ATOMIC_MOVE);
            voortgang.fase(Fase.KLAAR);
            return new Herstel(database, apart);
        } finally {
            Files.deleteIfExists(nieuw);
        }
    }

    /** Moves the database and its -wal and -shm aside under one dated name; nothing is deleted. */
    public List<Path> zetApart(Path database) throws IOException {
        List<Path> apart = new ArrayList<>();
        String stempel = STEMPEL.format(clock.instant());
        for (String achtervoegsel : new String[] {"", "-wal", "-shm"}) {
            Path bron = Path.of(database + achtervoegsel);
            if (Files.exists(bron)) {
                Path doel = Path.of(database.toString().replaceFirst("\\.db$", "") + "-voor-herstel-" + stempel
                        + ".db" + achtervoegsel);
                Files.move(bron, doel, StandardCopyOption.ATOMIC_MOVE);
                apart.add(doel);
            }
        }
        return apart;
    }

    /** Counts the bytes read, for the progress of decrypting a large backup. */
    private static final class Telstroom extends java.io.FilterInputStream {
        private final java.util.function.LongConsumer gelezen;
        private long aantal;

        Telstroom(InputStream in, java.util.function.LongConsumer gelezen) {
            super(in);
            this.gelezen = gelezen;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                gelezen.accept(++aantal);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int lengte) throws IOException {
            int n = super.read(buffer, offset, lengte);
            if (n > 0) {
                aantal += n;
                gelezen.accept(aantal);
            }
            return n;
        }
    }
}
