package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.groep.Groepsprogramma.Aanwezigheid;
import nl.spoorzoeker.groep.Groepsprogramma.Deelnemer;
import nl.spoorzoeker.groep.GroepsprogrammaService;
import nl.spoorzoeker.groep.Roosterpatroon;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two participants of one programme moved one by one to another practice as dossier archives: the
 * second brings the same held meeting (same calendar UID, same group session) as the first. It must
 * join it, not clash on the meeting's UNIQUE uid nor double the programme or the meeting.
 */
class UitwisselingGroepTest {

    @TempDir
    Path dir;

    @Test
    void theSecondParticipantOfAProgrammeJoinsTheMeetingTheFirstBroughtInsteadOfClashingOnItsUid() throws Exception {
        Path uitA = dir.resolve("a");
        Path naarB = dir.resolve("b");
        try (Database a = Database.open(uitA.resolve("spoorzoeker.db"));
             Database b = Database.open(naarB.resolve("spoorzoeker.db"))) {
            int anna = TestDossiers.create(a, "Anna de Vries");
            int bram = TestDossiers.create(a, "Bram Jansen");
            GroepsprogrammaService groep = new GroepsprogrammaService(a, CLOCK);
            int p = groep.bewaar(new Groepsprogramma(null, "Groep november", LocalDate.of(2026, 11, 1), "Zaal 2",
                    List.of("Ellen Coach")), List.of(new Deelnemer(anna, null, null, null), new Deelnemer(bram, null, null, null)));
            groep.plan(p, new Roosterpatroon(LocalDate.of(2026, 11, 1), DayOfWeek.TUESDAY, LocalTime.of(10, 0), 120, 4, 1,
                    Groepssessie.Soort.WORKSHOP, 0, "Zaal 2"), (n, s) -> "Bijeenkomst " + n);
            Groepsprogramma.Bijeenkomst eerste = groep.detail(p).orElseThrow().bijeenkomsten().getFirst();
            groep.legVast(new Groepsprogramma.Verslag(eerste.id(), "Ellen Coach", List.of(
                    new Aanwezigheid(anna, "Anna de Vries", true, null), new Aanwezigheid(bram, "Bram Jansen", true, null)),
                    "We oefenden het pitchen.", Groepssessie.Verdeling.VOLLEDIG, true));

            Path annaArchief = exporteer(a, uitA, anna, "anna.szx");
            Path bramArchief = exporteer(a, uitA, bram, "bram.szx");
            TestDossiers.create(b, "Klant van B");
            int annaInB = importeer(b, naarB, annaArchief);
            int bramInB = importeer(b, naarB, bramArchief);

            GroepsprogrammaService groepB = new GroepsprogrammaService(b, CLOCK);
            assertEquals(1, groepB.lijst().size(), "the same programme, not a second copy");
            GroepsprogrammaService.Detail d = groepB.detail(groepB.lijst().getFirst().programma().id()).orElseThrow();
            assertEquals(List.of(annaInB, bramInB), d.deelnemers().stream().map(Deelnemer::dossierId).sorted().toList());
            assertEquals(List.of(eerste.uid()), d.bijeenkomsten().stream().map(Groepsprogramma.Bijeenkomst::uid).toList(),
                    "the held meeting once, under its own UID");
            ContactService contacten = new ContactService(b, CLOCK);
            assertEquals(1, contacten.logboek(annaInB).groepssessies().size());
            assertEquals(1, contacten.logboek(bramInB).groepssessies().size());
            assertEquals(contacten.logboek(annaInB).groepssessies().getFirst().sessie().id(),
                    contacten.logboek(bramInB).groepssessies().getFirst().sessie().id(), "one session for both");
            assertEquals(2, groepB.verslag(d.bijeenkomsten().getFirst().id()).orElseThrow().aanwezigheid().size());
            List<Afspraak> bramsAfspraken = new AfspraakService(b, CLOCK).vanDossier(bramInB);
            assertTrue(bramsAfspraken.stream().anyMatch(x -> x.groep() && x.uid().equals(eerste.uid())), bramsAfspraken.toString());
            assertEquals("ok", b.pragma("integrity_check"));
            assertTrue(b.read(ctx -> new UitwisselingRepository(ctx).foreignKeyCheck()).isEmpty());
        }
    }

    /**
     * A dossier archive carries the participant's own part of a programme: the held meetings at which
     * they were recorded (present, or absent with their reason), not the group's planned meetings,
     * not a held meeting they were not part of, and of the others in the group nothing at all — not
     * their attendance, not their names (domain.md §5.1: only what is needed for this werknemer).
     */
    @Test
    void aDossierArchiveCarriesOnlyTheHeldMeetingsOfItsParticipantAndNoOtherParticipant() throws Exception {
        Path uitA = dir.resolve("a");
        Path naarB = dir.resolve("b");
        try (Database a = Database.open(uitA.resolve("spoorzoeker.db"));
             Database b = Database.open(naarB.resolve("spoorzoeker.db"))) {
            int anna = TestDossiers.create(a, "Anna de Vries");
            int bram = TestDossiers.create(a, "Bram Jansen");
            int cees = TestDossiers.create(a, "Cees Quaedvlieg");
            GroepsprogrammaService groep = new GroepsprogrammaService(a, CLOCK);
            int p = groep.bewaar(new Groepsprogramma(null, "Groep november", LocalDate.of(2026, 11, 1), "Zaal 2",
                    List.of("Ellen Coach")), List.of(new Deelnemer(anna, null, null, null), new Deelnemer(bram, null, null, null),
                    new Deelnemer(cees, null, null, null)));
            // Five Tuesdays from 3 November; the clock stands at 24 November, so the fifth is still to come.
            groep.plan(p, new Roosterpatroon(LocalDate.of(2026, 11, 1), DayOfWeek.TUESDAY, LocalTime.of(10, 0), 120, 5, 1,
                    Groepssessie.Soort.WORKSHOP, 0, "Zaal 2"), (n, s) -> "Bijeenkomst " + n);
            List<Groepsprogramma.Bijeenkomst> rooster = groep.detail(p).orElseThrow().bijeenkomsten();
            // 1: all three came. 2: Anna absent with her reason. 3: recorded for Bram and Cees only.
            // 4: not recorded (it took place, nobody wrote it down yet). 5: planned, in December.
            groep.legVast(new Groepsprogramma.Verslag(rooster.get(0).id(), "Ellen Coach", List.of(
                    new Aanwezigheid(anna, "Anna de Vries", true, null), new Aanwezigheid(bram, "Bram Jansen", true, null),
                    new Aanwezigheid(cees, "Cees Quaedvlieg", true, null)), "We oefenden het pitchen.",
                    Groepssessie.Verdeling.VOLLEDIG, true));
            groep.legVast(new Groepsprogramma.Verslag(rooster.get(1).id(), "Ellen Coach", List.of(
                    new Aanwezigheid(anna, "Anna de Vries", false, "Gesprek bij het UWV"),
                    new Aanwezigheid(bram, "Bram Jansen", true, null),
                    new Aanwezigheid(cees, "Cees Quaedvlieg", false, "Eigen afspraak van Cees")), "Netwerken.",
                    Groepssessie.Verdeling.VOLLEDIG, true));
            groep.legVast(new Groepsprogramma.Verslag(rooster.get(2).id(), "Ellen Coach", List.of(
                    new Aanwezigheid(bram, "Bram Jansen", true, null), new Aanwezigheid(cees, "Cees Quaedvlieg", true, null)),
                    "Sollicitatiebrieven.", Groepssessie.Verdeling.VOLLEDIG, true));

            int annaInB = importeer(b, naarB, exporteer(a, uitA, anna, "anna.szx"));

            GroepsprogrammaService groepB = new GroepsprogrammaService(b, CLOCK);
            GroepsprogrammaService.Detail d = groepB.detail(groepB.lijst().getFirst().programma().id()).orElseThrow();
            assertEquals(List.of(annaInB), d.deelnemers().stream().map(Deelnemer::dossierId).toList(), "only Anna takes part");
            assertEquals(List.of(rooster.get(0).uid(), rooster.get(1).uid()),
                    d.bijeenkomsten().stream().map(Groepsprogramma.Bijeenkomst::uid).toList(),
                    "the two held meetings Anna was recorded at: not the third, nor the unrecorded or planned ones");
            assertTrue(d.bijeenkomsten().stream().allMatch(Groepsprogramma.Bijeenkomst::gehouden));
            assertEquals(List.of(true), groepB.verslag(d.bijeenkomsten().get(0).id()).orElseThrow().aanwezigheid().stream()
                    .map(Aanwezigheid::aanwezig).toList(), "her own attendance only");
            assertEquals(List.of("Gesprek bij het UWV"), groepB.verslag(d.bijeenkomsten().get(1).id()).orElseThrow()
                    .aanwezigheid().stream().map(Aanwezigheid::reden).toList(), "her absence and its reason stay in her record");
            assertEquals(1, new ContactService(b, CLOCK).logboek(annaInB).groepssessies().size(), "the one she attended");
            List<Afspraak> afspraken = new AfspraakService(b, CLOCK).vanDossier(annaInB);
            assertEquals(2, afspraken.stream().filter(Afspraak::groep).count(), afspraken.toString());
            // Nothing of Bram or Cees anywhere in the receiving practice.
            List<String> gevonden = new java.util.ArrayList<>();
            for (String tabel : b.read(ctx -> ctx.fetch("SELECT name FROM sqlite_schema WHERE type = 'table'")
                    .getValues(0, String.class))) {
                for (var rij : b.read(ctx -> ctx.fetch("SELECT * FROM \"" + tabel + "\""))) {
                    for (Object waarde : rij.intoArray()) {
                        String tekst = String.valueOf(waarde);
                        if (tekst.contains("Bram") || tekst.contains("Jansen") || tekst.contains("Cees")
                                || tekst.contains("Quaedvlieg")) {
                            gevonden.add(tabel + ": " + tekst);
                        }
                    }
                }
            }
            assertEquals(List.of(), gevonden);
            assertEquals("ok", b.pragma("integrity_check"));
            assertTrue(b.read(ctx -> new UitwisselingRepository(ctx).foreignKeyCheck()).isEmpty());
        }
    }

    /**
     * Two groups of one name and start (two locations) stay two in the receiving practice, and a
     * programme renamed between two participants' archives stays one: a programme is matched on
     * its uid, not on name and start.
     */
    @Test
    void programmesAreMatchedOnTheirUidNotOnNameAndStart() throws Exception {
        Path uitA = dir.resolve("a");
        Path naarB = dir.resolve("b");
        try (Database a = Database.open(uitA.resolve("spoorzoeker.db"));
             Database b = Database.open(naarB.resolve("spoorzoeker.db"))) {
            int anna = TestDossiers.create(a, "Anna de Vries");
            int bram = TestDossiers.create(a, "Bram Jansen");
            int cees = TestDossiers.create(a, "Cees Quaedvlieg");
            GroepsprogrammaService groep = new GroepsprogrammaService(a, CLOCK);
            LocalDate start = LocalDate.of(2026, 11, 1);
            List<Deelnemer> eerste = List.of(new Deelnemer(anna, null, null, null), new Deelnemer(cees, null, null, null));
            int amersfoort = groep.bewaar(new Groepsprogramma(null, "Werkfit", start, "Amersfoort", List.of("Ellen Coach")),
                    eerste);
            groep.bewaar(new Groepsprogramma(null, "Werkfit", start, "Utrecht", List.of("Piet Trainer")),
                    List.of(new Deelnemer(bram, null, null, null)));

            int annaInB = importeer(b, naarB, exporteer(a, uitA, anna, "anna.szx"));
            int bramInB = importeer(b, naarB, exporteer(a, uitA, bram, "bram.szx"));
            groep.bewaar(new Groepsprogramma(amersfoort, "Werkfit Amersfoort", start, "Amersfoort", List.of("Ellen Coach")),
                    eerste);
            int ceesInB = importeer(b, naarB, exporteer(a, uitA, cees, "cees.szx"));

            GroepsprogrammaService groepB = new GroepsprogrammaService(b, CLOCK);
            assertEquals(2, groepB.lijst().size(), "two groups, as in the practice they came from");
            List<List<Integer>> deelnemers = groepB.lijst().stream().map(r -> groepB.detail(r.programma().id()).orElseThrow()
                    .deelnemers().stream().map(Deelnemer::dossierId).sorted().toList()).sorted(java.util.Comparator
                    .comparing(List::size)).toList();
            assertEquals(List.of(List.of(bramInB), List.of(annaInB, ceesInB)), deelnemers);
            assertTrue(uid(a, "Amersfoort") != null && !uid(a, "Amersfoort").equals(uid(a, "Utrecht")), "each its own uid");
            assertEquals(List.of(uid(a, "Amersfoort"), uid(a, "Utrecht")), List.of(uid(b, "Amersfoort"), uid(b, "Utrecht")));
        }
    }

    /**
     * An archive written before programmes had a uid (schema 25): its programme is matched on name
     * and start as before, comes in without a uid, and a later archive of the same programme joins
     * it and gives it the uid.
     */
    @Test
    void anArchiveFromBeforeProgrammeUidsIsMatchedOnNameAndStartAndALaterOneJoinsIt() throws Exception {
        Path uitA = dir.resolve("a");
        Path naarB = dir.resolve("b");
        try (Database a = Database.open(uitA.resolve("spoorzoeker.db"));
             Database b = Database.open(naarB.resolve("spoorzoeker.db"))) {
            int anna = TestDossiers.create(a, "Anna de Vries");
            int bram = TestDossiers.create(a, "Bram Jansen");
            int cees = TestDossiers.create(a, "Cees Quaedvlieg");
            GroepsprogrammaService groep = new GroepsprogrammaService(a, CLOCK);
            groep.bewaar(new Groepsprogramma(null, "Groep november", LocalDate.of(2026, 11, 1), "Zaal 2",
                    List.of("Ellen Coach")), List.of(new Deelnemer(anna, null, null, null), new Deelnemer(bram, null, null, null),
                    new Deelnemer(cees, null, null, null)));
            String programma = Manifest.tabelBestand("groepsprogramma");
            java.util.function.Function<Integer, Path> oud = dossier -> {
                try {
                    Path plat = uitA.resolve("plat-" + dossier + ".zip");
                    UitwisselingServiceTest.service(a, uitA).schrijfPlat(plat, Reikwijdte.DOSSIER, List.of((long) dossier));
                    // As version 25 wrote it: no uid column in the programme's table.
                    return Vervalser.lees(java.nio.file.Files.readAllBytes(plat))
                            .vervang(programma, "\\s*,\\s*\"uid\"\\s*:\\s*\"[^\"]*\"", "")
                            .manifest(m -> new Manifest(m.formaatversie(), m.appversie(), 25, m.gemaaktOp(), m.reikwijdte(),
                                    m.trajecten(), m.tabellen().stream().map(t -> !t.naam().equals("groepsprogramma") ? t
                                    : new Manifest.TabelInhoud(t.naam(), t.rijen(), zonder(t.kolommen(), "uid"))).toList(),
                                    m.sequenties(), m.bestanden()))
                            .schrijf(uitA.resolve("oud-" + dossier + ".zip"), true);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            int annaInB = importeerPlat(b, naarB, oud.apply(anna));
            int bramInB = importeerPlat(b, naarB, oud.apply(bram));
            GroepsprogrammaService groepB = new GroepsprogrammaService(b, CLOCK);
            assertEquals(1, groepB.lijst().size(), "matched on name and start, as archives of version 25 were");
            assertEquals(null, uid(b, "Zaal 2"), "its identity is not known here");
            int ceesInB = importeer(b, naarB, exporteer(a, uitA, cees, "cees.szx"));
            assertEquals(1, groepB.lijst().size(), "the archive with a uid joins the programme that came without one");
            assertEquals(uid(a, "Zaal 2"), uid(b, "Zaal 2"), "and gives it its uid");
            assertEquals(List.of(annaInB, bramInB, ceesInB), groepB.detail(groepB.lijst().getFirst().programma().id())
                    .orElseThrow().deelnemers().stream().map(Deelnemer::dossierId).sorted().toList());
        }
    }

    private static java.util.Map<String, String> zonder(java.util.Map<String, String> kolommen, String kolom) {
        java.util.Map<String, String> uit = new java.util.LinkedHashMap<>(kolommen);
        uit.remove(kolom);
        return uit;
    }

    /** The uid of the programme at {@code locatie}. */
    private static String uid(Database db, String locatie) {
        return db.read(ctx -> (String) ctx.fetchValue("SELECT uid FROM groepsprogramma WHERE locatie = ?", locatie));
    }

    private static int importeerPlat(Database db, Path data, Path plat) throws Exception {
        return UitwisselingServiceTest.service(db, data).importeerPlat(plat, plat.getFileName().toString(), () -> { })
                .trajecten().getFirst();
    }

    private static Path exporteer(Database db, Path data, int dossier, String naam) throws Exception {
        Path doel = data.resolve("uit").resolve(naam);
        UitwisselingServiceTest.service(db, data).exporteer(dossier, doel, Praktijkdata.SLEUTELS.ring(),
                Praktijkdata.SLEUTELS.dataSleutel());
        return doel;
    }

    private static int importeer(Database db, Path data, Path archief) throws Exception {
        return UitwisselingServiceTest.service(db, data).importeer(archief,
                ring -> ring.open("correct paard batterij".toCharArray()), () -> { }).trajecten().getFirst();
    }
}
