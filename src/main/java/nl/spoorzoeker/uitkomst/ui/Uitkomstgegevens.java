package nl.spoorzoeker.uitkomst.ui;

import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.ui.DetailGrid;
import nl.spoorzoeker.ui.Duur;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.uitkomst.UitkomstService;

/** The outcome and the scales of a closed traject, as the dossier overview shows them. */
public final class Uitkomstgegevens {

    private Uitkomstgegevens() {
    }

    /** The recorded outcome in the overview, in the words the eindrapportage uses. */
    public static DetailGrid uitkomstGrid(Uitkomst u) {
        var p = u.plaatsing();
        DetailGrid grid = new DetailGrid("afsluiting.sectie")
                .row("afsluiting.veld.soort", I18n.t("afsluiting.soort." + u.soort().name()))
                .row("afsluiting.veld.einddatum", DateInput.format(u.einddatum()));
        if (p != null) {
            grid.row("afsluiting.veld.werkgever", p.werkgever())
                    .row("afsluiting.veld.functie", p.functie())
                    .row("afsluiting.veld.vorm", p.vorm() == null ? null : I18n.t("afsluiting.vorm." + p.vorm().name()))
                    .row("afsluiting.veld.startdatum", DateInput.format(p.startdatum()))
                    .row("afsluiting.veld.uren", Duur.tekst(p.urenPerWeekMinuten()));
        }
        grid.row("afsluiting.veld.gestoptDoor", u.gestoptDoor() == null ? null
                        : I18n.t("afsluiting.gestoptDoor." + u.gestoptDoor().name()))
                .row("afsluiting.veld.toelichting", u.toelichting())
                .row("afsluiting.veld.zacht", u.zachteResultaten().isEmpty() ? null : String.join(", ",
                        u.zachteResultaten().stream().map(z -> I18n.t("afsluiting.zacht." + z.name())).toList()));
        grid.setId("dossier-uitkomst-grid");
        return grid;
    }

    /** The scales as scored at the intake and at the end: "4 → 7" per scale, with the two days. */
    public static DetailGrid schaalGrid(UitkomstService.Metingen m) {
        DetailGrid grid = new DetailGrid("schaal.sectie")
                .row("schaal.veld.begin", m.begin() == null ? null : DateInput.format(m.begin().datum()))
                .row("schaal.veld.eind", m.eind() == null ? null : DateInput.format(m.eind().datum()));
        for (var s : Schaalmeting.Schaal.values()) {
            Integer begin = m.begin() == null ? null : m.begin().score(s);
            Integer eind = m.eind() == null ? null : m.eind().score(s);
            if (begin != null || eind != null) {
                grid.row("schaal." + s.name(), (begin == null ? "—" : begin) + " → " + (eind == null ? "—" : eind));
            }
        }
        grid.setId("dossier-schaal-grid");
        return grid;
    }
}
