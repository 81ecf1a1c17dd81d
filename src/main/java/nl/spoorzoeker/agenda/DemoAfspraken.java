package nl.spoorzoeker.agenda;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jooq.DSLContext;

/** Appointments for a demo dossier: one this week or next, one a fortnight later, one that was. */
public final class DemoAfspraken {

    private static final String[] ONDERWERPEN = {"Voortgangsgesprek", "Sollicitatiebrief doornemen",
            "Kennismaking werkgever", "Evaluatie werkervaringsplek", "Netwerkoverleg"};
    private static final String[] PLAATSEN = {"Bij werknemer thuis", "Praktijk, Oudegracht 12, Utrecht",
            "Bibliotheek, studieruimte", "Videobellen", "Koffiehuis De Zon"};

    private DemoAfspraken() {
    }

    public static void voegToe(DSLContext ctx, int trajectId, LocalDate today, int index, Instant now) {
        AfspraakRepository repo = new AfspraakRepository(ctx);
        LocalDate maandag = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate eerste = maandag.plusDays(1 + index % 4 + (index % 3 == 0 ? 7 : 0));
        if (!eerste.isAfter(today)) {
            eerste = eerste.plusWeeks(1);
        }
        for (int i = 0; i < 3; i++) {
            LocalDate dag = i == 2 ? eerste.minusWeeks(3) : eerste.plusWeeks(2L * i);
            int uur = 9 + (index * 2 + i) % 7;
            repo.insert(new Afspraak(null, trajectId, null, dag.atTime(uur, index % 2 == 0 ? 0 : 30), i == 0 ? 60 : 45,
                    ONDERWERPEN[(index + i) % ONDERWERPEN.length], PLAATSEN[(index + 2 * i) % PLAATSEN.length], null, null),
                    java.util.UUID.nameUUIDFromBytes(("demo-" + trajectId + "-" + i).getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)) + "@spoorzoeker", now);
        }
    }
}
