package nl.spoorzoeker.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Vervoer;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.Verzuimweek;

/**
 * A generated practice of many years: realistic Dutch and international names, about 60
 * employers, most trajecten finished or archived and a few dozen active, as a coach's
 * database looks after a decade.
 */
final class SyntheticPractice {

    private static final String[] VOORNAMEN = {"Anne", "Jan", "Çiğdem", "Łukasz", "Zoë", "Mohammed", "Fatima",
            "Pieter", "Sanne", "Priya", "Kees", "Marieke", "Youssef", "Ewa", "Daan", "Lotte", "Ahmet", "Noor",
            "Jan-Willem", "Anne-Marie", "Rachid", "Ilse", "Tomasz", "Bram", "Esra", "Wouter", "Saskia", "Dirk"};
    private static final String[] ACHTERNAMEN = {"de Vries", "Jansen", "Yılmaz", "Żółć", "van den Berg", "El Amrani",
            "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
            "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Raghoebarsing", "Kowalski", "Öztürk", "Müller"};
    private static final String[] SECTOREN = {"Zorggroep", "Bouwbedrijf", "Logistiek", "Gemeente", "Stichting",
            "Transport", "Schoonmaakbedrijf", "Installatiebedrijf", "Onderwijsgroep", "Bakkerij"};
    private static final String[] PLAATSEN = {"Utrecht", "Amersfoort", "Groningen", "Tiel", "Den Haag", "Zwolle",
            "Arnhem", "Breda", "Leeuwarden", "Enschede"};

    private SyntheticPractice() {
    }

    static String name(Random random) {
        return VOORNAMEN[random.nextInt(VOORNAMEN.length)] + " " + ACHTERNAMEN[random.nextInt(ACHTERNAMEN.length)];
    }

    static String employer(Random random) {
        return SECTOREN[random.nextInt(SECTOREN.length)] + " " + PLAATSEN[random.nextInt(PLAATSEN.length)]
                + (random.nextBoolean() ? " B.V." : "");
    }

    /** Writes {@code dossiers} dossiers into a new practice in {@code dataDir}. */
    static void create(Path dataDir, int dossiers, Clock clock) throws Exception {
        Random random = new Random(20261124);
        try (Database db = Database.open(dataDir.resolve("spoorzoeker.db"))) {
            WerkgeverService werkgevers = new WerkgeverService(db, clock);
            DossierService service = new DossierService(db, clock);
            List<Integer> employerIds = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                employerIds.add(werkgevers.create(new Werkgever(null, employer(random) + " " + i,
                        String.format("%08d", 10_000_000 + i), new Adres("Industrieweg " + i, "3812 PL", "Amersfoort"),
                        new Contact("Contact " + i, "030-1234567", "hr" + i + "@bedrijf.example"),
                        Contact.LEEG, i % 5 == 0)));
            }
            LocalDate today = LocalDate.now(clock);
            for (int i = 0; i < dossiers; i++) {
                LocalDate sick = today.minusDays(random.nextInt(3650) + 280);
                TrajectStatus status = i < 30 ? TrajectStatus.ACTIEF
                        : random.nextInt(3) == 0 ? TrajectStatus.GEARCHIVEERD : TrajectStatus.AFGEROND;
                if (status == TrajectStatus.ACTIEF) {
                    sick = today.minusDays(280 + random.nextInt(400));
                }
                service.create(new Werknemer(null, name(random), null, "06-12345678", null,
                                new Adres("Dorpsstraat " + i, "1234 AB", "Utrecht"), "Functie " + (i % 40),
                                36 * 60, random.nextBoolean(), Vervoer.values()[random.nextInt(Vervoer.values().length)]),
                        employerIds.get(random.nextInt(employerIds.size())),
                        new Traject(null, sick, sick.plusWeeks(53), sick.plusWeeks(54), sick.plusWeeks(80),
                                24 * 60, 275_000, status));
            }
        }
    }

    /** List rows only, for the in-memory filter benchmark. */
    static List<DossierRegel> rows(int count, LocalDate today) {
        Random random = new Random(7);
        List<DossierRegel> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate sick = today.minusDays(random.nextInt(3650));
            rows.add(new DossierRegel(i + 1, name(random), employer(random), sick, sick.plusWeeks(54),
                    TrajectStatus.values()[random.nextInt(3)],
                    Verzuimweek.op(sick, today).orElse(0)));
        }
        return rows;
    }
}
