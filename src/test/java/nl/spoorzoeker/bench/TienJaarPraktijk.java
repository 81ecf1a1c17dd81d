package nl.spoorzoeker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import nl.spoorzoeker.app.AppContext;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.slot.Schijfversleuteling;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.fase.AdRapport;
import nl.spoorzoeker.fase.Belastbaarheid;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.Zoekprofiel;
import nl.spoorzoeker.fase.Zoekrichting;

/**
 * The generated 10-year practice of the performance budget, made once per run and shared by its
 * rows: the search benchmark's 1,000 dossiers, 200,000 contactmomenten and 50,000 sollicitaties,
 * one active dossier topped up to 500 contactmomenten, an outcome for every closed traject, a key ring with a known passphrase, the
 * practice's details filled in and the disk-encryption notice marked as seen (a coach sees both
 * once, at the very first start; the budget is about every start after that).
 */
record TienJaarPraktijk(DataDirectory dir, String wachtwoord, int grootDossier, String grootNaam, double genererenS) {

    static final int GROOT_CONTACTEN = 500;
    static final String WACHTWOORD = "koffie aan de keukentafel 2026";

    static TienJaarPraktijk maak() throws Exception {
        return maak(Files.createTempDirectory("spoorzoeker-budget"));
    }

    /** For profiling by hand: {@code java -cp … nl.spoorzoeker.bench.TienJaarPraktijk <empty folder>}. */
    public static void main(String[] args) throws Exception {
        TienJaarPraktijk p = maak(Files.createDirectories(Path.of(args[0])));
        System.out.println(p);
    }

    static TienJaarPraktijk maak(Path root) throws Exception {
        DataDirectory dir = new DataDirectory(root);
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        long t0 = System.nanoTime();
        SyntheticPractice.create(root, SearchBenchmark.DOSSIERS, clock);
        int groot;
        String naam;
        try (Database db = Database.open(dir.database())) {
            SearchBenchmark.vul(db, clock);
            // Every closed traject with an outcome, so the practice figures have ten years to count.
            Uitkomstenmaker.vul(db, clock);
            int[] id = new int[1];
            String[] n = new String[1];
            db.write(cfg -> {
                cfg.dsl().connection(c -> {
                    try (var st = c.createStatement(); var rs = st.executeQuery("SELECT t.id, w.naam, t.startdatum, "
                            + "(SELECT count(*) FROM contactmoment m WHERE m.traject_id = t.id) FROM traject t "
                            + "JOIN werknemer w ON w.id = t.werknemer_id WHERE t.status = 'ACTIEF' ORDER BY t.id LIMIT 1")) {
                        rs.next();
                        id[0] = rs.getInt(1);
                        n[0] = rs.getString(2);
                        LocalDate start = LocalDate.parse(rs.getString(3));
                        int bestaand = rs.getInt(4);
                        bijvullen(c, id[0], start, GROOT_CONTACTEN - bestaand, clock);
                    }
                });
                return null;
            });
            groot = id[0];
            naam = n[0];
        }
        new Sleutelkluis(dir.sleutelring()).maak(WACHTWOORD.toCharArray(), KdfParameters.STANDAARD);
        try (AppContext app = AppContext.open(dir, Clock.systemDefaultZone())) {
            app.praktijk().save(new Praktijk("Çiğdem Yılmaz", "Re-integratiepraktijk De Brug", "12345678",
                    new Adres("Oudegracht 12", "3511 AB", "Utrecht"), "030-1234567", "info@debrug.example", null, null));
            app.beveiliging().zetSchijfversleutelingGezien(Schijfversleuteling.controleer(root));
            afmaken(app, groot, LocalDate.now(clock));
        }
        return new TienJaarPraktijk(dir, WACHTWOORD, groot, naam, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * What a case that can be brought to a final report has, and the generated one lacked: a
     * belastbaarheid (FML), an AD-rapport, a persoonsprofiel and a zoekprofiel with two complete
     * directions within the belastbaarheid's hours (C03, C04, C05), so the interaction harness can
     * make a report of the big dossier final. Added through the services, after everything else, so
     * no other row's data changes (the contacts, sollicitaties and the other 999 dossiers are as before).
     */
    static void afmaken(AppContext app, int dossier, LocalDate vandaag) {
        int uren = 24 * 60;
        app.fasen().voegBelastbaarheidToe(dossier, new Belastbaarheid(null, vandaag.minusWeeks(8),
                Belastbaarheid.Bron.BEDRIJFSARTS, Belastbaarheid.DocumentType.FML,
                5 * 60, uren, "Opbouwen van 12 naar 24 uur per week in acht weken",
                "Beperkt in tempo en deadlines; werk met voorspelbare taken", "Geen beperkingen voor samenwerken", null,
                "Niet tillen boven 10 kg; niet duwen of trekken", "Afwisselen van zitten en staan, niet langer dan een uur achtereen",
                "Overdag; geen nachtdiensten", false, true, vandaag.plusWeeks(10)));
        app.profielen().voegAdRapportToe(dossier, new AdRapport(null, vandaag.minusWeeks(40),
                "M. de Boer, AD Advies Midden", AdRapport.ConclusieSpoor1.NIET_MOGELIJK,
                "Administratief-ondersteunend werk; klantcontact; lichte logistiek"));
        app.profielen().bewaarPersoonsprofiel(dossier, new Persoonsprofiel(null, null, "mbo 3",
                "Ruim tien jaar in de eigen functie", "Betrouwbaar, klantgericht, goed in plannen", "Mensen helpen, ordenen",
                "CSR", "Zekerheid en contact met mensen", "Eerlijkheid, collegialiteit", "Beperkte digitale vaardigheden",
                "Dicht bij huis werken"));
        app.profielen().bewaarZoekprofiel(dossier, new Zoekprofiel(null, null, java.util.List.of(
                new Zoekrichting("Medewerker klantenservice", "mbo 3", "Dienstverlening", uren,
                        "Binnen 30 minuten fietsen", "Veel vacatures in de regio; past bij klantcontact", true, null),
                new Zoekrichting("Administratief medewerker", "mbo 3", "Zakelijke dienstverlening",
                        uren - 4 * 60, "Binnen 45 minuten OV", "Advies arbeidsdeskundige; vraagt digitale vaardigheden", true,
                        null))));
    }

    private static void bijvullen(java.sql.Connection c, int traject, LocalDate start, int aantal, Clock clock)
            throws java.sql.SQLException {
        Random random = new Random(500);
        String nu = Instant.now(clock).toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contactmoment (traject_id, moment, "
                + "duur_minuten, soort, deelnemers, doel, samenvatting, afspraken, is_declarabel, aangemaakt_op, "
                + "gewijzigd_op) VALUES (?, ?, ?, 'GESPREK_OP_LOCATIE', 'coach', ?, ?, ?, 1, ?, ?)")) {
            for (int i = 0; i < aantal; i++) {
                ps.setInt(1, traject);
                ps.setString(2, start.plusDays(random.nextInt(540)).atTime(9 + random.nextInt(8), 0).toString());
                ps.setInt(3, 30 + 15 * random.nextInt(5));
                ps.setString(4, NoteText.notitie(random, 3, 8));
                ps.setString(5, NoteText.notitie(random, 20, 70));
                ps.setString(6, NoteText.notitie(random, 5, 20));
                ps.setString(7, nu);
                ps.setString(8, nu);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    Path root() {
        return dir.root();
    }

    void verwijder() throws java.io.IOException {
        try (var files = Files.walk(root())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
