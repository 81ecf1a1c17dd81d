package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.crypto.OngeldigBestand;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.Test;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.zoeken.ZoekService;

/** Export and import of whole practices and single dossiers, on real SQLite files with real encryption. */
class UitwisselingServiceTest extends GevuldePraktijk {

    private Path exporteer(Integer dossier, String naam) throws Exception {
        Path doel = dir.resolve("uit/" + naam);
        UitwisselingService.Export e = service(bron, dir.resolve("bron")).exporteer(dossier, doel,
                Praktijkdata.SLEUTELS.ring(), Praktijkdata.SLEUTELS.dataSleutel());
        assertTrue(Files.isRegularFile(e.bestand()));
        assertTrue(e.rijen() > 100 || dossier != null, "rows: " + e.rijen());
        return doel;
    }

    @Test
    void eenHelePraktijkKomtOpEenNieuweLaptopRijVoorRijTerug() throws Exception {
        Path archief = exporteer(null, "praktijk.szx");
        assertFalse(new String(Files.readAllBytes(archief), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Yılmaz"), "the archive is encrypted");
        assertEquals(Handeling.EXPORT, new AuditService(bron, CLOCK).alle().getFirst().handeling());

        Path nieuw = dir.resolve("nieuw");
        try (Database doel = Database.open(nieuw.resolve("spoorzoeker.db"))) {
            AtomicInteger backups = new AtomicInteger();
            // On the new laptop only the passphrase (or the recovery code) opens it: the ring travels in the file.
            UitwisselingService.Import i = service(doel, nieuw).importeer(archief,
                    ring -> ring.openMetHerstelcode(Praktijkdata.SLEUTELS.herstelcode()), backups::incrementAndGet);
            assertEquals(1, backups.get(), "a backup before anything is written");
            assertEquals(Reikwijdte.PRAKTIJK, i.reikwijdte());
            assertEquals(9, i.trajecten().size(), "the demo practice: eight dossiers and a vangnet one");

            Map<String, List<List<Object>>> voor = Praktijkdata.inhoud(bron, false);
            Map<String, List<List<Object>>> na = Praktijkdata.inhoud(doel, false);
            assertEquals(voor.keySet(), na.keySet());
            for (String tabel : voor.keySet()) {
                assertEquals(voor.get(tabel), na.get(tabel), "table " + tabel + " is identical, BLOBs byte for byte");
            }
            List<String> bronLog = new AuditService(bron, CLOCK).alle().stream().map(r -> r.op() + r.omschrijving()).toList();
            List<String> doelLog = new AuditService(doel, CLOCK).alle().stream().map(r -> r.op() + r.omschrijving()).toList();
            // Newest first; the newest is this export itself, logged after the archive was written.
            assertTrue(doelLog.containsAll(bronLog.subList(1, bronLog.size())), "the audit log moves along");
            assertEquals(Handeling.IMPORT, new AuditService(doel, CLOCK).alle().getFirst().handeling());
            Map<String, Long> seqBron = bron.read(ctx -> new UitwisselingRepository(ctx).sequenties());
            Map<String, Long> seqDoel = doel.read(ctx -> new UitwisselingRepository(ctx).sequenties());
            seqBron.forEach((t, s) -> assertTrue(seqDoel.getOrDefault(t, 0L) >= s, "no id of " + t + " is given twice"));
            assertEquals("ok", doel.pragma("integrity_check"));
            assertTrue(doel.read(ctx -> new UitwisselingRepository(ctx).foreignKeyCheck()).isEmpty());
            int treffers = new ZoekService(bron).zoek("voortgang").size();
            assertTrue(treffers > 0);
            assertEquals(treffers, new ZoekService(doel).zoek("voortgang").size(),
                    "the search index is filled again by the triggers");

            // The same archive again: the practice holds exactly this data, nothing happens.
            String vingerafdruk = Praktijkdata.vingerafdruk(doel);
            UitwisselingService.Import nogmaals = service(doel, nieuw).importeer(archief,
                    ring -> ring.open("correct paard batterij".toCharArray()), () -> {
                        throw new AssertionError("no backup for nothing");
                    });
            assertTrue(nogmaals.alAanwezig());
            assertEquals(vingerafdruk, Praktijkdata.vingerafdruk(doel));
        }
    }

    @Test
    void eenHelePraktijkGaatNietInEenPraktijkMetAndereDossiers() throws Exception {
        Path archief = exporteer(null, "praktijk.szx");
        try (Database doel = Database.open(dir.resolve("ander/spoorzoeker.db"))) {
            TestDossiers.create(doel, "Bestaande Klant");
            String voor = Praktijkdata.vingerafdruk(doel);
            UitwisselingFout f = assertThrows(UitwisselingFout.class, () -> service(doel, dir.resolve("ander")).importeer(archief,
                    ring -> Praktijkdata.SLEUTELS.dataSleutel().clone(), () -> { }));
            assertEquals("archief.fout.nietLeeg", f.messageKey());
            assertEquals(voor, Praktijkdata.vingerafdruk(doel));
        }
    }

    @Test
    void eenDossierKrijgtNieuweNummersInEenPraktijkMetDossiers() throws Exception {
        Path archief = exporteer(gevuld.dossier(), "dossier.szx");
        Path andere = dir.resolve("ander");
        try (Database doel = Database.open(andere.resolve("spoorzoeker.db"))) {
            for (int i = 0; i < 12; i++) {
                TestDossiers.create(doel, "Klant " + i);
            }
            // The same employer, known here by its KvK number under another name: matched, not doubled.
            int zorggroep = new WerkgeverService(doel, CLOCK).create(new Werkgever(
                    null, "De Linde (zorggroep)", "41234567", Adres.LEEG,
                    Contact.LEEG, Contact.LEEG, true));
            Map<String, Integer> voor = Praktijkdata.aantallen(doel);

            UitwisselingService.Import i = service(doel, andere).importeer(archief,
                    ring -> ring.open("correct paard batterij".toCharArray()), () -> { });
            int nieuw = i.trajecten().getFirst();
            assertNotEquals(gevuld.dossier(), nieuw, "a new number");
            var dossier = new DossierService(doel, CLOCK).find(nieuw).orElseThrow();
            assertEquals(gevuld.dossierNaam(), dossier.werknemer().naam());
            assertEquals(zorggroep, dossier.werkgever().id(), "employer matched by KvK number");
            Map<String, Integer> na = Praktijkdata.aantallen(doel);
            assertEquals(voor.get("werkgever"), na.get("werkgever"));
            assertEquals(voor.get("werknemer") + 1, na.get("werknemer"));

            // Every row of the dossier arrived, under new numbers.
            Map<String, Integer> inBron = bron.read(ctx -> {
                UitwisselingRepository repo = new UitwisselingRepository(ctx);
                Tabelschema s = repo.schema();
                Map<String, Integer> m = new java.util.LinkedHashMap<>();
                for (Tabelschema.Tabel t : s.voor(Reikwijdte.DOSSIER)) {
                    m.put(t.naam(), (int) repo.aantal(s, t, new UitwisselingRepository.Selectie(Reikwijdte.DOSSIER,
                            List.of((long) gevuld.dossier()))));
                }
                return m;
            });
            inBron.forEach((t, n) -> {
                if (Tabelschema.PRAKTIJKTABELLEN.containsKey(t) || t.equals("werkgever") || t.equals("stap")
                        || t.equals("groepssessie")) {
                    return;
                }
                assertEquals(voor.getOrDefault(t, 0) + n, na.get(t), "rows of " + t);
            });
            assertEquals("ok", doel.pragma("integrity_check"));
            assertTrue(doel.read(ctx -> new UitwisselingRepository(ctx).foreignKeyCheck()).isEmpty(), "PRAGMA foreign_key_check");
            assertEquals(Handeling.IMPORT, new AuditService(doel, CLOCK).alle().getFirst().handeling());
            assertEquals(nieuw, new AuditService(doel, CLOCK).alle().getFirst().trajectId());

            // The final report keeps its bytes and their SHA-256; the correction names it by its new number.
            var opslag = new RapportOpslag(doel, CLOCK, null, new DossierService(doel, CLOCK),
                    new PraktijkService(doel, CLOCK), null);
            var rapporten = opslag.vanDossier(nieuw);
            var definitief = rapporten.stream().filter(r -> r.status() == Rapport.Status.DEFINITIEF)
                    .findFirst().orElseThrow();
            assertArrayEquals(gevuld.rapportPdf(), opslag.pdf(definitief.id()), "PDF bytes unchanged, SHA-256 checked");
            assertTrue(rapporten.stream().anyMatch(r -> Integer.valueOf(definitief.id()).equals(r.vervangtId())));
            assertTrue(new ArbeidsmarktService(doel, CLOCK).overzicht(nieuw).sollicitaties()
                    .stream().anyMatch(s -> new ArbeidsmarktService(doel, CLOCK).bewijs(s.id()).isPresent()));

            // Twice is refused: the same person with the same first day of sickness is there already.
            String vingerafdruk = Praktijkdata.vingerafdruk(doel);
            UitwisselingFout f = assertThrows(UitwisselingFout.class, () -> service(doel, andere).importeer(archief,
                    ring -> ring.open("correct paard batterij".toCharArray()), () -> { }));
            assertEquals("archief.fout.alAanwezig", f.messageKey());
            assertEquals(vingerafdruk, Praktijkdata.vingerafdruk(doel));
        }
    }

    @Test
    void eenVerkeerdWachtwoordOfEenGewijzigdBestandSchrijftNiets() throws Exception {
        Path archief = exporteer(gevuld.dossier(), "dossier.szx");
        Path andere = dir.resolve("ander");
        try (Database doel = Database.open(andere.resolve("spoorzoeker.db"))) {
            TestDossiers.create(doel, "Bestaande Klant");
            String voor = Praktijkdata.vingerafdruk(doel);
            byte[] dbVoor = Files.readAllBytes(andere.resolve("spoorzoeker.db"));
            AtomicInteger backups = new AtomicInteger();
            assertThrows(VerkeerdeSleutel.class, () -> service(doel, andere).importeer(archief,
                    ring -> ring.open("fout wachtwoord hoor".toCharArray()), backups::incrementAndGet));
            List<Path> kapot = new ArrayList<>();
            byte[] bytes = Files.readAllBytes(archief);
            for (int plek : new int[] {10, 200, bytes.length / 2, bytes.length - 5}) {
                byte[] b = bytes.clone();
                b[plek] ^= 0x20;
                Path p = dir.resolve("kapot-" + plek + ".szx");
                Files.write(p, b);
                kapot.add(p);
            }
            Path kort = dir.resolve("kort.szx");
            Files.write(kort, java.util.Arrays.copyOf(bytes, bytes.length - 100));
            kapot.add(kort);
            for (Path p : kapot) {
                Exception e = assertThrows(Exception.class, () -> service(doel, andere).importeer(p,
                        ring -> Praktijkdata.SLEUTELS.dataSleutel().clone(), backups::incrementAndGet));
                assertTrue(e instanceof OngeldigBestand || e instanceof VerkeerdeSleutel || e instanceof UitwisselingFout,
                        p + ": " + e);
            }
            assertEquals(0, backups.get(), "nothing ran that comes after the checks");
            assertEquals(voor, Praktijkdata.vingerafdruk(doel));
            assertArrayEquals(dbVoor, Files.readAllBytes(andere.resolve("spoorzoeker.db")), "the database file is untouched");
            try (var s = Files.list(andere.resolve("tijdelijk"))) {
                assertEquals(List.of(), s.toList(), "no plain copy is left in the private folder");
            }
        }
    }
}
