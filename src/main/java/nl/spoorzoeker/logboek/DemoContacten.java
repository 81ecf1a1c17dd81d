package nl.spoorzoeker.logboek;

import java.time.Instant;
import java.time.LocalDate;
import org.jooq.DSLContext;

/**
 * A believable log for a demo dossier: a conversation most weeks since the traject started, an
 * employer or network contact every other week once the job market phase would run. One dossier
 * has not been seen for a month, so Vandaag shows what a gap looks like.
 */
public final class DemoContacten {

    private static final ContactSoort[] AFWISSELING = {ContactSoort.GESPREK_OP_LOCATIE, ContactSoort.TELEFONISCH,
            ContactSoort.VIDEO, ContactSoort.GESPREK_OP_LOCATIE};

    private DemoContacten() {
    }

    public static void voegToe(DSLContext ctx, int trajectId, LocalDate start, LocalDate today, int index, Instant now) {
        ContactRepository repo = new ContactRepository(ctx);
        LocalDate stop = index == 6 ? today.minusDays(30) : today.minusDays(2);
        int week = 0;
        for (LocalDate day = start.plusDays(1); day.isBefore(stop); day = day.plusWeeks(1), week++) {
            ContactSoort soort = AFWISSELING[week % AFWISSELING.length];
            repo.insert(trajectId, new Contactmoment(null, day.atTime(10, 0), soort == ContactSoort.TELEFONISCH ? 30 : 60,
                    soort, "werknemer, coach", "Voortgang bespreken", "Voortgang besproken; werknemer is gemotiveerd.",
                    "Volgende week verder", null, null, null, true), now);
            if (week >= 12 && week % 2 == 0) {
                repo.insert(trajectId, new Contactmoment(null, day.plusDays(2).atTime(14, 0), 45,
                        week % 4 == 0 ? ContactSoort.WERKGEVERSCONTACT : ContactSoort.NETWERKCONTACT, "coach",
                        "Werkgevers benaderen voor de zoekrichtingen", "Kennismaking, vacatures besproken.",
                        "Cv nasturen", null, null, null, true), now);
            }
        }
    }

    /** A workshop ten days ago for the first three dossiers, its time shared by attendance. */
    public static void groepssessie(DSLContext ctx, java.util.List<Integer> trajecten, LocalDate today, Instant now) {
        if (trajecten.size() < 3) {
            return;
        }
        new GroepssessieRepository(ctx).insert(new Groepssessie(null, today.minusDays(10).atTime(13, 30), 150,
                Groepssessie.Soort.WORKSHOP, "Workshop netwerken en elevator pitch", "Buurthuis De Kamp, Utrecht",
                "Elevator pitch geoefend in tweetallen; iedereen heeft drie netwerkcontacten benoemd om te benaderen.",
                Groepssessie.Verdeling.GEDEELD, true, java.util.List.of(
                        new Groepssessie.Deelname(trajecten.get(0), null, 150),
                        new Groepssessie.Deelname(trajecten.get(1), null, 150),
                        new Groepssessie.Deelname(trajecten.get(2), null, 90))), now);
    }
}
