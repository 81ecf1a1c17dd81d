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
        Path map = database.toAbsolutePath().getParent();
        Bestanden.maakPriveMap(map);
        Path nieuw = map.resolve(".herstel-" + STEMPEL.format(clock.instant()) + ".db");
        try {
            try (InputStream in = Files.newInputStream(backup);
                 FileChannel kanaal = FileChannel.open(nieuw, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream uit = Channels.newOutputStream(kanaal);
                Versleuteling.ontsleutel(in, uit, ontgrendeling);
                uit.flush();
                kanaal.force(true);
            }
            Kopiecontrole.Uitslag uitslag = Kopiecontrole.controleer(nieuw, true);
            if (!uitslag.goed()) {
                throw new Weigering(!uitslag.vanOns() ? "herstel.fout.nietOns"
                        : uitslag.schemaVersie() > nl.spoorzoeker.store.Migrations.LATEST ? "herstel.fout.nieuwer"
                        : "herstel.fout.beschadigd");
            }
            List<Path> apart = zetApart(database);
            Files.move(nieuw, database, StandardCopyOption.ATOMIC_MOVE);
            return new Herstel(database, apart);
        } finally {
            Files.deleteIfExists(nieuw);
        }
    }

    /** Moves the database and its -wal and -shm aside under one dated name; nothing is deleted. */
    List<Path> zetApart(Path database) throws IOException {
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
}
