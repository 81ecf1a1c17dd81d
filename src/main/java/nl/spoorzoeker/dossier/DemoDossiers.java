package nl.spoorzoeker.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.store.Database;
import org.jooq.DSLContext;
import nl.spoorzoeker.tijdlijn.GebeurtenisSoort;

/**
 * Eight fictional but realistic dossiers across five employers, dated relative to today so that
 * their verzuimweek runs from about 40 to 100. Names deliberately exercise Turkish, Polish,
 * German and Dutch spelling; phone numbers and e-mail domains are fictional.
 */
public final class DemoDossiers {

    private record Persoon(String naam, String functie, int werkgever, int week, LocalDate geboren,
                           String straat, String postcode, String plaats, int contracturen, Vervoer vervoer,
                           TrajectStatus status) {
    }

    private static final List<Werkgever> WERKGEVERS = List.of(
            werkgever("Zorggroep De Linde", "41234567", "Lindelaan 12", "3521 AB", "Utrecht",
                    "Marieke Jansen", "Ruud Smit", true, "E. Visscher, Arbo Midden"),
            werkgever("Logistiek Centrum Noord B.V.", "02345678", "Transportweg 8", "9723 JK", "Groningen",
                    "Henk Postma", "Anouk Veenstra", false, "J. Hoekstra, Arbo Noord"),
            werkgever("Bouwbedrijf Van Dam & Zn.", "33456789", "Industrieweg 44", "3812 PL", "Amersfoort",
                    "Gert van Dam", "Lotte Brouwer", false, "R. Pauw, Arbodienst Bouw"),
            werkgever("Stichting Openbaar Onderwijs Rivierenland", "11567890", "Stationsstraat 3", "4001 CD", "Tiel",
                    "Esther Kok", "Bas van Leeuwen", true, "S. Claassen, Arbo Rivierenland"),
            werkgever("Vervoerbedrijf Stadsgewest", "24678901", "Remiseweg 1", "2516 AK", "Den Haag",
                    "Fatima Bouzid", "Kees de Wit", false, "M. Dekker, Arbo Haaglanden"));

    private static final List<Persoon> PERSONEN = List.of(
            new Persoon("Çiğdem Yılmaz", "Medewerker thuiszorg", 0, 61, LocalDate.of(1979, 3, 14),
                    "Kanaalweg 112", "3526 KM", "Utrecht", 28, Vervoer.FIETS, TrajectStatus.ACTIEF),
            new Persoon("Łukasz Żółć", "Orderpicker / heftruckchauffeur", 1, 55, LocalDate.of(1988, 11, 2),
                    "Oosterhamrikkade 7a", "9714 BB", "Groningen", 40, Vervoer.EIGEN_AUTO, TrajectStatus.ACTIEF),
            new Persoon("Zoë de Vries-Müller", "Onderwijsassistent", 3, 74, LocalDate.of(1971, 6, 30),
                    "Waalkade 21", "4001 LP", "Tiel", 24, Vervoer.OPENBAAR_VERVOER, TrajectStatus.ACTIEF),
            new Persoon("Mohammed El Amrani", "Buschauffeur", 4, 88, LocalDate.of(1966, 1, 9),
                    "Hoefkade 340", "2526 CM", "Den Haag", 38, Vervoer.OPENBAAR_VERVOER, TrajectStatus.ACTIEF),
            new Persoon("Anne-Marie van den Berg", "Administratief medewerker", 0, 100, LocalDate.of(1962, 9, 21),
                    "Biltstraat 88", "3572 BH", "Utrecht", 32, Vervoer.EIGEN_AUTO, TrajectStatus.AFGEROND),
            new Persoon("Sanne Bakker", "Verpleegkundige", 0, 40, null,
                    "Amsterdamsestraatweg 301", "3551 CG", "Utrecht", 32, Vervoer.FIETS, TrajectStatus.ACTIEF),
            new Persoon("Priya Raghoebarsing", "Klantenservicemedewerker", 1, 67, LocalDate.of(1990, 4, 17),
                    "Paterswoldseweg 55", "9726 BC", "Groningen", 36, Vervoer.OPENBAAR_VERVOER, TrajectStatus.ACTIEF),
            new Persoon("Jan-Willem de Groot", "Timmerman", 2, 48, LocalDate.of(1975, 12, 5),
                    "Vathorst-Zuid 19", "3825 AA", "Amersfoort", 40, Vervoer.EIGEN_AUTO, TrajectStatus.ACTIEF));

    /** The setting that names the demo trajecten, so "Demodossiers verwijderen" removes those and nothing else. */
    static final String SLEUTEL = "demo_trajecten";
    /** The e-mail domain of every demo werknemer (a reserved domain: no real person has it). */
    private static final String DEMO_DOMEIN = "@voorbeeld.example";

    private DemoDossiers() {
    }

    /**
     * The demo trajecten still in the practice: those named when the set was loaded, and — for a set
     * loaded before that was kept — those of a demo werknemer (a demo name with the demo e-mail domain).
     */
    public static List<Integer> ids(Database db) {
        java.util.Set<String> namen = PERSONEN.stream().map(Persoon::naam).collect(java.util.stream.Collectors.toSet());
        namen.add(DemoVangnet.NAAM);
        return db.read(ctx -> {
            java.util.Set<Integer> ids = new java.util.TreeSet<>();
            new InstellingRepository(ctx).get(SLEUTEL).ifPresent(v -> java.util.Arrays.stream(v.split(","))
                    .filter(x -> !x.isBlank()).map(String::strip).map(Integer::valueOf).forEach(ids::add));
            DossierRepository repo = new DossierRepository(ctx);
            ids.retainAll(repo.all().stream().map(DossierRegel::trajectId).toList());
            ids.addAll(repo.trajectenVan(namen, DEMO_DOMEIN));
            return List.copyOf(ids);
        });
    }

    /** Forgets the list of demo trajecten once they are removed. */
    public static void vergeet(Database db) {
        db.write(cfg -> {
            new InstellingRepository(cfg.dsl()).put(SLEUTEL, "");
            return null;
        });
    }

    /**
     * What the other features add to one demo dossier (phases, contacts, sollicitaties, appointments),
     * in the same transaction. An interface here, filled in by {@code app.werkplek.DemoTaak}, so the
     * dossier package does not import every feature that has demo records (ADR 0007).
     */
    public interface Aanvulling {

        /**
         * One demo dossier as written, with what the features' demo records are dated from.
         *
         * @param today the last day the dossier's records run to: today, or for a closed traject the day
         *              it ended ({@link #afsluiting}), so no contact or sollicitatie follows its outcome
         */
        record Demodossier(int id, LocalDate startdatum, LocalDate today, int index, int contractMinuten,
                           boolean actief, Instant now) {
        }

        void dossier(DSLContext ctx, Demodossier dossier);

        /**
         * After all dossiers: records that span several (a group session of the active ones, a group
         * programme) and dossiers of another kind (a vangnet client). Returns how many dossiers it added.
         */
        default int daarna(DSLContext ctx, List<Integer> actief, LocalDate today, Instant now) {
            return 0;
        }
    }

    /**
     * Loads the demo set into an empty practice, in one transaction.
     *
     * @throws IllegalStateException when the practice already holds dossiers or employers
     */
    public static int load(Database db, Clock clock, Aanvulling aanvulling) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return db.write(cfg -> {
            var dossiers = new DossierRepository(cfg.dsl());
            var werkgevers = new WerkgeverRepository(cfg.dsl());
            if (dossiers.count() > 0 || werkgevers.count() > 0) {
                throw new IllegalStateException("demo data needs an empty practice");
            }
            int[] ids = WERKGEVERS.stream().mapToInt(w -> werkgevers.insert(w, now)).toArray();
            var klokken = new TijdlijnRepository(cfg.dsl());
            int index = 0;
            List<Integer> actief = new java.util.ArrayList<>();
            for (Persoon p : PERSONEN) {
                Traject traject = traject(p, today, index);
                int id = dossiers.insert(werknemer(p, index), ids[p.werkgever()], traject, now);
                boolean isActief = p.status() == TrajectStatus.ACTIEF;
                LocalDate tot = isActief ? today : afsluiting(traject.startdatum(), today);
                gebeurtenissen(klokken, id, traject, today, tot, index, now);
                aanvulling.dossier(cfg.dsl(), new Aanvulling.Demodossier(id, traject.startdatum(), tot, index,
                        p.contracturen() * 60, isActief, now));
                if (isActief) {
                    actief.add(id);
                }
                index++;
            }
            int extra = aanvulling.daarna(cfg.dsl(), actief, today, now);
            new InstellingRepository(cfg.dsl()).put(SLEUTEL, String.join(",",
                    dossiers.all().stream().map(r -> Integer.toString(r.trajectId())).toList()));
            return PERSONEN.size() + extra;
        });
    }

    /**
     * The day a closed demo traject ended: 38 weeks after its start, or two weeks ago if that is later.
     * Its contacts, sollicitaties and phases stop there and its outcome is dated then, so the
     * eindrapportage never shows work sought after the werknemer was placed.
     */
    public static LocalDate afsluiting(LocalDate start, LocalDate today) {
        LocalDate eind = start.plusWeeks(38);
        return eind.isBefore(today.minusWeeks(2)) ? eind : today.minusWeeks(2);
    }

    private static Werknemer werknemer(Persoon p, int index) {
        String mailNaam = java.text.Normalizer.normalize(p.naam().split(" ")[0], java.text.Normalizer.Form.NFD)
                .replace("ł", "l").replace("ı", "i").replace("Ł", "L")
                .replaceAll("[^A-Za-z-]", "").toLowerCase(java.util.Locale.ROOT);
        return new Werknemer(null, p.naam(), p.geboren(), "06-1000 00" + (10 + index),
                mailNaam + "@voorbeeld.example", new Adres(p.straat(), p.postcode(), p.plaats()),
                p.functie(), p.contracturen() * 60, p.vervoer() == Vervoer.EIGEN_AUTO || index % 3 == 0, p.vervoer());
    }

    private static Traject traject(Persoon p, LocalDate today, int index) {
        // Spread the weekdays so the list does not look generated.
        LocalDate eersteZiektedag = today.minusDays(7L * (p.week() - 1) + index % 5);
        // Spoor 2 usually starts after the eerstejaarsevaluatie (week 52); the early cases started
        // on advice of the arbeidsdeskundige a few weeks ago.
        LocalDate start = p.week() >= 58 ? eersteZiektedag.plusWeeks(54) : today.minusWeeks(3);
        boolean lang = index % 2 == 0;
        return new Traject(null, eersteZiektedag, start.minusDays(10), start,
                start.plusWeeks(lang ? 40 : 30), (lang ? 60 : 45) * 60, lang ? 660_000 : 495_000, p.status());
    }

    /**
     * What a well-kept dossier has on record by now: probleemanalyse, plan van aanpak and its
     * evaluations, the 42nd-week notification, AD report, eerstejaarsevaluatie and the coach's
     * reports. One dossier is behind on its voortgangsrapportage, so Vandaag has something to show.
     */
    private static void gebeurtenissen(TijdlijnRepository repo, int id, Traject traject, LocalDate today,
                                       LocalDate rapportenTot, int index, Instant now) {
        LocalDate e = traject.eersteZiektedag();
        LocalDate pa = e.plusDays(7 * 5 + 3);
        add(repo, id, GebeurtenisSoort.PROBLEEMANALYSE, pa, today, now);
        LocalDate pva = pa.plusDays(12);
        add(repo, id, GebeurtenisSoort.PLAN_VAN_AANPAK, pva, today, now);
        for (LocalDate d = pva.plusWeeks(6).minusDays(index % 3); d.isBefore(today.minusDays(10)); d = d.plusWeeks(6)) {
            add(repo, id, GebeurtenisSoort.EVALUATIE_PLAN_VAN_AANPAK, d, today, now);
        }
        add(repo, id, GebeurtenisSoort.WEEKMELDING_42, e.plusWeeks(42).minusDays(3), today, now);
        add(repo, id, GebeurtenisSoort.AD_RAPPORT, e.plusWeeks(46), today, now);
        add(repo, id, GebeurtenisSoort.EERSTEJAARSEVALUATIE, e.plusWeeks(50), today, now);
        boolean achter = index == 2;
        for (LocalDate d = traject.startdatum().plusWeeks(6).minusDays(2);
             d.isBefore(rapportenTot.minusDays(achter ? 50 : 3)); d = d.plusWeeks(6)) {
            add(repo, id, GebeurtenisSoort.VOORTGANGSRAPPORTAGE, d, today, now);
        }
    }

    private static void add(TijdlijnRepository repo, int id, GebeurtenisSoort soort, LocalDate datum, LocalDate today,
                            Instant now) {
        if (datum.isBefore(today)) {
            repo.addGebeurtenis(id, soort, datum, now);
        }
    }

    private static Werkgever werkgever(String naam, String kvk, String straat, String postcode, String plaats,
                                       String contactpersoon, String casemanager, boolean erd, String bedrijfsarts) {
        String domein = naam.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
        return new Werkgever(null, naam, kvk, new Adres(straat, postcode, plaats),
                new Contact(contactpersoon, "030-200 00 00", "hr@" + domein),
                new Contact(casemanager, "06-2000 00 00", "casemanager@" + domein), erd, bedrijfsarts);
    }
}
