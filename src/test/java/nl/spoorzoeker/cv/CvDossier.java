package nl.spoorzoeker.cv;

import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.instrument.StarrVerhaal;

import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.Kanaal;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.testsupport.TestDossiers;

/**
 * A dossier with what a CV and a letter are made of: a werknemer with an address, a persoonsprofiel,
 * two STARR stories (one of which mentions a burn-out in its action) and a sollicitatie.
 */
public final class CvDossier {

    public static final String BURNOUT = "na mijn burn-out";

    public final Database db;
    public final StarrService starr;
    public final ArbeidsmarktService arbeidsmarkt;
    public final CvService cv;
    public final ProfielService profielen;
    public final int id;
    public final int magazijn;
    public final int burnout;
    public final int sollicitatie;

    public CvDossier(Database db) {
        this.db = db;
        var klok = TestDossiers.CLOCK;
        profielen = new ProfielService(db, klok);
        starr = new StarrService(db, klok, profielen);
        arbeidsmarkt = new ArbeidsmarktService(db, klok);
        DossierService dossiers = new DossierService(db, klok);
        // Documents in Dutch unless a test asks for another language (CvService.in).
        cv = new CvService(db, klok, dossiers, profielen, starr, arbeidsmarkt, Privacytoets::standaard)
                .in(Teksten.nederlands());
        int werkgever = new WerkgeverService(db, klok).create(new Werkgever(null, "Transport Van Dijk", null,
                Adres.LEEG, Contact.LEEG, Contact.LEEG, false));
        id = dossiers.create(new Werknemer(null, "Zoë de Vries-Müller", LocalDate.of(1978, 3, 2), "06-12345678",
                "zoe@voorbeeld.nl", new Adres("Lindelaan 4", "3512 AB", "Utrecht"), "Planner", 32 * 60, true, null),
                werkgever, new Traject(null, LocalDate.of(2025, 10, 1), null, LocalDate.of(2026, 10, 1), null, 10 * 60,
                        null, TrajectStatus.ACTIEF));
        profielen.bewaarPersoonsprofiel(id, new Persoonsprofiel(null, null,
                "MBO 4 Logistiek teamleider, Utrecht (1998)\n- VCA-basis (2019)",
                "2004-2025 Planner bij Transport Van Dijk\n1999-2004 Magazijnmedewerker bij Albert Heijn distributie",
                "plannen, samenwerken; klantgericht", "organiseren", "CES", null, null,
                "geen tilwerk boven 10 kg", "dagdienst"));
        magazijn = starr.bewaar(id, new StarrVerhaal(null, "Nieuwe planning voor het magazijn",
                "In december liepen de orders achter", "Ik moest de ploegen opnieuw indelen",
                "Ik maakte een rooster met vaste blokken en besprak het met het team",
                "De achterstand was binnen twee weken weg", "Ik vraag nu eerder om hulp",
                List.of("plannen", "samenwerken")));
        burnout = starr.bewaar(id, new StarrVerhaal(null, "Terug in het team", "Het team was veranderd",
                "Ik wilde weer meedraaien", "Ik begon " + BURNOUT + " met halve dagen", "Ik draai weer volle weken",
                null, List.of("doorzetten")));
        sollicitatie = arbeidsmarkt.nieuweSollicitatie(id, new Sollicitatie(null, LocalDate.of(2026, 11, 20),
                "Bakkerij De Korenaar", "Planner logistiek", "Planner", Kanaal.VACATURE, null, null, List.of(), null),
                SollicitatieStatus.VOORBEREID);
    }
}
