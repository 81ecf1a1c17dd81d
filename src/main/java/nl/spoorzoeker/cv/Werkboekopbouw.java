package nl.spoorzoeker.cv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.spoorzoeker.instrument.Afname;
import nl.spoorzoeker.instrument.Holland;
import nl.spoorzoeker.instrument.Instrumentresultaten;
import nl.spoorzoeker.instrument.Waardensortering;
import nl.spoorzoeker.fase.Zoekrichting;

/**
 * Puts the werkboek together from what the instruments recorded (pure). It is the werknemer's own
 * copy, so it takes everything as it stands today — the latest interest test with a result, the
 * latest values sort with its top chosen, the whole drives sheet, every kernkwadrant and STARR story
 * in full — and ignores what the coach left out of the reports: that choice is about the employer.
 */
final class Werkboekopbouw {

    private Werkboekopbouw() {
    }

    static Werkboek werkboek(String naam, LocalDate datum, Instrumentresultaten.Stand stand) {
        Werkboek.Interesse interesse = stand.afnames().stream()
                .filter(a -> a.status() == Afname.Status.VOLTOOID && a.voltooidDatum() != null)
                .max(Comparator.comparing(Afname::voltooidDatum).thenComparing(Afname::id))
                .map(a -> {
                    var sommen = a.uitslag().sommen();
                    List<Integer> rij = new ArrayList<>();
                    for (Holland h : Holland.values()) {
                        rij.add(sommen.getOrDefault(h, 0));
                    }
                    return new Werkboek.Interesse(a.voltooidDatum(), a.uitkomst(), rij);
                }).orElse(null);
        Werkboek.Waarden waarden = stand.sorteringen().stream().filter(Waardensortering::topKompleet)
                .filter(w -> !w.top().isEmpty())
                .max(Comparator.comparing(Waardensortering::datum).thenComparing(Waardensortering::id))
                .map(w -> new Werkboek.Waarden(w.datum(), w.top())).orElse(null);
        var d = stand.drijfveren();
        Werkboek.Drijfveren drijfveren = d == null || d.leeg() ? null
                : new Werkboek.Drijfveren(d.datum(), d.energie(), d.moe(), d.trots(), d.belangrijk(), d.nietMeer());
        List<Werkboek.Kwadrant> kwadranten = stand.kernkwadranten().stream()
                .map(k -> new Werkboek.Kwadrant(leeg(k.kwaliteit()), leeg(k.valkuil()), leeg(k.uitdaging()),
                        leeg(k.allergie()))).toList();
        List<Werkboek.Verhaal> verhalen = stand.verhalen().stream()
                .map(v -> new Werkboek.Verhaal(leeg(v.titel()), leeg(v.situatie()), leeg(v.taak()), leeg(v.actie()),
                        leeg(v.resultaat()), leeg(v.reflectie()), v.competenties())).toList();
        return new Werkboek(naam, datum, interesse, waarden, drijfveren, kwadranten, verhalen);
    }

    /**
     * The zoekprofiel werkboek: the latest zoekprofiel's active directions, and from the roeping
     * werkboek the interest code and the values top as a reminder of what the choice rests on.
     */
    static WerkboekZoekprofiel zoekprofiel(Werkboek roeping, List<Zoekrichting> richtingen) {
        return new WerkboekZoekprofiel(roeping.naam(), roeping.datum(),
                roeping.interesse() == null ? null : roeping.interesse().hollandcode(),
                roeping.waarden() == null ? List.of() : roeping.waarden().topwaarden(),
                richtingen.stream().filter(Zoekrichting::actief).map(r -> new WerkboekZoekprofiel.Richting(
                        leeg(r.functie()), leeg(r.niveau()), r.urenPerWeekMinuten(), leeg(r.regio()),
                        leeg(r.onderbouwing()))).toList());
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
