package nl.spoorzoeker.app;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Scene;
import nl.spoorzoeker.help.ui.Sneltoets;

/** The window's keyboard shortcuts that sit on no menu item (the rest show beside their menu names). */
final class Sneltoetsacties {

    private Sneltoetsacties() {
    }

    static void koppel(Scene scene, MainWindow window, Schermen schermen) {
        Map<Sneltoets, Runnable> acties = new EnumMap<>(Sneltoets.class);
        acties.put(Sneltoets.DOSSIER_ZOEKEN, () -> {
            window.showDossiers();
            schermen.dossierList.get().focusFilter();
        });
        // Quick entry of a contactmoment for the dossier on screen.
        acties.put(Sneltoets.NIEUW_CONTACT, () -> {
            if (window.shell().current() == schermen.dossierDetail.get().node()) {
                schermen.dossierDetail.get().nieuwContact();
            }
        });
        acties.put(Sneltoets.VANDAAG, window::showVandaag);
        acties.put(Sneltoets.DOSSIERS, window::showDossiers);
        acties.put(Sneltoets.AGENDA, window::showAgenda);
        acties.put(Sneltoets.ZOEKEN, window::showZoeken);
        acties.put(Sneltoets.ZOEKEN_OVERAL, window::showZoeken);
        acties.put(Sneltoets.WERKGEVERS, window::showWerkgevers);
        acties.put(Sneltoets.INSTELLINGEN, window::showInstellingen);
        acties.forEach((toets, actie) -> scene.getAccelerators().put(toets.combinatie(), actie));
    }
}
