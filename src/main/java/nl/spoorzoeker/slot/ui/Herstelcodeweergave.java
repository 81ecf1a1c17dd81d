package nl.spoorzoeker.slot.ui;

import javafx.print.PrinterJob;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.spoorzoeker.ui.I18n;

/** The recovery code on screen and on paper: in lines of four groups, so it is read back without slips. */
final class Herstelcodeweergave {

    private Herstelcodeweergave() {
    }

    /** "ABCD-EFGH-…" as lines of four groups. */
    static String groepeer(String code) {
        String[] groepen = code.split("-");
        StringBuilder uit = new StringBuilder();
        for (int i = 0; i < groepen.length; i++) {
            if (i > 0) {
                uit.append(i % 4 == 0 ? "\n" : "  ");
            }
            uit.append(groepen[i]);
        }
        return uit.toString();
    }

    /**
     * Prints a page with the code and what it is for, through the system's print dialog (which
     * also offers "print to PDF"). Returns false when there is no printer or the coach cancelled.
     */
    static boolean drukAf(String code, Window eigenaar) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (!job.showPrintDialog(eigenaar)) {
            job.cancelJob();
            return false;
        }
        Label titel = new Label(I18n.t("slot.herstelcode.papier.titel"));
        titel.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        Label uitleg = new Label(I18n.t("slot.herstelcode.papier.uitleg"));
        uitleg.setWrapText(true);
        uitleg.setMaxWidth(440);
        Label codeLabel = new Label(groepeer(code));
        codeLabel.setStyle("-fx-font-family: monospace; -fx-font-size: 16px;");
        VBox pagina = new VBox(16, titel, uitleg, codeLabel);
        boolean gelukt = job.printPage(pagina);
        return gelukt && job.endJob();
    }
}
