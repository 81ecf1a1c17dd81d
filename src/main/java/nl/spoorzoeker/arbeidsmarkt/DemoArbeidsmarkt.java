package nl.spoorzoeker.arbeidsmarkt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The job search of a demo dossier once its traject has run for three months: a norm of two a
 * week, applications in every stage (a few weeks below the norm), network contacts, and for two
 * dossiers a werkervaringsplek — one evaluated recently, one that has gone too long without (C13).
 */
public final class DemoArbeidsmarkt {

    private static final String[][] VACATURES = {
            {"Gemeente Utrecht", "Medewerker klantcontact", "Klantcontact"},
            {"Albert Heijn Distributiecentrum", "Administratief medewerker logistiek", "Administratie"},
            {"Zorggroep Het Baken", "Gastvrouw / receptie", "Receptie"},
            {"Kringloop Eemland", "Winkelmedewerker", "Detailhandel"},
            {"Bibliotheek Rivierenland", "Baliemedewerker", "Receptie"},
            {"Waterschap Vallei en Veluwe", "Medewerker planning", "Administratie"},
            {"Thuisbezorgd.nl", "Klantenservice (parttime)", "Klantcontact"},
            {"Hogeschool Utrecht", "Conciërge", "Facilitair"},
            {"Bakkerij Zoë & Co", "Verkoopmedewerker", "Detailhandel"},
            {"NS Reizigers", "Medewerker service en veiligheid", "Klantcontact"}};

    private DemoArbeidsmarkt() {
    }

    /**
     * The first day of the work placement of demo dossier {@code index}, or null when it has none: the
     * one place that decides, so that the placement and its phase start together. A closed traject
     * ({@code actief} false) had one in its last thirteen weeks: its outcome says the werknemer was
     * taken on where she did it.
     *
     * @param today the last day the dossier's records run to (for a closed traject, the day it ended)
     */
    public static LocalDate werkervaringStart(LocalDate start, LocalDate today, int index, boolean actief) {
        if (start.plusWeeks(12).isAfter(today.minusWeeks(1))) {
            return null;
        }
        if (!actief) {
            return Sollicitatienorm.maandag(today.minusWeeks(13));
        }
        if (index != 0 && index != 3) {
            return null;
        }
        return Sollicitatienorm.maandag(today.minusWeeks(index == 3 ? 22 : 9));
    }

    public static void voegToe(DSLContext ctx, int trajectId, LocalDate start, LocalDate today, int index,
                               boolean actief, Instant now) {
        LocalDate marktStart = start.plusWeeks(12);
        if (marktStart.isAfter(today.minusWeeks(1))) {
            return;
        }
        SollicitatieRepository sollicitaties = new SollicitatieRepository(ctx);
        sollicitaties.setNorm(trajectId, 2, now);
        int n = 0;
        for (LocalDate week = marktStart; week.isBefore(today); week = week.plusWeeks(1)) {
            // Most weeks two, some one, now and then three: a believable record around the norm.
            int aantal = (n + index) % 5 == 0 ? 1 : (n + index) % 7 == 0 ? 3 : 2;
            for (int i = 0; i < aantal; i++) {
                LocalDate datum = week.plusDays(i * 2L);
                if (!datum.isBefore(today)) {
                    break;
                }
                String[] v = VACATURES[(n * 3 + i + index) % VACATURES.length];
                long dagenGeleden = java.time.temporal.ChronoUnit.DAYS.between(datum, today);
                int id = sollicitaties.insert(trajectId, new Sollicitatie(null, datum, v[0], v[1], v[2],
                        Kanaal.values()[(n + i) % Kanaal.values().length], null,
                        i == 0 ? "Vacaturetekst en verstuurde brief in map sollicitaties" : null,
                        Sollicitatieverloop.beginStappen(SollicitatieStatus.VERSTUURD, datum), null), now);
                verloop(sollicitaties, id, datum, dagenGeleden, n + i, now);
                n++;
            }
        }
        NetwerkRepository netwerk = new NetwerkRepository(ctx);
        netwerk.insert(trajectId, new Netwerkcontact(null, marktStart.plusDays(3), "Piet de Groot", "Rotary Amersfoort",
                "Introductie bij bedrijven in de regio", "Twee namen gekregen van HR-managers in de logistiek",
                "Beide bellen", marktStart.plusDays(10)), now);
        netwerk.insert(trajectId, new Netwerkcontact(null, marktStart.plusWeeks(4), "Esther Kok", "Oud-collega",
                "Informatie over werken als baliemedewerker", "Rondleiding aangeboden", "Rondleiding plannen",
                null), now);
        LocalDate wepStart = werkervaringStart(start, today, index, actief);
        if (wepStart == null) {
            return;
        }
        if (actief) {
            werkervaring(ctx, trajectId, wepStart, today, index, now);
        } else {
            werkervaringMetContract(ctx, trajectId, wepStart, today, now);
        }
    }

    /** Older applications got further: an interview, a rejection, now and then an offer. */
    private static void verloop(SollicitatieRepository repo, int id, LocalDate datum, long dagenGeleden, int n,
                                Instant now) {
        List<Sollicitatie.Stap> stappen = new ArrayList<>();
        if (dagenGeleden > 10) {
            stappen.add(new Sollicitatie.Stap(n % 3 == 0 ? SollicitatieStatus.GESPREK : SollicitatieStatus.AFGEWEZEN,
                    datum.plusDays(8)));
            if (n % 3 == 0 && dagenGeleden > 20) {
                stappen.add(new Sollicitatie.Stap(n % 9 == 0 ? SollicitatieStatus.TWEEDE_GESPREK
                        : SollicitatieStatus.AFGEWEZEN, datum.plusDays(16)));
            }
        }
        for (Sollicitatie.Stap stap : stappen) {
            repo.addStap(id, stap);
            repo.setStatus(id, stap.status(), now);
        }
    }

    private static void werkervaring(DSLContext ctx, int trajectId, LocalDate start, LocalDate today, int index,
                                     Instant now) {
        WerkervaringRepository repo = new WerkervaringRepository(ctx);
        boolean achter = index == 3;
        int id = repo.insert(trajectId, new Werkervaringsplek(null, Werkervaringsplek.Soort.WERKERVARINGSPLEK,
                achter ? "Gemeente Den Haag" : "Kringloop Eemland",
                achter ? "Kees de Wit" : "Marieke Bos", "033-123 45 67", null,
                achter ? "Medewerker planning" : "Winkelmedewerker",
                achter ? "Dienstroosters controleren, telefoon aannemen" : "Kassa, sorteren en prijzen, klanten helpen",
                start, start.plusWeeks(26), Werkervaringsplek.Uitkomst.CONTRACT, null, List.of(), List.of()), now);
        List<Werkervaringsplek.Week> weken = new ArrayList<>();
        int week = 0;
        for (LocalDate maandag = start; maandag.isBefore(today.plusWeeks(4)); maandag = maandag.plusWeeks(1), week++) {
            int gepland = Math.min(16, 4 + 2 * (week / 2)) * 60;
            Integer gewerkt = maandag.isBefore(Sollicitatienorm.maandag(today))
                    ? gepland - (week % 4 == 3 ? 120 : 0) : null;
            weken.add(new Werkervaringsplek.Week(maandag, gepland, gewerkt));
        }
        repo.replaceWeken(id, weken);
        repo.addEvaluatie(id, new Werkervaringsplek.Evaluatie(null, start.plusWeeks(achter ? 4 : 6),
                achter ? "Goede start; werkt nauwkeurig. Tempo nog laag, uren volgens schema."
                        : "Gaat goed; klanten reageren positief. Uren uitbreiden volgens schema."), now);
    }

    /**
     * The closed traject's placement, at the employer that then took the werknemer on (the outcome in
     * {@code DemoUitkomst}): every week worked, ended on the day the traject ended, with a contract.
     */
    private static void werkervaringMetContract(DSLContext ctx, int trajectId, LocalDate start, LocalDate eind,
                                                Instant now) {
        WerkervaringRepository repo = new WerkervaringRepository(ctx);
        int id = repo.insert(trajectId, new Werkervaringsplek(null, Werkervaringsplek.Soort.WERKERVARINGSPLEK,
                "Gemeente Nieuwegein", "Ilse van Rijn", "030-607 10 00", null, "Medewerker klantcontact",
                "Telefoon en balie van het klantcontactcentrum, afspraken inplannen", start, eind,
                Werkervaringsplek.Uitkomst.CONTRACT, null, List.of(), List.of()), now);
        List<Werkervaringsplek.Week> weken = new ArrayList<>();
        int week = 0;
        for (LocalDate maandag = start; maandag.isBefore(eind); maandag = maandag.plusWeeks(1), week++) {
            int uren = Math.min(24, 8 + 4 * (week / 3)) * 60;
            weken.add(new Werkervaringsplek.Week(maandag, uren, uren));
        }
        repo.replaceWeken(id, weken);
        repo.addEvaluatie(id, new Werkervaringsplek.Evaluatie(null, start.plusWeeks(5),
                "Pakt het werk snel op; collega's en klanten positief. Uren volgens schema naar 24."), now);
        repo.addEvaluatie(id, new Werkervaringsplek.Evaluatie(null, eind.minusWeeks(1),
                "Eindgesprek: de gemeente biedt een contract voor een jaar aan, 24 uur per week."), now);
    }
}
