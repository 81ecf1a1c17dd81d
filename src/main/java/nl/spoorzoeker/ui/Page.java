package nl.spoorzoeker.ui;

import javafx.scene.Node;

/** A main screen of the shell. */
public interface Page {

    Node node();

    /** Reloads what the page shows; called when it is shown after data changed. */
    void refresh();
}
