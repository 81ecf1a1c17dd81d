package nl.spoorzoeker.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A device-RGB colour of the PDFs (each part 0–1), a value that cannot change: the styles were
 * {@code public static final float[]}, whose elements any caller could overwrite for every later
 * document in the JVM (ADR 0008, issue 20).
 */
public record Kleur(float rood, float groen, float blauw) {

    public Kleur {
        for (float deel : new float[] {rood, groen, blauw}) {
            if (!(deel >= 0 && deel <= 1)) {
                throw new IllegalArgumentException("a colour part lies between 0 and 1: " + deel);
            }
        }
    }

    /** This colour for filling (text, areas) from here on in {@code inhoud}. */
    void vul(PDPageContentStream inhoud) throws IOException {
        inhoud.setNonStrokingColor(rood, groen, blauw);
    }

    /** This colour for lines from here on in {@code inhoud}. */
    void trek(PDPageContentStream inhoud) throws IOException {
        inhoud.setStrokingColor(rood, groen, blauw);
    }
}
