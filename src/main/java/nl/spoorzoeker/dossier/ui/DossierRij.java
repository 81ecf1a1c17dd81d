package nl.spoorzoeker.dossier.ui;

import java.time.LocalDate;
import nl.spoorzoeker.dossier.DossierRegel;

/**
 * A row of the dossier table: the stored row plus what is derived from it once, when the list
 * loads, so that typing in the filter does no date arithmetic or text folding per keystroke.
 *
 * @param verzuimweek week of sickness today, or 0 when the first sick day lies ahead
 */
public record DossierRij(DossierRegel regel, int verzuimweek, String searchKey) {

    public static DossierRij of(DossierRegel regel, LocalDate today) {
        return new DossierRij(regel, regel.verzuimweek(), SearchKey.of(regel.naam() + " " + regel.werkgever()));
    }

    public boolean matches(String[] foldedTerms) {
        for (String term : foldedTerms) {
            if (!searchKey.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
