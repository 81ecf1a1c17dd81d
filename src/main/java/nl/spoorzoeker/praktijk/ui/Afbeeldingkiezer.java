package nl.spoorzoeker.praktijk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import nl.spoorzoeker.praktijk.Logo;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;

/** Picks a PNG or JPEG (logo, scanned signature), reads and checks it off the FX thread. */
final class Afbeeldingkiezer {

    private Afbeeldingkiezer() {
    }

    /**
     * @param gekozen   gets the bytes of an acceptable image
     * @param probleem  gets the message key of what is wrong with the chosen file
     */
    static void kies(UiContext ui, String titelKey, Consumer<byte[]> gekozen, Consumer<String> probleem) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t(titelKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("praktijk.logo.filter"),
                "*.png", "*.jpg", "*.jpeg"));
        var file = chooser.showOpenDialog(ui.window().get());
        if (file == null) {
            return;
        }
        Path path = file.toPath();
        // Size first, so a huge file is never read into memory.
        ui.background().run(() -> Files.size(path) > Logo.MAX_BYTES ? new byte[0] : Files.readAllBytes(path), bytes -> {
            Optional<String> fout = bytes.length == 0 ? Optional.of("praktijk.logo.tooLarge") : Logo.problem(bytes);
            if (fout.isPresent()) {
                probleem.accept(fout.get());
            } else {
                gekozen.accept(bytes);
            }
        });
    }
}
