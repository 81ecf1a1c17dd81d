package nl.spoorzoeker.dossier.ui;

import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.NumberInput;
import nl.spoorzoeker.ui.DetailGrid;
import nl.spoorzoeker.ui.Duur;
import nl.spoorzoeker.ui.I18n;

/** The werknemer, the werkgever and the traject of a dossier, as the dossier overview shows them. */
public final class Dossiergegevens {

    private Dossiergegevens() {
    }

    public static DetailGrid werknemerGrid(Werknemer w) {
        return new DetailGrid("dossier.section.werknemer")
                .row("dossier.werknemer.geboortedatum", DateInput.format(w.geboortedatum()))
                .row("dossier.werknemer.functie", w.functie())
                .row("dossier.werknemer.contracturen", Duur.tekst(w.contracturenMinuten()))
                .row("dossier.werknemer.telefoon", w.telefoon())
                .row("dossier.werknemer.email", w.email())
                .row("dossier.werknemer.adres", Adrestekst.adres(w.adres()))
                .row("dossier.werknemer.rijbewijs", I18n.t(w.rijbewijs() ? "yes" : "no"))
                .row("dossier.werknemer.vervoer", w.vervoer() == null ? null : I18n.t("vervoer." + w.vervoer().name()));
    }

    public static DetailGrid werkgeverGrid(Werkgever g) {
        return new DetailGrid("dossier.section.werkgever")
                .row("werkgever.naam", g.naam())
                .row("werkgever.kvk", g.kvkNummer())
                .row("werkgever.adres", Adrestekst.adres(g.adres()))
                .row("werkgever.contactpersoon", Adrestekst.contact(g.contactpersoon()))
                .row("werkgever.casemanager", Adrestekst.contact(g.casemanager()))
                .row("werkgever.eigenrisicodrager", I18n.t(g.eigenrisicodrager() ? "yes" : "no"));
    }

    public static DetailGrid trajectGrid(Dossier d) {
        Traject t = d.traject();
        return new DetailGrid("dossier.section.traject")
                .row("dossier.traject.opdrachtgever", d.opdrachtgeverNaam())
                .row("dossier.traject.regime", I18n.t("regime.kort." + t.regime().name()))
                .row("dossier.traject.eersteZiektedag", DateInput.format(t.eersteZiektedag()))
                .row("dossier.traject.opdrachtdatum", DateInput.format(t.opdrachtdatum()))
                .row("dossier.traject.startdatum", DateInput.format(t.startdatum()))
                .row("dossier.traject.einddatum", DateInput.format(t.geplandeEinddatum()))
                .row("dossier.traject.budgetUren", Duur.tekst(t.budgetMinuten()))
                .row("dossier.traject.budgetEuro", NumberInput.formatEuro(t.budgetCenten()))
                .row("dossier.traject.status", I18n.t("status." + t.status().name()));
    }
}
