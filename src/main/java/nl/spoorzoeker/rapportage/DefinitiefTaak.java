package nl.spoorzoeker.rapportage;

import nl.spoorzoeker.taak.Geannuleerd;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.taak.Taak;

/**
 * Making a report final: what the editor holds is saved as the concept, the checks run, the PDF is
 * rendered once, and its bytes, hash and the audit entry are stored in one transaction. Cancel is
 * honoured until that transaction: before it nothing but the concept (which the editor autosaves
 * anyway) has changed; a final report is immutable, so there is no stopping after it.
 */
public final class DefinitiefTaak extends Taak<Rapport> {

    private final RapportOpslag opslag;
    private final int rapportId;
    private final Rapportinvoer invoer;
    private final Teksten taal;

    /**
     * @param invoer what the editor holds, saved first; null to make the stored concept final
     * @param taal   the language the final PDF is written in
     */
    public DefinitiefTaak(RapportOpslag opslag, int rapportId, Rapportinvoer invoer, Teksten taal) {
        this.opslag = opslag;
        this.rapportId = rapportId;
        this.invoer = invoer;
        this.taal = taal;
    }

    @Override
    public String naamKey() {
        return "rapport.definitief.titel";
    }

    @Override
    protected Rapport werk() throws Geannuleerd {
        if (invoer != null) {
            fase("rapport.fase.bewaren", 0.0);
            opslag.bewaar(rapportId, invoer);
        }
        stopAlsGeannuleerd();
        return opslag.maakDefinitief(rapportId, taal, new RapportOpslag.Stappen() {
            @Override
            public void fase(String faseKey, double deel) {
                DefinitiefTaak.this.fase(faseKey, deel);
            }

            @Override
            public void voorHetOpslaan() throws Geannuleerd {
                stopAlsGeannuleerd();
            }
        });
    }
}
