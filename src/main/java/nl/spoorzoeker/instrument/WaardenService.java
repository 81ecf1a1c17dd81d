package nl.spoorzoeker.instrument;

import nl.spoorzoeker.tijdlijn.Tijdzone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.store.Database;

/**
 * The values card sort and the drives worksheet of a traject (issue 19 item 2), and which kinds of
 * instrument result the coach leaves out of the reports (item 7). A sitting of the card sort is
 * saved whole as it stands, so a pause loses nothing; taking its top five into the persoonsprofiel
 * is a separate step, done when the top is complete, and writes a new version naming the card sort
 * and the sitting's date in the same transaction.
 */
public final class WaardenService {

    /** The instrument code a persoonsprofiel version made from the card sort carries. */
    public static final String WAARDENKAART = "WAARDENKAART";
    /** The instrument code a persoonsprofiel version made from the drives worksheet carries. */
    public static final String DRIJFVEREN = "DRIJFVEREN";

    private static final ZoneId ZONE = Tijdzone.PRAKTIJK;

    private final Database db;
    private final Clock clock;
    private final ProfielService profielen;

    public WaardenService(Database db, Clock clock, ProfielService profielen) {
        this.db = db;
        this.clock = clock;
        this.profielen = profielen;
    }

    public LocalDate vandaag() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** Every sitting of the traject, newest first. */
    public List<Waardensortering> sorteringen(int dossierId) {
        return db.read(ctx -> new WaardenRepository(ctx).sorteringen(dossierId));
    }

    /** Stores a new sitting (id null) or replaces an existing one as it stands; returns its id. */
    public int bewaar(int dossierId, Waardensortering s) {
        List<String> fouten = s.fouten();
        if (!fouten.isEmpty()) {
            throw new InstrumentService.Geweigerd(fouten.getFirst());
        }
        if (s.datum().isAfter(vandaag())) {
            throw new InstrumentService.Geweigerd("waarden.fout.toekomst");
        }
        Instant now = clock.instant();
        return db.write(cfg -> {
            WaardenRepository repo = new WaardenRepository(cfg.dsl());
            if (s.id() == null) {
                return repo.voegToe(dossierId, s, now);
            }
            if (!repo.van(dossierId, s.id())) {
                throw new InstrumentService.Geweigerd("waarden.fout.weg");
            }
            repo.wijzig(s.id(), s, now);
            return s.id();
        });
    }

    public void verwijder(int dossierId, int id) {
        db.write(cfg -> {
            if (!new WaardenRepository(cfg.dsl()).verwijder(dossierId, id)) {
                throw new InstrumentService.Geweigerd("waarden.fout.weg");
            }
            return null;
        });
    }

    /**
     * Writes the top five of a stored sitting into the persoonsprofiel as a new version ("1.
     * Zekerheid; 2. Samenwerken; …" in {@code taal}), naming the card sort and the sitting's date.
     * Refused while the top is not complete. Returns the new version.
     */
    public int naarProfiel(int dossierId, int sorteringId, Locale taal) {
        return db.write(cfg -> {
            WaardenRepository repo = new WaardenRepository(cfg.dsl());
            if (!repo.van(dossierId, sorteringId)) {
                throw new InstrumentService.Geweigerd("waarden.fout.weg");
            }
            Waardensortering s = repo.find(sorteringId).orElseThrow();
            if (!s.topKompleet()) {
                throw new InstrumentService.Geweigerd("waarden.fout.topOnvolledig");
            }
            String tekst = toptekst(s, taal);
            return profielen.bewaarUitInstrument(cfg, dossierId, p -> p.metWaardenUit(tekst, WAARDENKAART, s.datum()));
        });
    }

    /** The top as one line: "1. Zekerheid; 2. Samenwerken". */
    public static String toptekst(Waardensortering s, Locale taal) {
        List<String> delen = new ArrayList<>();
        for (int i = 0; i < s.top().size(); i++) {
            delen.add((i + 1) + ". " + Waardenkaarten.naam(s.top().get(i), taal));
        }
        return String.join("; ", delen);
    }

    public Optional<Drijfveren> drijfveren(int dossierId) {
        return db.read(ctx -> new WaardenRepository(ctx).drijfveren(dossierId));
    }

    /**
     * Keeps the drives worksheet (one per traject, replaced as a whole). With {@code inProfiel} its
     * answers also go into the persoonsprofiel's drives as a new version, in {@code taal}'s words
     * for the questions, in the same transaction.
     */
    public void bewaarDrijfveren(int dossierId, Drijfveren d, boolean inProfiel, java.util.function.Function<Drijfveren,
            String> profieltekst) {
        if (d.leeg()) {
            throw new InstrumentService.Geweigerd("drijfveren.fout.leeg");
        }
        if (d.datum() == null || d.datum().isAfter(vandaag())) {
            throw new InstrumentService.Geweigerd("waarden.fout.toekomst");
        }
        Instant now = clock.instant();
        db.write(cfg -> {
            new WaardenRepository(cfg.dsl()).bewaarDrijfveren(dossierId, d, now);
            if (inProfiel) {
                String tekst = profieltekst.apply(d);
                profielen.bewaarUitInstrument(cfg, dossierId, p -> p.metDrijfverenUit(tekst, DRIJFVEREN, d.datum()));
            }
            return null;
        });
    }

    /** The kinds of result the coach left out of this traject's reports. */
    public Set<Instrumentsoort> weggelaten(int dossierId) {
        return db.read(ctx -> new WaardenRepository(ctx).weggelaten(dossierId));
    }

    public void inRapporten(int dossierId, Instrumentsoort soort, boolean opnemen) {
        db.write(cfg -> {
            new WaardenRepository(cfg.dsl()).opnemen(dossierId, soort, opnemen);
            return null;
        });
    }
}
