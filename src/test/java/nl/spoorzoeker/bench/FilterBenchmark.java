package nl.spoorzoeker.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.spoorzoeker.dossier.ui.DossierListModel;
import nl.spoorzoeker.dossier.ui.DossierListView;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.Navigator;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.ui.Aanwijzing;
import nl.spoorzoeker.ui.DossierTab;

/**
 * Filtering the dossier list per keystroke, on the JavaFX thread with a real table on a stage:
 * each keystroke sets the filter text and then lays out and renders-in-CSS the table, which is
 * the work the coach waits for before the next keystroke shows.
 */
final class FilterBenchmark {

    private static final String[] QUERIES = {"anne", "cigdem yilmaz", "zorggroep utrecht", "lukasz", "de vries",
            "bakker", "el amrani", "zoe", "jan-willem de groot", "logistiek", "müller", "van den berg"};

    /** Keystroke times: table laid out, and the list model alone (ms). */
    record Times(double[] view, double[] model) {
    }

    static List<String> report(int dossiers, int rounds) throws Exception {
        Times times = measure(SyntheticPractice.rows(dossiers, LocalDate.now()), rounds);
        double[] view = times.view();
        double[] model = times.model();
        return List.of(
                Stats.row("filter keystroke, " + dossiers + " dossiers, table laid out (median)", Stats.median(view), "ms",
                        String.format("p95 %.2f ms, n=%d (goal median <= 16 ms)", Stats.percentile(view, 95), view.length)),
                Stats.row("filter keystroke, " + dossiers + " dossiers, list model only (median)", Stats.median(model), "ms",
                        String.format("p95 %.3f ms", Stats.percentile(model, 95))));
    }

    static Times measure(List<DossierRegel> rows, int rounds) throws Exception {
        Fx.start();
        LocalDate today = LocalDate.now();
        List<Double> viewTimes = new ArrayList<>();
        List<Double> modelTimes = new ArrayList<>();
        onFx(() -> {
            UiContext ui = new UiContext(new Background(), NO_NAVIGATION, java.time.Clock.systemDefaultZone(), () -> null);
            DossierListView view = new DossierListView(ui, null);
            view.setRows(rows, today);
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(view.node()), 1000, 760);
            stage.setScene(scene);
            stage.show();
            DossierListModel model = new DossierListModel();
            model.setRows(rows, today);
            for (int round = 0; round < rounds; round++) {
                for (String query : QUERIES) {
                    for (int i = 1; i <= query.length(); i++) {
                        String typed = query.substring(0, i);
                        long t0 = System.nanoTime();
                        type(scene, typed);
                        long t1 = System.nanoTime();
                        model.filterProperty().set(typed);
                        model.visibleRows().size();
                        long t2 = System.nanoTime();
                        if (round > 0) { // round 0 warms up the JIT
                            viewTimes.add((t1 - t0) / 1e6);
                            modelTimes.add((t2 - t1) / 1e6);
                        }
                    }
                    type(scene, "");
                    model.filterProperty().set("");
                }
            }
            stage.hide();
            return null;
        });
        return new Times(viewTimes.stream().mapToDouble(Double::doubleValue).toArray(),
                modelTimes.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Sets the filter text as a keystroke would, then lays out the table so the rows are current. */
    private static void type(Scene scene, String text) {
        ((javafx.scene.control.TextField) scene.lookup("#dossier-filter")).setText(text);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private static final Navigator NO_NAVIGATION = new Navigator() {
        @Override public void showVandaag() { }
        @Override public void showDossiers() { }
        @Override public void openDossier(int dossierId) { }
        @Override public void openTijdlijn(int dossierId) { }
        @Override public void openDossier(int dossierId, DossierTab tab) { }
        @Override public void openDossier(int dossierId, Aanwijzing wat) { }
        @Override public void showWerkgevers() { }
        @Override public void openWerkgever(int werkgeverId) { }
        @Override public void showInstellingen() { }
        @Override public void dataChanged() { }
        @Override public void status(String message) { }
        @Override public void newDossier() { }
    };
}
