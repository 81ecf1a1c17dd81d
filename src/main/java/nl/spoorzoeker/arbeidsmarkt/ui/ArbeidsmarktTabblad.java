package nl.spoorzoeker.arbeidsmarkt.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.ui.Aanwijzing;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.DossierTabblad;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;

/**
 * The job market phase's tab of the dossier: its three records of its own on three inner tabs
 * (sollicitaties, netwerk, werkervaring).
 */
public final class ArbeidsmarktTabblad implements DossierTabblad<ArbeidsmarktTabblad.Inhoud> {

    /**
     * What the tab shows of one dossier.
     *
     * @param start              the traject's start, or null
     * @param rapportageSinds    the last progress report's day (counts start after it), or null
     * @param zoekrichtingen     the active directions of the latest zoekprofiel
     */
    public record Inhoud(ArbeidsmarktService.Overzicht overzicht, LocalDate start, LocalDate rapportageSinds,
                         List<String> zoekrichtingen, List<Werkervaringsplek> plekken) {
    }

    private final SollicitatiesPane sollicitaties;
    private final WerkervaringPane werkervaring;
    private final TabPane binnen = new TabPane();
    private final Tab sollicitatiesTab = binnenTab("dossier.tab.sollicitaties", "tab-sollicitaties");
    private final Tab netwerkTab = binnenTab("dossier.tab.netwerk", "tab-netwerk");
    private final Tab werkervaringTab = binnenTab("dossier.tab.werkervaring", "tab-werkervaring");

    public ArbeidsmarktTabblad(UiContext ui, ArbeidsmarktService arbeidsmarkt, WerkervaringService plekken,
                               Runnable changed) {
        this.sollicitaties = new SollicitatiesPane(ui, arbeidsmarkt, changed);
        this.werkervaring = new WerkervaringPane(ui, plekken, changed);
        sollicitatiesTab.setContent(sollicitaties.node());
        netwerkTab.setContent(sollicitaties.netwerkNode());
        werkervaringTab.setContent(werkervaring.node());
        binnen.getTabs().setAll(sollicitatiesTab, netwerkTab, werkervaringTab);
        binnen.getStyleClass().add("floating");
    }

    private static Tab binnenTab(String titel, String id) {
        Tab tab = new Tab(I18n.t(titel));
        tab.setClosable(false);
        tab.setId(id);
        return tab;
    }

    @Override
    public DossierTab plek() {
        return DossierTab.SOLLICITATIES;
    }

    @Override
    public String titelSleutel() {
        return "dossier.tab.arbeidsmarkt";
    }

    @Override
    public Node node() {
        return binnen;
    }

    @Override
    public void toon(int dossierId, Inhoud inhoud) {
        sollicitaties.show(dossierId, inhoud.overzicht(), inhoud.start(), inhoud.rapportageSinds(),
                inhoud.zoekrichtingen());
        werkervaring.show(dossierId, inhoud.plekken());
    }

    @Override
    public boolean opent(DossierTab tab) {
        return tab == DossierTab.SOLLICITATIES || tab == DossierTab.WERKERVARING;
    }

    @Override
    public void kies(DossierTab tab) {
        binnen.getSelectionModel().select(tab == DossierTab.WERKERVARING ? werkervaringTab : sollicitatiesTab);
    }

    @Override
    public Set<Aanwijzing.Soort> aanwijzingen() {
        return Set.of(Aanwijzing.Soort.SOLLICITATIE, Aanwijzing.Soort.NETWERKCONTACT,
                Aanwijzing.Soort.WERKERVARINGSPLEK, Aanwijzing.Soort.WERKERVARING_EVALUATIE);
    }

    @Override
    public boolean wijsAan(Aanwijzing wat) {
        return switch (wat.soort()) {
            case SOLLICITATIE -> {
                binnen.getSelectionModel().select(sollicitatiesTab);
                yield sollicitaties.kiesSollicitatie(wat.id());
            }
            case NETWERKCONTACT -> {
                binnen.getSelectionModel().select(netwerkTab);
                yield sollicitaties.kiesNetwerk(wat.id());
            }
            case WERKERVARINGSPLEK -> {
                binnen.getSelectionModel().select(werkervaringTab);
                yield werkervaring.kies(wat.id(), null);
            }
            case WERKERVARING_EVALUATIE -> {
                binnen.getSelectionModel().select(werkervaringTab);
                yield werkervaring.kies(0, wat.id());
            }
            default -> false;
        };
    }
}
