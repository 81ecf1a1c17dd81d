package nl.spoorzoeker.groep;

import nl.spoorzoeker.tijdlijn.Feestdagen;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.logboek.GroepssessieOpslag;
import nl.spoorzoeker.groep.Groepsprogramma.Aanwezigheid;
import nl.spoorzoeker.groep.Groepsprogramma.Bijeenkomst;
import nl.spoorzoeker.groep.Groepsprogramma.Deelnemer;
import org.jooq.DSLContext;

/**
 * The demo practice's group programme: five werknemers, two trainers, eight Tuesday meetings that
 * started five weeks ago; the meetings held so far are recorded (one participant absent once, with
 * the reason). Summaries name no participant, as the report's privacy gate requires.
 */
public final class DemoGroepsprogramma {

    static final String NAAM = "Groep Werkfit najaar";
    private static final List<String> ONDERWERPEN = List.of("Kennismaking en persoonlijke doelen",
            "Sterktes en talenten in kaart", "Netwerken en de eigen pitch", "Intervisie: wat lukt, wat schuurt",
            "Cv en LinkedIn-profiel", "Sollicitatiegesprek oefenen", "Omgaan met tegenslag", "Intervisie en afsluiting");
    private static final List<String> VERSLAGEN = List.of(
            "Kennisgemaakt; ieder formuleerde twee doelen voor de komende acht weken.",
            "Met de talentenkaarten drie sterktes gekozen en met voorbeelden onderbouwd.",
            "De eigen pitch geschreven en in tweetallen geoefend; ieder benoemde drie netwerkcontacten.",
            "Intervisie volgens de incidentmethode; afspraken over de volgende stap gemaakt.",
            "Cv's op elkaar laten reageren en het LinkedIn-profiel bijgewerkt.");

    private DemoGroepsprogramma() {
    }

    /** Adds the programme when there are at least three dossiers to fill it; returns its id, or -1. */
    public static int voegToe(DSLContext ctx, List<Integer> trajecten, LocalDate today, Instant now) {
        if (trajecten.size() < 3) {
            return -1;
        }
        GroepsprogrammaRepository repo = new GroepsprogrammaRepository(ctx);
        LocalDate start = today.minusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int id = repo.insert(new Groepsprogramma(null, NAAM, start, "Buurthuis De Kamp, Utrecht",
                List.of("Ellen Verhoef", "Ruud Smeets")), now);
        List<Deelnemer> groep = new ArrayList<>();
        for (int i = 0; i < Math.min(5, trajecten.size()); i++) {
            // The last one joined in the third week.
            groep.add(new Deelnemer(trajecten.get(i), null, i == 4 ? start.plusWeeks(2) : start, null));
        }
        repo.vervangDeelnemers(id, groep);
        Rooster.Uitkomst rooster = Rooster.genereer(new Roosterpatroon(start, DayOfWeek.TUESDAY, LocalTime.of(10, 0), 120,
                8, 1, Groepssessie.Soort.WORKSHOP, 4, "Buurthuis De Kamp, Utrecht"), Feestdagen.nederland(),
                (n, s) -> ONDERWERPEN.get(n - 1));
        int n = 0;
        for (Rooster.Gepland g : rooster.bijeenkomsten()) {
            Bijeenkomst b = new Bijeenkomst(null, id, g.begin(), g.duurMinuten(), g.soort(), g.onderwerp(), g.locatie(),
                    null, null, "demo-groep-" + id + "-" + g.nummer() + "@spoorzoeker");
            int bid = repo.insertBijeenkomst(b, now);
            if (!g.begin().toLocalDate().isBefore(today) || n >= VERSLAGEN.size()) {
                continue;
            }
            String trainer = n % 2 == 0 ? "Ellen Verhoef" : "Ruud Smeets";
            List<Aanwezigheid> aanwezig = new ArrayList<>();
            for (int i = 0; i < groep.size(); i++) {
                Deelnemer d = groep.get(i);
                if (!d.op(g.begin().toLocalDate())) {
                    continue;
                }
                boolean afwezig = n == 1 && i == 1;
                aanwezig.add(new Aanwezigheid(d.dossierId(), null, !afwezig, afwezig ? "Afspraak bij de bedrijfsarts" : null));
            }
            int sessie = GroepssessieOpslag.bewaar(ctx, new Groepssessie(null, g.begin(), g.duurMinuten(), g.soort(),
                    g.onderwerp(), g.locatie(), VERSLAGEN.get(n), Groepssessie.Verdeling.VOLLEDIG, true,
                    aanwezig.stream().filter(Aanwezigheid::aanwezig)
                            .map(a -> new Groepssessie.Deelname(a.dossierId(), null, g.duurMinuten())).toList()), now);
            repo.updateBijeenkomst(new Bijeenkomst(bid, id, g.begin(), g.duurMinuten(), g.soort(), g.onderwerp(),
                    g.locatie(), trainer, sessie, b.uid()), now);
            repo.vervangAanwezigheid(bid, aanwezig);
            n++;
        }
        return id;
    }
}
