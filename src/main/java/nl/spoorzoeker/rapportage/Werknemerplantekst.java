package nl.spoorzoeker.rapportage;

import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.rapportage.Leesbaarheid.Blok;
import nl.spoorzoeker.rapportage.Leesbaarheid.Blok.Soort;
import nl.spoorzoeker.taal.Teksten;

/**
 * Writes the werknemer's copy of the trajectplan in plain language (pure): what the plan is, what
 * the werknemer does, what the coach does, what the employer does, the dates that matter and where
 * to ask, in short sentences of common words in the chosen language. The Dutch says "u"
 * throughout, as the werkboek and the app do: the werknemer is an adult the coach meets in a
 * professional role, often older, and the two papers they take home should not speak to them in
 * two ways. Every word of the {@link Leesbaarheid.Jargon} list that ends up in the text — the
 * coach's own words included — is explained in a word list at the end. The renderer lays these
 * blocks out; the readability measure reads the same blocks.
 */
public final class Werknemerplantekst {

    private Werknemerplantekst() {
    }

    public static List<Blok> blokken(Werknemerplan p, Teksten tk) {
        List<Blok> b = new ArrayList<>();
        b.add(new Blok(Soort.ALINEA, tk.t("b1.intro")));
        b.add(new Blok(Soort.ALINEA, tk.t("b1.intro.anders")));

        b.add(new Blok(Soort.KOP, tk.t("b1.plan.kop")));
        b.add(new Blok(Soort.ALINEA, tk.t("b1.plan.wat")));
        if (p.start() != null) {
            b.add(new Blok(Soort.ALINEA, tk.t("b1.plan.start", DateInput.format(p.start()))));
        }
        if (p.einde() != null) {
            b.add(new Blok(Soort.ALINEA, tk.t("b1.plan.einde", DateInput.format(p.einde()))));
        }

        b.add(new Blok(Soort.KOP, tk.t("b1.u.kop")));
        b.add(new Blok(Soort.ALINEA, tk.t("b1.u.stappen")));
        int n = 0;
        for (Werknemerplan.Fase f : p.fasen()) {
            if (f.fase() == null) {
                b.add(new Blok(Soort.TUSSENKOP, tk.t("b1.fase.anders")));
            } else {
                n++;
                b.add(new Blok(Soort.TUSSENKOP, tk.t("b1.stap.kop", n, tk.t("b1.fase." + f.fase()))));
                if (f.fase().equals(p.huidigeFase())) {
                    b.add(new Blok(Soort.ALINEA, tk.t("b1.stap.nu")));
                }
                b.add(new Blok(Soort.ALINEA, tk.t("b1.stap." + f.fase())));
            }
            if (!f.doelen().isEmpty()) {
                b.add(new Blok(Soort.ALINEA, tk.t("b1.doelen", f.doelen().size())));
                for (Werknemerplan.Doel d : f.doelen()) {
                    b.add(new Blok(Soort.PUNT, doel(d, tk)));
                }
            }
        }
        if (!p.zoekrichtingen().isEmpty()) {
            b.add(new Blok(Soort.ALINEA, tk.t("b1.richtingen", p.zoekrichtingen().size())));
            for (String r : p.zoekrichtingen()) {
                b.add(new Blok(Soort.PUNT, r));
            }
        }

        b.add(new Blok(Soort.KOP, tk.t("b1.coach.kop")));
        Werknemerplan.Coach c = p.coach();
        if (c != null && c.coach() != null) {
            b.add(new Blok(Soort.ALINEA, tk.t("b1.coach.naam", c.coach())));
        }
        b.add(new Blok(Soort.ALINEA, tk.t("b1.coach.doet")));
        b.add(new Blok(Soort.ALINEA, tk.t("b1.coach.verslag")));

        b.add(new Blok(Soort.KOP, tk.t(p.opdrachtgever() != null ? "b1.opdrachtgever.kop" : "b1.werkgever.kop")));
        if (p.opdrachtgever() != null) {
            b.add(new Blok(Soort.ALINEA, tk.t("b1.opdrachtgever", p.opdrachtgever())));
        } else {
            if (p.werkgever() != null) {
                b.add(new Blok(Soort.ALINEA, tk.t("b1.werkgever.naam", p.werkgever())));
            }
            if (p.contactpersoon() != null) {
                b.add(new Blok(Soort.ALINEA, tk.t("b1.werkgever.contact", p.contactpersoon())));
            }
            b.add(new Blok(Soort.ALINEA, tk.t("b1.werkgever.doet")));
        }

        b.add(new Blok(Soort.KOP, tk.t("b1.afspraken.kop")));
        if (p.normPerWeek() != null) {
            b.add(new Blok(Soort.ALINEA, tk.t("b1.afspraken.norm", p.normPerWeek())));
        }
        if (p.afspraken() != null) {
            b.add(new Blok(Soort.ALINEA, tk.t("b1.afspraken.coach")));
            for (String regel : p.afspraken().split("\\R")) {
                if (!regel.isBlank()) {
                    b.add(new Blok(Soort.CITAAT, regel.strip().replaceFirst("^[•*-]\\s*", "")));
                }
            }
        } else if (p.normPerWeek() == null) {
            b.add(new Blok(Soort.ALINEA, tk.t("b1.afspraken.geen")));
        }
        if (p.visie() != null) {
            b.add(new Blok(Soort.ALINEA, tk.t("b1.visie")));
            b.add(new Blok(Soort.CITAAT, p.visie()));
        }

        b.add(new Blok(Soort.KOP, tk.t("b1.data.kop")));
        if (p.data().isEmpty()) {
            b.add(new Blok(Soort.ALINEA, tk.t("b1.data.geen")));
        }
        for (Werknemerplan.Datum d : p.data()) {
            String wat = switch (d.soort()) {
                case Werknemerplan.Datum.DOEL -> tk.t("b1.datum.doel", d.omschrijving());
                case Werknemerplan.Datum.EINDE -> tk.t("b1.datum.einde");
                default -> tk.t("b1.datum." + d.soort());
            };
            b.add(new Blok(Soort.PUNT, DateInput.format(d.datum()) + ": " + wat));
        }

        b.add(new Blok(Soort.KOP, tk.t("b1.vragen.kop")));
        b.add(new Blok(Soort.ALINEA, tk.t("b1.vragen.coach")));
        if (c != null) {
            if (c.telefoon() != null) {
                b.add(new Blok(Soort.PUNT, tk.t("b1.vragen.telefoon", c.telefoon())));
            }
            if (c.email() != null) {
                b.add(new Blok(Soort.PUNT, tk.t("b1.vragen.email", c.email())));
            }
        }
        b.add(new Blok(Soort.ALINEA, tk.t("b1.vragen.oneens")));

        var jargon = Leesbaarheid.jargon(b.stream().map(Blok::tekst).toList(), tk);
        if (!jargon.isEmpty()) {
            b.add(new Blok(Soort.KOP, tk.t("b1.woorden.kop")));
            for (Leesbaarheid.Jargon j : jargon) {
                String woord = j.woord(tk);
                b.add(new Blok(Soort.WOORD, tk.t("b1.woorden.regel",
                        woord.substring(0, 1).toUpperCase(tk.taal()) + woord.substring(1), j.uitleg(tk)), j));
            }
        }
        return b;
    }

    private static String doel(Werknemerplan.Doel d, Teksten tk) {
        String wat = d.omschrijving().strip();
        String status = "BEHAALD".equals(d.status()) ? tk.t("b1.doel.gelukt") : null;
        if (d.streefdatum() != null && status == null) {
            return tk.t("b1.doel.datum", wat, DateInput.format(d.streefdatum()));
        }
        return status == null ? wat : tk.t("b1.doel.status", wat, status);
    }
}
