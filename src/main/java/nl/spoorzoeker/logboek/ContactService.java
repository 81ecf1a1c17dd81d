package nl.spoorzoeker.logboek;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spoorzoeker.input.Weigering;
import java.util.NoSuchElementException;
import nl.spoorzoeker.store.Database;

/** Logging contactmomenten and adding up the hours against the budget. */
public final class ContactService {

    private final Database db;
    private final Clock clock;

    public ContactService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The log of a dossier (newest first): its contacts and the group sessions it took part in,
     * with its hours against the budget and the budget's burn-down.
     */
    public record Logboek(List<Contactmoment> contacten, List<Urenboek.Groepsregel> groepssessies, Urenstand uren,
                          List<Urenboek.Boeking> boekingen) {
    }

    public Logboek logboek(int dossierId) {
        return db.read(ctx -> {
            ContactRepository repo = new ContactRepository(ctx);
            List<Contactmoment> contacten = repo.list(dossierId);
            List<Urenboek.Groepsregel> groepen = new GroepssessieRepository(ctx).vanDossier(dossierId).stream()
                    .map(s -> regel(s, dossierId)).toList();
            return new Logboek(contacten, groepen, Urenboek.stand(repo.budget(dossierId), contacten, groepen),
                    Urenboek.boekingen(contacten, groepen));
        });
    }

    /**
     * Per traject, the declarable minutes its log adds up to (the sum of {@link Logboek#boekingen}),
     * for every traject in one read: the practice figures need the sums of a thousand trajecten, not
     * their logs.
     */
    public Map<Integer, Integer> declarabeleMinutenPerTraject() {
        return db.read(ctx -> {
            Map<Integer, Integer> som = new java.util.HashMap<>(new ContactRepository(ctx).declarabeleMinuten());
            for (Groepssessie sessie : new GroepssessieRepository(ctx).alle()) {
                Groepsverdeling.declarabeleMinuten(sessie).forEach((traject, minuten) -> som.merge(traject, minuten, Integer::sum));
            }
            return som;
        });
    }

    private static Urenboek.Groepsregel regel(Groepssessie sessie, int dossierId) {
        int aanwezig = sessie.deelnames().stream().filter(d -> d.dossierId() == dossierId)
                .mapToInt(Groepssessie.Deelname::aanwezigMinuten).sum();
        return new Urenboek.Groepsregel(sessie, aanwezig,
                Groepsverdeling.declarabeleMinuten(sessie).getOrDefault(dossierId, 0));
    }

    /**
     * Per dossier: {latest contact, latest employer or network contact} (either may be null). A group
     * session the werknemer attended counts as a contact.
     */
    public Map<Integer, LocalDate[]> laatsteContacten() {
        return db.read(ctx -> {
            Map<Integer, LocalDate[]> result = new ContactRepository(ctx).laatsteContacten();
            new GroepssessieRepository(ctx).laatste().forEach((dossier, datum) -> {
                LocalDate[] dates = result.computeIfAbsent(dossier, k -> new LocalDate[2]);
                if (dates[0] == null || datum.isAfter(dates[0])) {
                    dates[0] = datum;
                }
            });
            return result;
        });
    }

    /** The dossiers that can join a new group session: every active one, by name (minutes are 0). */
    public List<Groepssessie.Deelname> mogelijkeDeelnemers() {
        return db.read(ctx -> new GroepssessieRepository(ctx).actieveDossiers());
    }

    public Optional<Groepssessie> groepssessie(int id) {
        return db.read(ctx -> new GroepssessieRepository(ctx).find(id));
    }

    /** Records a group session once, for all its participants; returns its id. */
    public int logGroepssessie(Groepssessie sessie) {
        controleer(sessie);
        Instant now = clock.instant();
        return db.write(cfg -> new GroepssessieRepository(cfg.dsl()).insert(sessie, now));
    }

    /** Changes a group session; every participant's log shows the change. */
    public void wijzigGroepssessie(Groepssessie sessie) {
        controleer(sessie);
        Instant now = clock.instant();
        if (!db.write(cfg -> new GroepssessieRepository(cfg.dsl()).update(sessie, now))) {
            throw new NoSuchElementException("groepssessie " + sessie.id());
        }
    }

    public void verwijderGroepssessie(int id) {
        db.write(cfg -> {
            new GroepssessieRepository(cfg.dsl()).delete(id);
            return null;
        });
    }

    static void controleer(Groepssessie sessie) {
        if (sessie.deelnames().isEmpty()) {
            throw new Weigering("groep.fout.geenDeelnemers");
        }
        if (sessie.deelnames().stream().map(Groepssessie.Deelname::dossierId).distinct().count()
                < sessie.deelnames().size()) {
            throw new Weigering("groep.fout.dubbel");
        }
        if (sessie.deelnames().stream().anyMatch(d -> d.aanwezigMinuten() > sessie.duurMinuten())) {
            throw new Weigering("groep.fout.langerDanSessie");
        }
    }

    /** The default kind for a new contact: the last one the coach logged, or a conversation on location. */
    public ContactSoort standaardSoort() {
        return db.read(ctx -> new ContactRepository(ctx).laatsteSoort()).orElse(ContactSoort.GESPREK_OP_LOCATIE);
    }

    public int log(int dossierId, Contactmoment contact) {
        Instant now = clock.instant();
        return db.write(cfg -> new ContactRepository(cfg.dsl()).insert(dossierId, contact, now));
    }

    public void wijzig(int dossierId, Contactmoment contact) {
        Instant now = clock.instant();
        if (!db.write(cfg -> new ContactRepository(cfg.dsl()).update(dossierId, contact, now))) {
            throw new NoSuchElementException("contactmoment " + contact.id());
        }
    }
}
