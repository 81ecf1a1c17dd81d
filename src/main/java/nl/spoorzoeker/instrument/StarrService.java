package nl.spoorzoeker.instrument;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import java.util.List;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.store.Database;

/**
 * The STARR stories of a traject (issue 19 item 4): several per werknemer, each saved as a whole
 * with its competency tags. Texts are checked at the edge (the form); the service keeps the rules
 * that hold whoever calls it: a title, tags each once and of a tag's length.
 */
public final class StarrService {

    private final Database db;
    private final Clock clock;
    private final ProfielService profielen;

    public StarrService(Database db, Clock clock, ProfielService profielen) {
        this.db = db;
        this.clock = clock;
        this.profielen = profielen;
    }

    public List<StarrVerhaal> lijst(int dossierId) {
        return db.read(ctx -> new StarrRepository(ctx).vanDossier(dossierId));
    }

    /**
     * The competencies to choose from: those of the latest persoonsprofiel first, then the tags
     * already given to the dossier's stories.
     */
    public List<String> competentieKeuze(int dossierId) {
        List<Persoonsprofiel> versies = profielen.profielen(dossierId).persoonsprofielen();
        List<String> uitProfiel = versies.isEmpty() ? List.of() : Competenties.uit(versies.getFirst().competenties());
        List<String> gegeven = lijst(dossierId).stream().flatMap(s -> s.competenties().stream()).toList();
        return Competenties.samen(uitProfiel, gegeven);
    }

    /** Adds a new story (id null) or changes an existing one; returns its id. */
    public int bewaar(int dossierId, StarrVerhaal verhaal) {
        if (verhaal.titel() == null || verhaal.titel().isBlank()) {
            throw new IllegalArgumentException("a STARR story needs a title");
        }
        List<String> tags = Competenties.samen(verhaal.competenties().stream().map(String::strip)
                .filter(t -> !t.isEmpty()).toList());
        if (tags.stream().anyMatch(t -> t.length() > Competenties.MAX)) {
            throw new Weigering("starr.fout.tagTeLang", Competenties.MAX);
        }
        StarrVerhaal schoon = new StarrVerhaal(verhaal.id(), verhaal.titel().strip(), verhaal.situatie(),
                verhaal.taak(), verhaal.actie(), verhaal.resultaat(), verhaal.reflectie(), tags, verhaal.datum(), null);
        Instant now = clock.instant();
        // A report prints it from this day on: a day ahead would hide it from reports until then.
        if (schoon.datum() != null && schoon.datum().isAfter(LocalDate.ofInstant(now, Tijdzone.PRAKTIJK))) {
            throw new Weigering("input.dateInFuture");
        }
        return db.write(cfg -> {
            StarrRepository repo = new StarrRepository(cfg.dsl());
            if (schoon.id() == null) {
                return repo.voegToe(dossierId, schoon,
                        schoon.datum() != null ? schoon.datum() : LocalDate.ofInstant(now, Tijdzone.PRAKTIJK), now);
            }
            if (!repo.wijzig(dossierId, schoon, now)) {
                throw new Weigering("starr.fout.weg");
            }
            return schoon.id();
        });
    }

    /**
     * Every saved text of one of the dossier's stories, newest first (the first is the current text);
     * refused when it is not the dossier's (any more).
     */
    public List<Tekstversie<StarrVerhaal>> versies(int dossierId, int id) {
        return db.read(ctx -> {
            StarrRepository repo = new StarrRepository(ctx);
            if (!repo.hoortBij(dossierId, id)) {
                throw new Weigering("starr.fout.weg");
            }
            return repo.versies(id);
        });
    }

    /**
     * Makes an earlier text current again (with the competencies it had), as a new version: the
     * history keeps every step, also the text that is replaced now. The day it was told stays.
     */
    public void herstel(int dossierId, int id, int versie) {
        db.write(cfg -> {
            StarrRepository repo = new StarrRepository(cfg.dsl());
            StarrVerhaal oud = repo.hoortBij(dossierId, id) ? repo.versies(id).stream()
                    .filter(v -> v.nummer() == versie).map(Tekstversie::tekst).findFirst().orElse(null) : null;
            if (oud == null || !repo.wijzig(dossierId, oud, clock.instant())) {
                throw new Weigering("starr.fout.weg");
            }
            return null;
        });
    }

    public void verwijder(int dossierId, int id) {
        db.write(cfg -> {
            if (!new StarrRepository(cfg.dsl()).verwijder(dossierId, id)) {
                throw new Weigering("starr.fout.weg");
            }
            return null;
        });
    }
}
