package nl.spoorzoeker.uitkomst;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.logboek.Urenboek;
import nl.spoorzoeker.store.Uitvoer;

/**
 * Gathers the closed trajecten with their outcome, hours and whether spoor 2 started late, for the
 * practice figures ({@link Praktijkcijfers}). Late is measured against each traject's own latest
 * start of spoor 2 on its Poortwachter timeline (EJE + 6 weeks, or week 58 without an EJE).
 */
public final class PraktijkcijfersService {

    private final Database db;
    private final TijdlijnService tijdlijnen;
    private final ContactService contacten;

    public PraktijkcijfersService(Database db, TijdlijnService tijdlijnen, ContactService contacten) {
        this.db = db;
        this.tijdlijnen = tijdlijnen;
        this.contacten = contacten;
    }

    public Praktijkcijfers.Cijfers cijfers() {
        return Praktijkcijfers.bereken(afgesloten());
    }

    /**
     * Every closed traject with an outcome, as the figures need it (no names: the screen filters
     * and counts these in memory when the coach picks another year).
     */
    public List<Praktijkcijfers.Afgesloten> afgesloten() {
        return List.copyOf(perTraject().values());
    }

    /**
     * The figures per group programme: for each its name, how many took part, the share of
     * expected attendances that were present, and its closed trajecten for the outcome tables
     * ({@link Suppressie#pasPerProgramma}). Counts only, like the rest of the figures.
     */
    public Programmacijfers perProgramma() {
        return perProgramma(perTraject());
    }

    /** The trajecten and the programmes' figures, gathered once: what the figures screen shows. */
    public record Overzicht(List<Praktijkcijfers.Afgesloten> afgesloten, Programmacijfers programmas) {

        /** Every table of the screen and the PDF, suppressed as one ({@link Programmacijfers#pas}). */
        public Programmacijfers.Getoond getoond() {
            return programmas.pas(afgesloten);
        }
    }

    public Overzicht overzicht() {
        Map<Integer, Praktijkcijfers.Afgesloten> afgesloten = perTraject();
        return new Overzicht(List.copyOf(afgesloten.values()), perProgramma(afgesloten));
    }

    /**
     * The figures as the practice may publish them in {@code lopendJaar}, and that year's own trajecten apart
     * (issue 18, docs/praktijkcijfers-aanval.md "Uitgaven op een ander moment"): what is published holds the years
     * that have ended only, so a release made in June is the release made on 31 December before it, and two
     * releases of one year cannot be subtracted to give the figures of a half year. The running year is the
     * coach's own, provisional view.
     *
     * @param uitgave the closed years' trajecten and programmes, as the screen's "all years" and the PDF show them
     * @param lopend  the trajecten closed in {@code lopendJaar} (or later), not in the release
     */
    public record Stand(Overzicht uitgave, int lopendJaar, List<Praktijkcijfers.Afgesloten> lopend) {
        public Stand {
            lopend = List.copyOf(lopend);
        }

        /** The running year's table on its own (never beside a published one in a release); null without trajecten. */
        public Suppressie.Tabel lopendeTabel() {
            return lopend.isEmpty() ? null : Suppressie.pas(Praktijkcijfers.bereken(lopend, null));
        }
    }

    public Stand stand(int lopendJaar) {
        Map<Integer, Praktijkcijfers.Afgesloten> alle = perTraject();
        Map<Integer, Praktijkcijfers.Afgesloten> gesloten = new java.util.LinkedHashMap<>();
        List<Praktijkcijfers.Afgesloten> lopend = new ArrayList<>();
        alle.forEach((id, a) -> {
            if (a.jaar() < lopendJaar) {
                gesloten.put(id, a);
            } else {
                lopend.add(a);
            }
        });
        return new Stand(new Overzicht(List.copyOf(gesloten.values()), perProgramma(gesloten)), lopendJaar, lopend);
    }

    private Programmacijfers perProgramma(Map<Integer, Praktijkcijfers.Afgesloten> afgesloten) {
        List<ProgrammacijferRepository.Programma> programmas = db.read(ctx -> new ProgrammacijferRepository(ctx).alle());
        List<Programmacijfers.Programma> uit = new ArrayList<>();
        for (var p : programmas) {
            uit.add(new Programmacijfers.Programma(p.id(), p.naam(), p.start(), p.einde(), p.trajecten().size(), p.verwacht(), p.aanwezig(),
                    p.trajecten().stream().map(afgesloten::get).filter(java.util.Objects::nonNull).toList()));
        }
        return new Programmacijfers(uit);
    }

    /** Every closed traject with an outcome, by traject id (the id never leaves this service). */
    private Map<Integer, Praktijkcijfers.Afgesloten> perTraject() {
        record Gelezen(java.util.Map<Integer, UitkomstRepository.Afgesloten> afgesloten,
                       java.util.Map<Integer, Integer> sollicitaties,
                       java.util.Map<Integer, java.util.Map<Schaalmeting.Moment, Schaalmeting>> metingen) {
        }
        var gelezen = db.read(ctx -> new Gelezen(new UitkomstRepository(ctx).alle(),
                new UitkomstRepository(ctx).sollicitatiesPerTraject(), new SchaalRepository(ctx).alle()));
        // The sums in one read, not a log per traject (that took seconds for a thousand).
        var minutenPerTraject = contacten.declarabeleMinutenPerTraject();
        // Every clock in one read as well, for the same reason.
        var mijlpalen = tijdlijnen.mijlpalen(gelezen.afgesloten().values().stream()
                .filter(a -> a.startdatum() != null).map(UitkomstRepository.Afgesloten::trajectId).toList());
        Map<Integer, Praktijkcijfers.Afgesloten> lijst = new java.util.LinkedHashMap<>();
        for (var a : gelezen.afgesloten().values()) {
            int minuten = minutenPerTraject.getOrDefault(a.trajectId(), 0);
            Boolean laat = a.startdatum() == null ? null : mijlpalen.getOrDefault(a.trajectId(), List.of()).stream()
                    .filter(m -> m.soort() == MijlpaalSoort.START_SPOOR_2).map(Mijlpaal::deadline).findFirst()
                    .map(uiterlijk -> a.startdatum().isAfter(uiterlijk)).orElse(null);
            var m = gelezen.metingen().getOrDefault(a.trajectId(), java.util.Map.of());
            lijst.put(a.trajectId(), new Praktijkcijfers.Afgesloten(a.uitkomst().soort(), a.startdatum(), a.uitkomst().einddatum(),
                    minuten, laat, gelezen.sollicitaties().getOrDefault(a.trajectId(), 0),
                    Schaalmeting.gemiddeldeVerandering(m.get(Schaalmeting.Moment.BEGIN), m.get(Schaalmeting.Moment.EIND))));
        }
        return lijst;
    }

    /**
     * Puts the figures PDF at the coach's chosen place by way of the data folder's private folder
     * (no half file there, nothing left beside it after a kill).
     */
    public void bewaarPdf(java.nio.file.Path doel, byte[] pdf) throws java.io.IOException {
        Uitvoer.bewaar(db, doel, pdf);
    }
}
