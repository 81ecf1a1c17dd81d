package nl.spoorzoeker.dossier;

import java.time.Instant;
import java.time.LocalDate;
import nl.spoorzoeker.tijdlijn.GebeurtenisSoort;
import org.jooq.DSLContext;
import nl.spoorzoeker.tijdlijn.Regime;

/**
 * The demo practice's vangnet dossier (issue 18 item 1, docs/ziektewet-vangnet.md): a flex worker
 * whose contract ended while she was sick, with UWV (office Utrecht) as opdrachtgever under the
 * Ziektewet-vangnet and no werkgever. Its record has what UWV's regime has: probleemanalyse, plan
 * van aanpak and evaluations, the coach's progress reports; no 42e-weeksmelding or
 * eerstejaarsevaluatie, which a vangnetter without werkgever does not have.
 */
public final class DemoVangnet {

    public static final String NAAM = "Yvonne Kramer";

    private DemoVangnet() {
    }

    /** The traject's start: ten weeks after the first day of sickness, thirty weeks ago. */
    public static LocalDate start(LocalDate today) {
        return today.minusWeeks(20).minusDays(2);
    }

    /** Adds the dossier; returns its traject id. */
    public static int voegToe(DSLContext ctx, LocalDate today, Instant now) {
        LocalDate start = start(today);
        LocalDate eersteZiektedag = start.minusWeeks(10);
        Traject traject = new Traject(null, eersteZiektedag, start.minusDays(9), start, start.plusWeeks(30), 40 * 60,
                440_000, TrajectStatus.ACTIEF, Opdrachtgever.uwv("Utrecht"), Regime.ZIEKTEWET_VANGNET);
        Werknemer werknemer = new Werknemer(null, NAAM, LocalDate.of(1984, 8, 19), "06-1000 0018",
                "yvonne@voorbeeld.example", new Adres("Croeselaan 140", "3521 CC", "Utrecht"),
                "Productiemedewerker (uitzendkracht)", 32 * 60, false, Vervoer.FIETS);
        int id = new DossierRepository(ctx).insert(werknemer, null, traject, now);
        TijdlijnRepository klok = new TijdlijnRepository(ctx);
        LocalDate pa = eersteZiektedag.plusWeeks(5).plusDays(1);
        klok.addGebeurtenis(id, GebeurtenisSoort.PROBLEEMANALYSE, pa, now);
        LocalDate pva = pa.plusDays(11);
        klok.addGebeurtenis(id, GebeurtenisSoort.PLAN_VAN_AANPAK, pva, now);
        for (LocalDate d = pva.plusWeeks(6); d.isBefore(today.minusDays(7)); d = d.plusWeeks(6)) {
            klok.addGebeurtenis(id, GebeurtenisSoort.EVALUATIE_PLAN_VAN_AANPAK, d, now);
        }
        for (LocalDate d = start.plusWeeks(6).minusDays(1); d.isBefore(today.minusDays(3)); d = d.plusWeeks(6)) {
            klok.addGebeurtenis(id, GebeurtenisSoort.VOORTGANGSRAPPORTAGE, d, now);
        }
        return id;
    }
}
