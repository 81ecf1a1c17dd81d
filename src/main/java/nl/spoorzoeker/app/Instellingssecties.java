package nl.spoorzoeker.app;

import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.backup.ui.BackupSectie;
import nl.spoorzoeker.bewaartermijn.ui.BewaarInstellingenEditor;
import nl.spoorzoeker.dossier.ui.KlokInstellingenEditor;
import nl.spoorzoeker.fase.ui.StappenEditor;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.praktijk.ui.HandtekeningSectie;
import nl.spoorzoeker.praktijk.ui.TaalSectie;
import nl.spoorzoeker.rapportage.ui.PrivacyWoordenEditor;
import nl.spoorzoeker.slot.ui.BeveiligingSectie;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;

/** The sections of Instellingen, made when that screen is first shown; keeps the backup section for restoring. */
final class Instellingssecties {

    /** What the sections lead to elsewhere in the window. */
    record Wegen(Runnable taalGewijzigd, Runnable bewaartermijnen, Runnable auditlog) {
    }

    private BackupSectie backupSectie;

    /** @param beveiliging the door and lock, or null when a test builds the window alone (no security section) */
    List<Page> maak(UiContext ui, AppContext app, MainWindow.Beveiliging beveiliging, Wegen wegen) {
        List<Page> secties = new ArrayList<>();
        secties.add(new TaalSectie(ui, new Taalkeuze(app.dataDirectory().root()), taal -> wegen.taalGewijzigd().run()));
        if (beveiliging != null) {
            secties.add(new BeveiligingSectie(ui, beveiliging.ontgrendeling(), app.beveiliging(),
                    beveiliging.minutenGewijzigd(), beveiliging.vergrendel()));
        }
        backupSectie = new BackupSectie(ui, app.autoBackup(), app.backupService(), app.beveiliging(),
                beveiliging == null ? null : beveiliging.herstel());
        secties.add(backupSectie);
        secties.add(new HandtekeningSectie(ui, app.praktijk()));
        secties.add(new PrivacyWoordenEditor(ui, app.privacyWoorden()));
        secties.add(new KlokInstellingenEditor(ui, app.tijdlijn()));
        secties.add(new BewaarInstellingenEditor(ui, app.bewaartermijnen(), wegen.bewaartermijnen(), wegen.auditlog()));
        secties.add(new StappenEditor(ui, app.fasen()));
        return secties;
    }

    /** The backup section, once Instellingen was shown (null before). */
    BackupSectie backup() {
        return backupSectie;
    }
}
