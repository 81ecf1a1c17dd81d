package nl.spoorzoeker.archief;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.spoorzoeker.activity.ContactService;
import nl.spoorzoeker.activity.Groepssessie;
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
class ArchiefGroepTest {

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
            assertTrue(b.read(ctx -> new ArchiefRepository(ctx).foreignKeyCheck()).isEmpty());
        }
    }

    private static Path exporteer(Database db, Path data, int dossier, String naam) throws Exception {
        Path doel = data.resolve("uit").resolve(naam);
        ArchiefServiceTest.service(db, data).exporteer(dossier, doel, Praktijkdata.SLEUTELS.ring(),
                Praktijkdata.SLEUTELS.dataSleutel());
        return doel;
    }

    private static int importeer(Database db, Path data, Path archief) throws Exception {
        return ArchiefServiceTest.service(db, data).importeer(archief,
                ring -> ring.open("correct paard batterij".toCharArray()), () -> { }).trajecten().getFirst();
    }
}
