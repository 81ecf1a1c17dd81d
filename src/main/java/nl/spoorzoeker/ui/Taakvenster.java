package nl.spoorzoeker.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.spoorzoeker.taak.Taak;

/**
 * A small modal window over the app while a long operation runs: its name, what it is doing now
 * and how far it is, and Annuleren where that is safe. It cannot be closed halfway (the operation
 * decides where stopping is safe, not the window's close button); it closes itself when the
 * operation ends, before {@code klaar} or {@code mislukt} runs.
 */
public final class Taakvenster {

    private Taakvenster() {
    }

    public static <T> Langwerk.Uitvoering<T> toon(Window owner, Langwerk langwerk, Taak<T> taak, String uitleg,
                                                   Consumer<T> klaar, Consumer<Throwable> mislukt) {
        Stage venster = new Stage();
        venster.initOwner(owner);
        venster.initModality(Modality.APPLICATION_MODAL);
        venster.setTitle(I18n.t(taak.naamKey()));
        Voortgangsbalk balk = new Voortgangsbalk();
        VBox inhoud = new VBox(12);
        if (uitleg != null) {
            Label tekst = new Label(uitleg);
            tekst.setWrapText(true);
            inhoud.getChildren().add(tekst);
        }
        inhoud.getChildren().add(balk.node());
        inhoud.setPadding(new Insets(20));
        inhoud.setPrefWidth(460);
        inhoud.setId("taakvenster");
        Scene scene = new Scene(inhoud);
        Theme.style(scene);
        venster.setScene(scene);
        venster.setOnCloseRequest(javafx.event.Event::consume);
        Langwerk.Uitvoering<T> uitvoering = langwerk.start(taak, waarde -> {
            venster.close();
            klaar.accept(waarde);
        }, fout -> {
            venster.close();
            mislukt.accept(fout);
        });
        balk.volg(uitvoering);
        if (!uitvoering.isDone()) {
            venster.show();
        }
        return uitvoering;
    }

    /** Over the window of {@code ui}, on its long-work executor. */
    public static <T> Langwerk.Uitvoering<T> toon(UiContext ui, Taak<T> taak, String uitleg, Consumer<T> klaar,
                                                   Consumer<Throwable> mislukt) {
        return toon(ui.window().get(), ui.background().langwerk(), taak, uitleg, klaar, mislukt);
    }
}
