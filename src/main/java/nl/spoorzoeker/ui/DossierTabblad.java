package nl.spoorzoeker.ui;

import java.util.Set;
import javafx.scene.Node;

/**
 * One tab of the dossier screen, offered by the feature whose content it shows (ADR 0007): the
 * logbook by {@code logboek.ui}, the report list by {@code rapportage.ui}, and so on. The workplace
 * ({@code app.werkplek.DossierDetailView}) puts them in the order of {@link DossierTab}, reads what
 * they show in one step off the JavaFX thread (a dossier's header needs most of it too) and hands each
 * tab its part when the tab is first selected.
 *
 * @param <D> what the tab shows of one dossier ({@code Void} when it reads for itself)
 */
public interface DossierTabblad<D> {

    /** Its place among the tabs, and the name other screens open it by. */
    DossierTab plek();

    /** The message key of its title ({@code dossier.tab.…}). */
    String titelSleutel();

    /** The tab's node id: {@code tab-} and the last word of the title key (tests and the benchmark find it so). */
    default String tabId() {
        String sleutel = titelSleutel();
        return "tab-" + sleutel.substring(sleutel.lastIndexOf('.') + 1);
    }

    Node node();

    /** Shows one dossier's content. FX thread. */
    void toon(int dossierId, D inhoud);

    /** Whether asking for {@code tab} opens this tab (a tab with inner tabs answers for each of them). */
    default boolean opent(DossierTab tab) {
        return tab == plek();
    }

    /** Selects the inner part for {@code tab} ({@link #opent} said yes), before the tab is shown. */
    default void kies(DossierTab tab) {
    }

    /** The kinds of record (search hits) that live on this tab. */
    default Set<Aanwijzing.Soort> aanwijzingen() {
        return Set.of();
    }

    /** Selects the record once the tab shows the dossier; false when it is no longer there. */
    default boolean wijsAan(Aanwijzing wat) {
        return true;
    }
}
