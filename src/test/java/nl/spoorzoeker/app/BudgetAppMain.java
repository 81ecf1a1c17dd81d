package nl.spoorzoeker.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import nl.spoorzoeker.store.Database;

/**
 * The real window, driven for the performance budget (benchmark only, never shipped): starts the
 * app exactly as {@code Launcher --data-dir D} does, door included, and prints markers on standard
 * output as the screens appear:
 * <ul>
 *   <li>{@code FIRST_FRAME}: first pulse after the window is shown (the "loading" frame);</li>
 *   <li>{@code DOOR}: the pulse that laid out the passphrase door;</li>
 *   <li>{@code UNLOCK}: the passphrase (one line from standard input) typed in and the button fired,
 *       at once, as a coach who types very fast would;</li>
 *   <li>{@code OPEN}: the database open finished (it starts behind the door);</li>
 *   <li>{@code SHELL}: the pulse after the main window was attached, the start screen still empty;</li>
 *   <li>{@code DATA}: the start screen's data read and its first frame's rows built (CSS and layout to come);</li>
 *   <li>{@code READY}: the pulse that laid out the start screen with the practice's data.</li>
 * </ul>
 * Mode {@code exit} quits after READY. Mode {@code stay} then also shows the dossier list,
 * prints {@code LIST}, and keeps running until a line {@code quit} arrives on standard input, so a
 * harness can read the process's memory from {@code /proc}.
 */
public final class BudgetAppMain {

    private BudgetAppMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path dataDir = Path.of(args[1]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        char[] wachtwoord = in.readLine().toCharArray();
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("no data folder " + dataDir);
        }
        // The window's start as Launcher --data-dir D starts it, with this harness watching.
        System.exit(GuiStarter.start(Cli.prepare(dataDir), false, null, new GuiStarter.Waarnemer() {
            @Override
            public void getoond(javafx.stage.Stage stage) {
                Scene scene = Window.getWindows().getFirst().getScene();
                Pulsen.na(1, () -> marker("FIRST_FRAME"));
                scene.addPostLayoutPulseListener(new Volger(scene, wachtwoord, mode.equals("stay"), in));
            }

            @Override
            public void opent(java.util.concurrent.CompletableFuture<AppContext> opening) {
                opening.whenComplete((c, e) -> marker("OPEN")); // the database open, done
            }

            @Override
            public void geopend(Praktijkvenster venster) {
                geopend = venster;
            }
        }));
    }

    /** The door and the practice, once made: quitting waits for its full-file check. */
    private static volatile Praktijkvenster geopend;

    /** Watches every laid-out pulse for the next screen. */
    private static final class Volger implements Runnable {
        private final Scene scene;
        private final char[] wachtwoord;
        private final boolean blijf;
        private final BufferedReader in;
        private int stap;
        private boolean shell;

        Volger(Scene scene, char[] wachtwoord, boolean blijf, BufferedReader in) {
            this.scene = scene;
            this.wachtwoord = wachtwoord;
            this.blijf = blijf;
            this.in = in;
        }

        @Override
        public void run() {
            switch (stap) {
                case 0 -> {
                    if (scene.lookup("#deur-wachtwoord") instanceof PasswordField veld && veld.getScene() != null) {
                        stap = 1;
                        marker("DOOR");
                        Runnable ontgrendel = () -> {
                            veld.setText(new String(wachtwoord));
                            java.util.Arrays.fill(wachtwoord, ' ');
                            marker("UNLOCK");
                            ((Button) scene.lookup("#deur-ontgrendel")).fire();
                        };
                        // BENCH_TYPEN_MS: the door shown that long before the unlock, as a coach takes
                        // a few seconds to type the passphrase (the warm-up behind the door then finishes);
                        // unset, the unlock comes at once (the worst case).
                        long typen = Long.parseLong(System.getenv().getOrDefault("BENCH_TYPEN_MS", "0"));
                        if (typen > 0) {
                            javafx.animation.PauseTransition pauze = new javafx.animation.PauseTransition(javafx.util.Duration.millis(typen));
                            pauze.setOnFinished(e -> ontgrendel.run());
                            pauze.play();
                        } else {
                            Platform.runLater(ontgrendel);
                        }
                    }
                }
                case 1 -> {
                    if (!shell && scene.lookup("#vandaag") instanceof Parent leeg) {
                        // The main window attached, the start screen still waiting for its data (the
                        // steps between OPEN and READY, issue 21 item 10).
                        shell = true;
                        marker("SHELL");
                        if (leeg.getChildrenUnmodifiable().size() >= 2) {
                            marker("DATA");
                        } else {
                            leeg.getChildrenUnmodifiable().addListener((javafx.collections.ListChangeListener<Node>) c -> {
                                if (c.getList().size() >= 2) {
                                    marker("DATA"); // read done and the first frame's rows built; CSS and layout next
                                }
                            });
                        }
                    }
                    if (scene.lookup("#vandaag") instanceof Parent vandaag && vandaag.getChildrenUnmodifiable().size() >= 2) {
                        stap = 2;
                        marker("READY");
                        if (!blijf) {
                            stap = 3; // done: no scene lookup on every later pulse while the check runs
                            // Quit as a coach's session ends: after the full-file check the open left for
                            // after the start screen, so the next start finds the clean-shutdown mark
                            // (quitting during the check leaves none, and every other start would check first).
                            Thread wacht = new Thread(() -> {
                                long tot = System.nanoTime() + 120_000_000_000L;
                                while (System.nanoTime() < tot && geopend != null
                                        && geopend.context().map(c -> c.database().controle())
                                        .map(k -> k == Database.Controle.BEZIG
                                                || k == Database.Controle.UITGESTELD).orElse(false)) {
                                    try {
                                        Thread.sleep(50);
                                    } catch (InterruptedException e) {
                                        break;
                                    }
                                }
                                Platform.runLater(Platform::exit);
                            }, "budget-check");
                            wacht.setDaemon(true);
                            wacht.start();
                            return;
                        }
                        // The dossier list as well: the practice's 1,000 rows in memory, as a coach has it open.
                        Platform.runLater(() -> scene.getAccelerators()
                                .get(javafx.scene.input.KeyCombination.keyCombination("Shortcut+2")).run());
                    }
                }
                case 2 -> {
                    Node tabel = scene.lookup("#dossier-table");
                    if (tabel instanceof javafx.scene.control.TableView<?> t && !t.getItems().isEmpty()) {
                        stap = 3;
                        marker("LIST " + t.getItems().size());
                        Thread wacht = new Thread(() -> {
                            try {
                                for (String regel = in.readLine(); regel != null && !regel.equals("quit"); regel = in.readLine()) {
                                    // only "quit" ends the run
                                }
                            } catch (java.io.IOException e) {
                                // standard input gone: quit as well
                            }
                            Platform.runLater(Platform::exit);
                        }, "budget-quit");
                        wacht.setDaemon(true);
                        wacht.start();
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void marker(String text) {
        System.out.println(text);
        System.out.flush();
    }
}
