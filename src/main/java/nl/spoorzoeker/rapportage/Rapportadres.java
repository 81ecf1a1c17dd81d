package nl.spoorzoeker.rapportage;

import java.util.List;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.Opdrachtgever;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.Regime;

/**
 * Who a report is addressed to, and what that leaves out. A report for the werkgever never shows
 * that the Ziektewet vangnet applies (domain.md §5.2: the werkgever may not learn, without consent,
 * that a vangnet situation applies): no regime, and none of the vangnet's own milestones, whose
 * names would tell it. A report for UWV or another payer says both.
 */
public final class Rapportadres {

    private Rapportadres() {
    }

    public static boolean aanWerkgever(Dossier d) {
        return d.traject().opdrachtgever().soort() == Opdrachtgever.Soort.WERKGEVER;
    }

    /** The milestones a report to this dossier's opdrachtgever may name. */
    public static List<Mijlpaal> zichtbaar(Dossier d, List<Mijlpaal> mijlpalen) {
        if (!aanWerkgever(d) || d.traject().regime() != Regime.ZIEKTEWET_VANGNET) {
            return mijlpalen;
        }
        return mijlpalen.stream().filter(m -> m.soort() != MijlpaalSoort.EERSTEJAARS_ZW_BEOORDELING).toList();
    }
}
