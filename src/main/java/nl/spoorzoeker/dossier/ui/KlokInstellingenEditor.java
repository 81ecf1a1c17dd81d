package nl.spoorzoeker.dossier.ui;

import javafx.scene.control.Spinner;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.ui.InstellingenEditor;
import nl.spoorzoeker.ui.UiContext;

/** Instellingen: how early the clock warns (target date margin and the "binnenkort" window). */
public final class KlokInstellingenEditor extends InstellingenEditor {

    private final TijdlijnService service;
    private final Spinner<Integer> marge = getal("instelling-marge", "instellingen.klok.marge", 0, 30, 7);
    private final Spinner<Integer> binnenkort = getal("instelling-binnenkort", "instellingen.klok.binnenkort", 1, 120, 28);
    private final Spinner<Integer> contactDrempel = getal("instelling-gat-contact", "instellingen.gat.contact", 1, 90, 21);
    private final Spinner<Integer> marktDrempel = getal("instelling-gat-markt", "instellingen.gat.markt", 1, 90, 14);

    public KlokInstellingenEditor(UiContext ui, TijdlijnService service) {
        super(ui, "instellingen.klok", null, "instelling-klok-opslaan");
        this.service = service;
    }

    @Override
    protected Runnable opslag() {
        int m = marge.getValue();
        int b = binnenkort.getValue();
        var drempels = new TijdlijnService.GatDrempels(contactDrempel.getValue(), marktDrempel.getValue());
        return () -> {
            service.bewaarKlokInstellingen(m, b);
            service.bewaarGatDrempels(drempels);
        };
    }

    @Override
    public void refresh() {
        record Data(KlokInstellingen klok, TijdlijnService.GatDrempels drempels) {
        }
        laad(() -> new Data(service.klokInstellingen(), service.gatDrempels()), d -> {
            marge.getValueFactory().setValue(d.klok().margeDagen());
            binnenkort.getValueFactory().setValue(d.klok().binnenkortDagen());
            contactDrempel.getValueFactory().setValue(d.drempels().contactDagen());
            marktDrempel.getValueFactory().setValue(d.drempels().marktDagen());
        });
    }
}
