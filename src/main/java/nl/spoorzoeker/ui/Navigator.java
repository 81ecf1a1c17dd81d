package nl.spoorzoeker.ui;

/** Moving between the main screens; implemented by the window wiring in {@code app}. */
public interface Navigator {

    void showVandaag();

    void showDossiers();

    void openDossier(int dossierId);

    /** Opens a dossier at its Poortwachter timeline. */
    void openTijdlijn(int dossierId);

    /** Opens a dossier at one of its tabs. */
    void openDossier(int dossierId, DossierTab tab);

    /**
     * Opens a dossier at the tab that shows one of its records, with that record selected: where a
     * search hit lives.
     */
    void openDossier(int dossierId, Aanwijzing wat);

    void showWerkgevers();

    /** The werkgever screen with this werkgever selected. */
    void openWerkgever(int werkgeverId);

    void showInstellingen();

    /** The group programmes screen with this programme open (a group meeting in the agenda leads there). */
    default void openGroepsprogramma(int programmaId) {
    }

    /** Something changed that other screens show: reload them when they are shown next. */
    void dataChanged();

    /** A short message in the status line, e.g. "Dossier opgeslagen". */
    void status(String message);

    void newDossier();
}
