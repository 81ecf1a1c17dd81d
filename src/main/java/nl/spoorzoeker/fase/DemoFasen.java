package nl.spoorzoeker.fase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * Phases, goals, a first answer and a belastbaarheid snapshot for a demo dossier, laid out by how
 * long its traject has run: intake two weeks, acceptance three, calling four, search profile three,
 * then the job market (with a work placement beside it where the dossier has one). Profile versions are
 * dated on the day they would have been made, not the day the demo was loaded: a report shows versions
 * saved by its period's end.
 */
public final class DemoFasen {

    private static final int[][] SCHEMA = {
            {0, 2}, {2, 5}, {5, 9}, {9, 12}, {12, -1}, {-1, -1}};

    private DemoFasen() {
    }

    /**
     * @param werkervaringStart the first day of the dossier's work placement, or null when it has none: the
     *        werkervaringsplek phase runs exactly when a placement does, so a report never shows the phase
     *        beside "no werkervaringsplek in this period"
     */
    public static void voegToe(DSLContext ctx, int trajectId, LocalDate start, LocalDate today, int index,
                               Integer contracturenMinuten, LocalDate werkervaringStart, boolean actief, Instant now) {
        FaseRepository fasen = new FaseRepository(ctx);
        fasen.seedStappenIfEmpty();
        FaseSoort[] soorten = FaseSoort.values();
        List<Integer> lopend = new java.util.ArrayList<>();
        for (int i = 0; i < SCHEMA.length; i++) {
            if (i == 5 && werkervaringStart == null) {
                continue;
            }
            LocalDate from = i == 5 ? werkervaringStart : start.plusWeeks(SCHEMA[i][0]);
            if (from.isAfter(today)) {
                break;
            }
            int id = fasen.startFase(trajectId, soorten[i], from);
            if (SCHEMA[i][1] >= 0 && !start.plusWeeks(SCHEMA[i][1]).isAfter(today)) {
                fasen.rondAf(trajectId, id, start.plusWeeks(SCHEMA[i][1]));
            } else {
                lopend.add(id);
            }
        }
        if (!actief) {
            // A closed traject ran to its end (today is the day it ended): what still ran stops there,
            // after a last week of afsluiting, so no report of it shows a phase that "loopt".
            LocalDate afsluiting = today.minusWeeks(1);
            lopend.forEach(id -> fasen.rondAf(trajectId, id, afsluiting));
            fasen.rondAf(trajectId, fasen.startFase(trajectId, FaseSoort.AFSLUITING, afsluiting), today);
        }
        List<Stap> stappen = fasen.stappen(true);
        stappen.stream().filter(s -> StandaardStappen.INTAKE_VERHAAL.equals(s.sleutel())).findFirst().ifPresent(s ->
                fasen.addAntwoord(trajectId, s.id(), start.plusDays(2),
                        "Wil graag weer aan het werk, liefst met mensen. Zorgen over de reistijd en over "
                                + "wat de collega's denken. Afgesproken: wekelijks contact, eerst rustig opbouwen.", now));
        // Goals with the history a coach would have made: set at the start, reached or started later.
        int profiel = fasen.addDoel(trajectId, new Doel(null, FaseSoort.ROEPING, "Persoonsprofiel is klaar en besproken",
                "Profiel met drijfveren, competenties en wensen ligt vast", start.plusWeeks(9), DoelStatus.OPEN), now, start);
        fasen.addStatus(profiel, DoelStatus.BEZIG, start.plusWeeks(2), now);
        if (today.isAfter(start.plusWeeks(9))) {
            fasen.addStatus(profiel, DoelStatus.BEHAALD, start.plusWeeks(9), now);
        }
        int norm = fasen.addDoel(trajectId, new Doel(null, FaseSoort.ARBEIDSMARKT, "Twee sollicitaties per week",
                "Sollicitatieoverzicht per rapportageperiode", null, DoelStatus.OPEN), now, start);
        if (today.isAfter(start.plusWeeks(12))) {
            fasen.addStatus(norm, DoelStatus.BEZIG, start.plusWeeks(12), now);
        }
        if (!actief) {
            // Placed: the weekly norm no longer applies, and was not "reached" either.
            fasen.addStatus(norm, DoelStatus.VERVALLEN, today, now);
        }
        int hours = contracturenMinuten == null ? 24 * 60 : Math.min(contracturenMinuten, 24 * 60);
        new BelastbaarheidRepository(ctx).add(trajectId, new Belastbaarheid(null, start.minusWeeks(3),
                Belastbaarheid.Bron.BEDRIJFSARTS, Belastbaarheid.DocumentType.FML, 5 * 60, hours,
                "Opbouwen van 12 naar " + hours / 60 + " uur per week in acht weken", "Beperkt in tempo en "
                + "deadlines; werk met voorspelbare taken", "Geen beperkingen voor samenwerken",
                index % 2 == 0 ? "Niet in lawaaiige omgeving" : null, "Niet tillen boven 10 kg; niet duwen of trekken",
                "Afwisselen van zitten en staan, niet langer dan een uur achtereen", "Overdag; geen nachtdiensten",
                false, true, start.plusWeeks(10)), now);
        profielen(new ProfielRepository(ctx), trajectId, start, today, index, hours, now);
    }

    /** Ten in the morning in the Netherlands on {@code dag}: when a coach saves a profile in a session. */
    private static Instant op(LocalDate dag) {
        return dag.atTime(10, 0).atZone(Tijdzone.PRAKTIJK).toInstant();
    }

    /** An AD report, and profiles once the traject has got that far; the second profile version shows a change. */
    private static void profielen(ProfielRepository repo, int trajectId, LocalDate start, LocalDate today, int index,
                                  int hours, Instant now) {
        repo.addAdRapport(trajectId, new AdRapport(null, start.minusWeeks(6), "M. de Boer, AD Advies Midden",
                AdRapport.ConclusieSpoor1.NIET_MOGELIJK, "Administratief-ondersteunend werk; klantcontact; "
                + "lichte logistiek"), now);
        if (today.isAfter(start.plusWeeks(5))) {
            var v1 = new Persoonsprofiel(null, null, "mbo 3", "Ruim tien jaar in de eigen functie",
                    "Betrouwbaar, klantgericht", "Mensen helpen, ordenen", index % 2 == 0 ? "SCE" : "CSR",
                    "Zekerheid en contact met mensen", "Eerlijkheid, collegialiteit", null, "Dicht bij huis werken");
            repo.addPersoonsprofiel(trajectId, v1, op(start.plusWeeks(5)));
            if (today.isAfter(start.plusWeeks(8))) {
                repo.addPersoonsprofiel(trajectId, new Persoonsprofiel(null, null, v1.opleiding(), v1.werkervaring(),
                        "Betrouwbaar, klantgericht, goed in plannen", v1.interesses(), v1.riasec(), v1.drijfveren(),
                        v1.waarden(), "Beperkte digitale vaardigheden", v1.wensen()), op(start.plusWeeks(8)));
            }
        }
        if (today.isAfter(start.plusWeeks(11))) {
            int uren = Math.min(hours, 24 * 60);
            repo.addZoekprofiel(trajectId, new Zoekprofiel(null, null, List.of(
                    new Zoekrichting("Medewerker klantenservice", "mbo 3", "Dienstverlening", uren,
                            "Binnen 30 minuten fietsen", "Veel vacatures in de regio; past bij klantcontact", true, null),
                    new Zoekrichting("Administratief medewerker", "mbo 3", "Zorg en welzijn", uren - 4 * 60,
                            "Binnen 45 minuten OV", "Advies arbeidsdeskundige; vraagt digitale vaardigheden", true, null))),
                    op(start.plusWeeks(11)));
        }
    }
}
