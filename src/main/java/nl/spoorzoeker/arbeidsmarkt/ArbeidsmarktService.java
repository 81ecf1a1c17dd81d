package nl.spoorzoeker.arbeidsmarkt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Uitvoer;

/**
 * The werknemer's approach of the job market: sollicitaties with a dated step per status and an
 * optional proof file, netwerkcontacten, and the weekly norm agreed in the trajectplan.
 */
public final class ArbeidsmarktService {

    /** Largest proof file kept in the database (the schema enforces the same). */
    public static final int MAX_BEWIJS_BYTES = 20 * 1024 * 1024;

    private final Database db;
    private final Clock clock;

    public ArbeidsmarktService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Everything the Sollicitaties tab shows for one dossier. */
    public record Overzicht(List<Sollicitatie> sollicitaties, List<Netwerkcontact> netwerk, Integer normPerWeek) {
    }

    public Overzicht overzicht(int dossierId) {
        return db.read(ctx -> {
            SollicitatieRepository repo = new SollicitatieRepository(ctx);
            return new Overzicht(repo.list(dossierId), new NetwerkRepository(ctx).list(dossierId), repo.norm(dossierId));
        });
    }

    /** Saves a new sollicitatie prepared or sent on its date; returns its id. */
    public int nieuweSollicitatie(int dossierId, Sollicitatie s, SollicitatieStatus beginStatus) {
        Sollicitatie metStappen = new Sollicitatie(null, s.datum(), s.organisatie(), s.functie(), s.zoekrichting(),
                s.kanaal(), s.feedback(), s.bewijsReferentie(),
                Sollicitatieverloop.beginStappen(beginStatus, s.datum()), null);
        Instant now = clock.instant();
        return db.write(cfg -> new SollicitatieRepository(cfg.dsl()).insert(dossierId, metStappen, now));
    }

    /** Changes the details of a sollicitatie (not its steps). */
    public void wijzigSollicitatie(int dossierId, Sollicitatie s) {
        Instant now = clock.instant();
        if (!db.write(cfg -> new SollicitatieRepository(cfg.dsl()).update(dossierId, s, now))) {
            throw new NoSuchElementException("sollicitatie " + s.id());
        }
    }

    /** Moves a sollicitatie to its next status on a date; refused when the step is out of order. */
    public void zetStap(int sollicitatieId, SollicitatieStatus status, LocalDate datum) {
        Instant now = clock.instant();
        db.write(cfg -> {
            SollicitatieRepository repo = new SollicitatieRepository(cfg.dsl());
            List<Sollicitatie.Stap> stappen = repo.stappen(sollicitatieId);
            if (stappen.isEmpty()) {
                throw new NoSuchElementException("sollicitatie " + sollicitatieId);
            }
            Sollicitatieverloop.probleem(stappen, status, datum).ifPresent(key -> {
                throw new Weigering(key);
            });
            repo.addStap(sollicitatieId, new Sollicitatie.Stap(status, datum));
            repo.setStatus(sollicitatieId, status, now);
            return null;
        });
    }

    /** Takes back the latest step (a correction); the first step always stays. */
    public void herstelStap(int sollicitatieId) {
        Instant now = clock.instant();
        db.write(cfg -> {
            SollicitatieRepository repo = new SollicitatieRepository(cfg.dsl());
            List<Sollicitatie.Stap> stappen = repo.stappen(sollicitatieId);
            if (stappen.size() < 2) {
                throw new Weigering("sollicitatie.fout.eersteStap");
            }
            repo.removeStap(sollicitatieId, stappen.getLast().status());
            repo.setStatus(sollicitatieId, stappen.get(stappen.size() - 2).status(), now);
            return null;
        });
    }

    public void verwijderSollicitatie(int dossierId, int sollicitatieId) {
        db.write(cfg -> {
            new SollicitatieRepository(cfg.dsl()).delete(dossierId, sollicitatieId);
            return null;
        });
    }

    /**
     * Keeps a copy of a proof file in the database (replacing an earlier one). Read in full first,
     * so a file that cannot be read or is too large changes nothing.
     */
    public void voegBewijsToe(int sollicitatieId, Path bestand) throws IOException {
        long size = Files.size(bestand);
        if (size > MAX_BEWIJS_BYTES) {
            throw new Weigering("sollicitatie.fout.bewijsTeGroot");
        }
        byte[] inhoud = Files.readAllBytes(bestand);
        if (inhoud.length > MAX_BEWIJS_BYTES) {
            throw new Weigering("sollicitatie.fout.bewijsTeGroot");
        }
        String mediatype = Optional.ofNullable(Files.probeContentType(bestand)).orElse("application/octet-stream");
        voegBewijsToe(sollicitatieId, bestand.getFileName().toString(), mediatype, inhoud);
    }

    /**
     * Keeps a document made in the app (the sollicitatiebrief as PDF) as the sollicitatie's proof,
     * replacing an earlier one.
     */
    public void voegBewijsToe(int sollicitatieId, String naam, String mediatype, byte[] inhoud) {
        if (inhoud.length > MAX_BEWIJS_BYTES) {
            throw new Weigering("sollicitatie.fout.bewijsTeGroot");
        }
        String sha = sha256(inhoud);
        Instant now = clock.instant();
        db.write(cfg -> {
            SollicitatieRepository repo = new SollicitatieRepository(cfg.dsl());
            if (repo.trajectVan(sollicitatieId).isEmpty()) {
                throw new NoSuchElementException("sollicitatie " + sollicitatieId);
            }
            repo.putBewijs(sollicitatieId, naam, mediatype, sha, inhoud, now);
            return null;
        });
    }

    public Optional<Bijlage> bewijs(int sollicitatieId) {
        return db.read(ctx -> new SollicitatieRepository(ctx).bewijs(sollicitatieId));
    }

    /** Writes the proof file to {@code doel} after checking it is intact (its SHA-256 still matches). */
    public void bewaarBewijsAls(int sollicitatieId, Path doel) throws IOException {
        Bijlage bijlage = bewijs(sollicitatieId).orElseThrow(() -> new NoSuchElementException("bewijs " + sollicitatieId));
        if (!sha256(bijlage.inhoud()).equals(bijlage.sha256())) {
            throw new Weigering("sollicitatie.fout.bewijsBeschadigd");
        }
        Uitvoer.bewaar(db, doel, bijlage.inhoud());
    }

    public void verwijderBewijs(int sollicitatieId) {
        db.write(cfg -> {
            new SollicitatieRepository(cfg.dsl()).removeBewijs(sollicitatieId);
            return null;
        });
    }

    /** The number of sollicitaties per week agreed in the trajectplan; null for none. */
    public void zetNorm(int dossierId, Integer normPerWeek) {
        if (normPerWeek != null && (normPerWeek < 0 || normPerWeek > 50)) {
            throw new Weigering("sollicitatie.fout.norm");
        }
        Instant now = clock.instant();
        db.write(cfg -> {
            new SollicitatieRepository(cfg.dsl()).setNorm(dossierId, normPerWeek, now);
            return null;
        });
    }

    public int logNetwerk(int dossierId, Netwerkcontact n) {
        Instant now = clock.instant();
        return db.write(cfg -> new NetwerkRepository(cfg.dsl()).insert(dossierId, n, now));
    }

    public void wijzigNetwerk(int dossierId, Netwerkcontact n) {
        Instant now = clock.instant();
        if (!db.write(cfg -> new NetwerkRepository(cfg.dsl()).update(dossierId, n, now))) {
            throw new NoSuchElementException("netwerkcontact " + n.id());
        }
    }

    public void verwijderNetwerk(int dossierId, int netwerkcontactId) {
        db.write(cfg -> {
            new NetwerkRepository(cfg.dsl()).delete(dossierId, netwerkcontactId);
            return null;
        });
    }

    /**
     * Per dossier: the date of its latest market activity that is not a logged contact — a sent
     * sollicitatie or a network contact. The gap signal adds the employer and network contacts.
     */
    public Map<Integer, LocalDate> laatsteMarktactiviteit() {
        return db.read(ctx -> {
            Map<Integer, LocalDate> result = new HashMap<>(new SollicitatieRepository(ctx).laatsteVerstuurd());
            new NetwerkRepository(ctx).laatste().forEach((traject, datum) -> result.merge(traject, datum,
                    (a, b) -> a.isAfter(b) ? a : b));
            return result;
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
