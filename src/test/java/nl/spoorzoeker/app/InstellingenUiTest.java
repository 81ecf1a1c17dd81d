package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.rapportage.PrivacyWoordenService;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.praktijk.Logo;
import nl.spoorzoeker.rapportage.Bevinding;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.I18n;

/** Instellingen: the coach signs once for every final report, and extends the privacy check. */
@Tag("ui")
class InstellingenUiTest extends WindowTestBase {

    @Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void theCoachSignsAndAddsPrivacyWords(FxRobot robot) throws Exception {
        context.praktijk().save(new Praktijk("Çiğdem Yılmaz-Łukasz", "De Brug", null, new Adres(null, null, null),
                null, null, null, null));
        robot.clickOn("#nav-instellingen");
        waitUntil(() -> robot.lookup("#praktijk-handtekening-teken").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#praktijk-handtekening-status").queryAs(Label.class).getText().isEmpty());

        Platform.runLater(() -> robot.lookup("#praktijk-handtekening-teken").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#handtekening-dialoog"));
        javafx.scene.canvas.Canvas canvas = robot.lookup("#handtekening-canvas").queryAs(javafx.scene.canvas.Canvas.class);
        robot.moveTo(canvas).moveBy(-150, 20).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(80, -40)
                .moveBy(80, 40).moveBy(80, -30).release(javafx.scene.input.MouseButton.PRIMARY);
        Platform.runLater(() -> robot.lookup("#handtekening-opslaan").queryAs(Button.class).fire());
        waitUntil(() -> context.praktijk().handtekening().isPresent());
        waitUntil(() -> robot.lookup("#praktijk-handtekening-voorbeeld").queryAs(ImageView.class).getImage() != null);
        assertTrue(Logo.mediaType(context.praktijk().handtekening().orElseThrow()).isPresent());

        robot.interact(() -> robot.lookup("#privacy-medisch-veld").queryAs(TextField.class).setText("Zolpiflex"));
        Platform.runLater(() -> robot.lookup("#privacy-medisch-toevoegen").queryAs(Button.class).fire());
        waitUntil(() -> context.privacyWoorden().alle().size() == 1);
        waitUntil(() -> robot.lookup("#privacy-medisch").queryAs(FlowPane.class).getChildren().stream()
                .anyMatch(n -> n.getStyleClass().contains("privacy-chip")));
        assertEquals(PrivacyWoordenService.Soort.MEDISCH, context.privacyWoorden().alle().getFirst().soort());
        assertEquals(1, context.privacyWoorden().toets().toets("Zij slikt zolpiflex.").size());

        robot.interact(() -> robot.lookup("#privacy-toegestaan-veld").queryAs(TextField.class).setText("a*b"));
        Platform.runLater(() -> robot.lookup("#privacy-toegestaan-toevoegen").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#privacy-toegestaan-fout").queryAs(Label.class).getText().contains("letters"));
        assertEquals("a*b", robot.lookup("#privacy-toegestaan-veld").queryAs(TextField.class).getText(),
                "a refused word stays in the field");
        assertEquals(1, context.privacyWoorden().alle().size());

        Platform.runLater(() -> robot.lookup("#praktijk-handtekening-verwijder").queryAs(Button.class).fire());
        // Removing cannot be undone: asked first, and Annuleren keeps it.
        waitUntil(() -> showing(robot, "#handtekening-verwijder-vraag"));
        Platform.runLater(() -> robot.lookup("#handtekening-verwijder-vraag-nee").queryAs(Button.class).fire());
        waitUntil(() -> !showing(robot, "#handtekening-verwijder-vraag"));
        assertTrue(context.praktijk().handtekening().isPresent());
        Platform.runLater(() -> robot.lookup("#praktijk-handtekening-verwijder").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#handtekening-verwijder-vraag"));
        Platform.runLater(() -> robot.lookup("#handtekening-verwijder-vraag-ja").queryAs(Button.class).fire());
        waitUntil(() -> context.praktijk().handtekening().isEmpty());
    }

    /**
     * Ninth round: Instellingen shows how many sentences the guard learnt from the doubts the coach confirmed, and
     * forgets them on request (asked first).
     */
    @Test
    void theCoachSeesWhatTheGuardLearntAndForgetsIt(FxRobot robot) throws Exception {
        int traject = TestDossiers.create(context.database(), "Sem de Vries");
        var opslag = context.rapportOpslag();
        int id = opslag.nieuw(traject, RapportSoort.VOORTGANG, java.time.LocalDate.of(2026, 10, 12),
                java.time.LocalDate.of(2026, 11, 22), I18n.teksten());
        String zin = "Hij moest zijn fiets laten maken en kwam daarom lopend, helemaal uit Schalkwijk.";
        opslag.erken(id, new Bevinding("C18T", Bevinding.Ernst.WAARSCHUWING,
                "uwv.c18.twijfel", java.util.List.of(zin), Bevinding.Herstel.RAPPORT, null), "Gaat over zijn fiets.");
        assertEquals(1, context.privacyWoorden().aantalGeleerd());

        robot.clickOn("#nav-instellingen");
        waitUntil(() -> robot.lookup("#privacy-geleerd").tryQuery().isPresent()
                && robot.lookup("#privacy-geleerd").queryAs(Label.class).getText().contains("1 zin geleerd"));
        Platform.runLater(() -> robot.lookup("#privacy-geleerd-vergeet").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#privacy-geleerd-vergeet-vraag"));
        Platform.runLater(() -> robot.lookup("#privacy-geleerd-vergeet-vraag-ja").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#privacy-geleerd").queryAs(Label.class).getText().contains("nog geen zinnen"));
        assertEquals(0, context.privacyWoorden().aantalGeleerd());
    }

    /** Every kind the guard knows can be chosen for an own word, shown in words (never an enum name). */
    @Test
    void theOwnWordCategoryListOffersEveryKindByItsName(FxRobot robot) throws Exception {
        robot.clickOn("#nav-instellingen");
        waitUntil(() -> robot.lookup("#privacy-categorie").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Categorie> keuze = robot.lookup("#privacy-categorie")
                .queryAs(javafx.scene.control.ComboBox.class);
        // Every category but the BSN, which is a number found by its check digit, not a word, and the
        // twijfel verdict, which pattern rules give to a sentence (an own word always blocks).
        assertEquals(java.util.EnumSet.complementOf(java.util.EnumSet.of(Categorie.BSN, Categorie.TWIJFEL)),
                java.util.EnumSet.copyOf(keuze.getItems()));
        // Each kind chosen in turn, read from the button as the coach sees it (and the list uses the same
        // converter); the popup itself cannot be opened on the headless platform.
        java.util.Set<String> getoond = new java.util.TreeSet<>();
        for (Categorie c : java.util.List.copyOf(keuze.getItems())) {
            robot.interact(() -> keuze.setValue(c));
            robot.interact(() -> getoond.add(keuze.getButtonCell().getText()));
            assertEquals(keuze.getButtonCell().getText(), keuze.getConverter().toString(c));
        }
        java.util.Set<String> verwacht = new java.util.TreeSet<>(keuze.getItems().stream()
                .map(c -> I18n.t(c.naamSleutel())).toList());
        assertEquals(verwacht, getoond);
        assertTrue(getoond.contains("zwangerschap") && getoond.contains("zorginstelling"), getoond.toString());
        getoond.forEach(t -> assertTrue(!t.matches(".*[A-Z_]{4,}.*"), "an enum name on screen: " + t));
        assertThrows(Weigering.class,
                () -> context.privacyWoorden().voegToe("123456782", PrivacyWoordenService.Soort.MEDISCH, Categorie.BSN));
    }
}
