package nl.spoorzoeker.rapportage.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.ui.I18n;

/**
 * The lines of the report editor's "Uit het dossier" block as the coach reads them beside the
 * narrative (label → text), for the report tests outside this package: the block prints figures
 * the PDF prints too, and they must be the same numbers.
 */
public final class UitHetDossier {

    private UitHetDossier() {
    }

    public static Map<String, String> regels(RapportModel m) {
        Map<String, String> regels = new LinkedHashMap<>();
        DossierGegevens.inhoud(m).forEach(r -> regels.put(I18n.t(r.kopKey()), r.tekst()));
        return regels;
    }
}
