package nl.spoorzoeker.uitwisseling;

import java.time.Clock;
import java.util.List;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.klad.KladService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.rapportage.PrivacyWoordenService;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportService;
import nl.spoorzoeker.rapportage.Uwvtoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.store.schema.Tables;
import nl.spoorzoeker.uitkomst.UitkomstService;
import nl.spoorzoeker.instrument.Instrumentresultaten;

/**
 * Reads a checked scratch database through the app's own services, exactly as the screens do:
 * every dossier with its timeline, phases, profiles, log, job search, placements, appointments and
 * reports; the practice, its settings, guided steps, privacy words, drafts and audit log. A value
 * SQLite accepted but the app cannot parse (an unknown phase name, a contact moment that is no
 * date-time, an unreadable report text) is found here, before it could break a screen.
 */
final class Leescontrole {

    private final Database db;
    private final Clock clock;

    Leescontrole(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void controleer() {
        DossierService dossiers = new DossierService(db, clock);
        TijdlijnService tijdlijn = new TijdlijnService(db, clock, KlokInstellingen.STANDAARD);
        FaseService fasen = new FaseService(db, clock);
        ProfielService profielen = new ProfielService(db, clock);
        ContactService contacten = new ContactService(db, clock);
        ArbeidsmarktService arbeidsmarkt = new ArbeidsmarktService(db, clock);
        WerkervaringService werkervaring = new WerkervaringService(db, clock);
        AfspraakService afspraken = new AfspraakService(db, clock);
        PraktijkService praktijk = new PraktijkService(db, clock);
        PrivacyWoordenService woorden = new PrivacyWoordenService(db, clock);
        RapportOpslag rapporten = new RapportOpslag(db, clock, new RapportService(dossiers, tijdlijn, contacten,
                arbeidsmarkt, werkervaring, profielen, fasen, new UitkomstService(db, clock),
                new Instrumentresultaten(db, clock, profielen)), dossiers, praktijk,
                new Uwvtoets(woorden::toets, Uwvtoets.Drempels.STANDAARD));
        Tabelschema schema = db.read(ctx -> new UitwisselingRepository(ctx).schema());

        lees("archief.fout.onleesbaarPraktijk", null, () -> {
            praktijk.get();
            praktijk.handtekening();
            woorden.alle();
            fasen.alleStappen();
            tijdlijn.klokInstellingen();
            tijdlijn.gatDrempels();
            new AuditService(db, clock).alle();
            var concept = new KladService(db, clock);
            schema.tabel(Tables.CONCEPT.getName()).ifPresent(t -> db.read(ctx ->
                    new UitwisselingRepository(ctx).teksten(t, Tables.CONCEPT.SLEUTEL.getName()))
                    .forEach(concept::lees));
            WerkgeverService werkgevers = new WerkgeverService(db, clock);
            schema.tabel(Tables.WERKGEVER.getName()).ifPresent(t ->
                    db.read(ctx -> new UitwisselingRepository(ctx).nummers(t)).forEach(id -> werkgevers.find(Math.toIntExact(id))));
            dossiers.list();
        });
        List<Long> trajecten = db.read(ctx -> new UitwisselingRepository(ctx)
                .nummers(schema.tabel(Tabelschema.STAM).orElseThrow()));
        for (long lang : trajecten) {
            int id = Math.toIntExact(lang);
            lees("archief.fout.onleesbaarDossier", lang, () -> {
                dossiers.find(id).orElseThrow();
                tijdlijn.mijlpalen(tijdlijn.tijdlijn(id));
                fasen.overzicht(id);
                profielen.profielen(id);
                contacten.logboek(id);
                arbeidsmarkt.overzicht(id);
                arbeidsmarkt.overzicht(id).sollicitaties().forEach(s -> arbeidsmarkt.bewijs(s.id()));
                werkervaring.plekken(id);
                afspraken.vanDossier(id);
                for (var r : rapporten.vanDossier(id)) {
                    rapporten.invoer(r.id());
                    rapporten.verzendingen(r.id());
                }
            });
        }
    }

    private static void lees(String sleutel, Long dossier, Runnable lezen) {
        try {
            lezen.run();
        } catch (UitwisselingFout e) {
            throw e;
        } catch (RuntimeException e) {
            // The exception's class, not its message: a parse error quotes the value it choked on.
            throw dossier == null ? new UitwisselingFout(sleutel, e.getClass().getSimpleName())
                    : new UitwisselingFout(sleutel, dossier, e.getClass().getSimpleName());
        }
    }
}
