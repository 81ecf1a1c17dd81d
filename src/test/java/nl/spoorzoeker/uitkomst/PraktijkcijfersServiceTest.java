package nl.spoorzoeker.uitkomst;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.logboek.Contactmoment;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.uitkomst.Praktijkcijfers.Regel;
import nl.spoorzoeker.uitkomst.Uitkomst.Soort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.groep.GroepsprogrammaService;
import nl.spoorzoeker.groep.Roosterpatroon;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.testsupport.Uitvoerweg;

/** The practice figures gathered from real trajecten on a real SQLite file: outcomes, hours, late starts. */
class PraktijkcijfersServiceTest {

    @TempDir
    Path dir;
    Database db;
    UitkomstService uitkomsten;
    ContactService contacten;
    DossierService dossiers;
    PraktijkcijfersService cijfers;
    int werkgever;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        uitkomsten = new UitkomstService(db, CLOCK);
        contacten = new ContactService(db, CLOCK);
        dossiers = new DossierService(db, CLOCK);
        cijfers = new PraktijkcijfersService(db, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD), contacten);
        werkgever = new WerkgeverService(db, CLOCK).create(new Werkgever(null, "Zorggroep", null, Adres.LEEG,
                Contact.LEEG, Contact.LEEG, false));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A traject that started on {@code start} for a werknemer first sick on {@code ziek}, with {@code uren} booked. */
    int traject(String naam, LocalDate ziek, LocalDate start, int uren) {
        int id = dossiers.create(new Werknemer(null, naam, null, null, null, Adres.LEEG, null, null, false, null),
                werkgever, new Traject(null, ziek, null, start, null, null, null, TrajectStatus.ACTIEF));
        for (int i = 0; i < uren; i++) {
            contacten.log(id, new Contactmoment(null, LocalDateTime.of(2026, 10, 5 + i, 10, 0), 60,
                    ContactSoort.TELEFONISCH, null, "Voortgang", "Besproken", null, null, null, null, true));
        }
        return id;
    }

    @Test
    void countsClosedTrajectenPerOutcomeWithTheirHoursAndLateStarts() {
        // Latest start of spoor 2 without an EJE: end of week 58. Sick 2025-10-01 → 2026-11-10: on time.
        int opTijd = traject("Anna", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 10, 1), 3);
        // Sick 2024-06-03: latest start about 2025-07-13; starting 2026-10-01 is late.
        int laat = traject("Bert", LocalDate.of(2024, 6, 3), LocalDate.of(2026, 10, 1), 5);
        int lopend = traject("Cor", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 10, 1), 1);
        int heropend = traject("Dirk", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 10, 1), 2);
        uitkomsten.sluitAf(opTijd, new Uitkomst(Soort.GEPLAATST_EXTERN, LocalDate.of(2026, 11, 20),
                new Uitkomst.Plaatsing("Vos", null, null, null, LocalDate.of(2026, 12, 1), false, null), null, null,
                null, null));
        uitkomsten.sluitAf(laat, new Uitkomst(Soort.GEPLAATST_EXTERN, LocalDate.of(2026, 11, 10),
                new Uitkomst.Plaatsing("Bakker", null, null, null, LocalDate.of(2026, 12, 1), false, null), null, null,
                null, null));
        uitkomsten.sluitAf(heropend, new Uitkomst(Soort.HERSTELD, LocalDate.of(2026, 11, 1), null, null, null, null,
                null));
        dossiers.setStatus(heropend, TrajectStatus.ACTIEF);

        // Sollicitaties of Anna (2) and Cor (1, still running); Anna's scales: +3 and +1 → +2.
        var markt = new ArbeidsmarktService(db, CLOCK);
        for (int id : new int[] {opTijd, opTijd, lopend}) {
            db.write(cfg -> cfg.dsl().execute("INSERT INTO sollicitatie (traject_id, datum, organisatie, functie, kanaal, "
                    + "status, aangemaakt_op, gewijzigd_op) VALUES (?, '2026-10-02', 'Vos', 'Chauffeur', 'VACATURE', 'VERSTUURD', "
                    + "'2026-10-02T10:00:00Z', '2026-10-02T10:00:00Z')", id));
        }
        // One only prepared, never sent: no sollicitatie yet.
        db.write(cfg -> cfg.dsl().execute("INSERT INTO sollicitatie (traject_id, datum, organisatie, functie, kanaal, "
                + "status, aangemaakt_op, gewijzigd_op) VALUES (?, '2026-10-03', 'Vos', 'Planner', 'VACATURE', "
                + "'VOORBEREID', '2026-10-02T10:00:00Z', '2026-10-02T10:00:00Z')", laat));
        assertEquals(2, markt.overzicht(opTijd).sollicitaties().size());
        uitkomsten.bewaarMeting(opTijd, Schaalmeting.Moment.BEGIN, new Schaalmeting(LocalDate.of(2026, 10, 2),
                java.util.Map.of(Schaalmeting.Schaal.ENERGIE, 4, Schaalmeting.Schaal.EIGEN_REGIE, 5)));
        uitkomsten.bewaarMeting(opTijd, Schaalmeting.Moment.EIND, new Schaalmeting(LocalDate.of(2026, 11, 20),
                java.util.Map.of(Schaalmeting.Schaal.ENERGIE, 7, Schaalmeting.Schaal.EIGEN_REGIE, 6)));

        Praktijkcijfers.Cijfers c = cijfers.cijfers();
        // Durations 50 and 40 days → 45; hours 3 and 5 → 4 (240 minutes); one of two late; 2 sollicitaties
        // for 2 placements; one scored twice.
        assertEquals(List.of(new Regel(Soort.GEPLAATST_EXTERN, 2, 45.0, 2, 240.0, 8 * 60, 1, 2, 2, 2, 2.0, 1)),
                c.perUitkomst(),
                "the running and the reopened traject do not count");
        assertEquals(2, c.totaal().aantal());
    }

    /**
     * Issue 18, a release at another moment than a year end: what the practice may publish in 2026 holds the years
     * that have ended only, so a trajectory closed in June 2026 changes nothing in it — the release of June is the
     * release of 31 December 2025, and June's and December's releases cannot be subtracted. 2026 is apart.
     */
    @Test
    void whatIsPublishedDuringAYearIsTheReleaseOfItsLastYearEnd() {
        for (int i = 0; i < 6; i++) {
            int t = traject("Vorig " + i, LocalDate.of(2023, 10, 1), LocalDate.of(2024, 10, 1), 1);
            uitkomsten.sluitAf(t, new Uitkomst(i < 5 ? Soort.GEPLAATST_EXTERN : Soort.HERSTELD, LocalDate.of(2025, 3 + i, 10),
                    i < 5 ? new Uitkomst.Plaatsing("Vos", null, null, null, LocalDate.of(2025, 6, 1), false, null) : null,
                    null, null, null, null));
        }
        PraktijkcijfersService.Stand voor = cijfers.stand(2026);
        assertTrue(voor.lopend().isEmpty());
        assertEquals(6, voor.uitgave().afgesloten().size());

        int juni = traject("Juni", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 12, 1), 1);
        uitkomsten.sluitAf(juni, new Uitkomst(Soort.HERSTELD, LocalDate.of(2026, 6, 15), null, null, null, null, null));
        PraktijkcijfersService.Stand na = cijfers.stand(2026);
        assertEquals(voor.uitgave().getoond(), na.uitgave().getoond(), "June's traject changes nothing published in 2026");
        assertEquals(1, na.lopend().size());
        assertEquals(1, na.lopendeTabel().totaal().regel().aantal());
        assertTrue(na.lopendeTabel().totaal().verborgen(), "the running year's own table keeps the rule too");
        // From 1 January 2027 it is published with 2026.
        assertEquals(7, cijfers.stand(2027).uitgave().afgesloten().size());
        assertTrue(cijfers.stand(2027).lopend().isEmpty());
    }

    @Test
    void perProgrammeItsParticipantsAttendanceAndClosedTrajectenWithTheCountsHiddenTogether() {
        LocalDate ziek = LocalDate.of(2025, 10, 1);
        LocalDate start = LocalDate.of(2026, 10, 1);
        List<Integer> a = new java.util.ArrayList<>();
        for (String naam : List.of("Anna", "Bert", "Cor", "Dirk", "Eva")) {
            a.add(traject(naam, ziek, start, 0));
        }
        int fleur = traject("Fleur", ziek, start, 0);
        var groep = new GroepsprogrammaService(db, CLOCK);
        int pa = groep.bewaar(new Groepsprogramma(null, "Groep A", LocalDate.of(2026, 10, 1), null,
                List.of("Ellen")), a.stream().map(id -> new Groepsprogramma.Deelnemer(id, null, null,
                null)).toList());
        int pb = groep.bewaar(new Groepsprogramma(null, "Groep B", LocalDate.of(2026, 10, 1), null,
                List.of("Ellen")), List.of(new Groepsprogramma.Deelnemer(fleur, null, null, null)));
        groep.plan(pa, new Roosterpatroon(LocalDate.of(2026, 10, 1), java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.of(10, 0), 60, 1, 1, Groepssessie.Soort.WORKSHOP, 0, null),
                (n, x) -> "Bijeenkomst " + n);
        int bijeenkomst = groep.detail(pa).orElseThrow().bijeenkomsten().getFirst().id();
        groep.legVast(new Groepsprogramma.Verslag(bijeenkomst, "Ellen", a.stream()
                .map(id -> new Groepsprogramma.Aanwezigheid(id, "x", id != a.getLast(),
                        id == a.getLast() ? "ziek" : null)).toList(), null,
                Groepssessie.Verdeling.VOLLEDIG, true));
        for (int id : a.subList(0, 3)) {
            uitkomsten.sluitAf(id, new Uitkomst(Soort.HERSTELD, LocalDate.of(2026, 11, 1), null, null, null, null, null));
        }

        Programmacijfers c = cijfers.perProgramma();
        assertEquals(List.of("Groep A", "Groep B"), c.programmas().stream().map(Programmacijfers.Programma::naam).toList());
        Programmacijfers.Programma groepA = c.programmas().getFirst();
        assertEquals(5, groepA.deelnemers());
        assertEquals(5, groepA.verwacht());
        assertEquals(4, groepA.aanwezig());
        assertEquals(0.8, groepA.opkomst(), 1e-9);
        assertEquals(3, groepA.afgesloten().size());
        assertTrue(groepA.afgesloten().stream().allMatch(x -> x.soort() == Soort.HERSTELD));
        assertEquals(0, c.programmas().get(1).afgesloten().size());
        assertEquals(c.programmas().get(1).deelnemers(), 1);

        // The programmes' trajecten are the same objects as the practice's: read together.
        Programmacijfers.Getoond getoond = cijfers.overzicht().getoond();
        assertTrue(getoond.deelnemersVerborgen().get(pb), "one participant: hidden");
        assertTrue(getoond.deelnemersVerborgen().get(pa), "and A's five too, or the total of six minus five gives it");
        assertTrue(!getoond.totaalVerborgen());
        assertEquals(Suppressie.Stand.VERBORGEN, getoond.tabellen().perProgramma().get(pa).totaal()
                .stand(Suppressie.Kolom.AANTAL), "three closed: fewer than five");
        assertEquals(3, cijfers.overzicht().afgesloten().size());
        assertEquals(2, cijfers.overzicht().programmas().programmas().size());
    }

    /** Issue 23: the figures PDF is written in the data folder first and then put in place (see {@code Uitvoerweg}). */
    @Test
    void theFiguresPdfGoesByWayOfTheDataFolder() throws Exception {
        Path doel = java.nio.file.Files.createDirectories(dir.resolve("uit")).resolve("praktijkcijfers.pdf");
        byte[] pdf = "%PDF-1.7 (the route is under test, not the figures)".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Uitvoerweg.gaatLangsDeDatamap(dir, doel, () -> cijfers.bewaarPdf(doel, pdf));
    }
}
