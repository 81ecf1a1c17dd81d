package nl.spoorzoeker.rapportage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a PDF as images, for the preview inside the app (rendered off the JavaFX thread). */
public final class Voorbeeld implements AutoCloseable {

    /** More pages than this are not shown: the coach saves the PDF to read a long report whole. */
    public static final int MAX_PAGINAS = 60;

    private final PDDocument doc;
    private final PDFRenderer renderer;
    private final float dpi;

    /**
     * A PDF opened for page-by-page rendering, so the preview can show page 1 as soon as it is drawn
     * and the others after it (issue 21 item 10). One thread at a time; close it when done.
     */
    public Voorbeeld(byte[] pdf, float dpi) throws IOException {
        this(Loader.loadPDF(pdf), dpi);
    }

    /** A document laid out for the screen and never saved ({@code RapportPdf.voorHetScherm}); this closes it. */
    Voorbeeld(PDDocument doc, float dpi) {
        this.doc = doc;
        this.renderer = new PDFRenderer(doc);
        this.dpi = dpi;
    }

    /** The pages the preview shows (at most {@link #MAX_PAGINAS}). */
    public int aantal() {
        return Math.min(doc.getNumberOfPages(), MAX_PAGINAS);
    }

    /** Page {@code index} (from 0) as an image. */
    public BufferedImage pagina(int index) throws IOException {
        return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    public static List<BufferedImage> paginas(byte[] pdf, float dpi) throws IOException {
        try (Voorbeeld v = new Voorbeeld(pdf, dpi)) {
            List<BufferedImage> paginas = new ArrayList<>();
            for (int i = 0; i < v.aantal(); i++) {
                paginas.add(v.pagina(i));
            }
            return paginas;
        }
    }
}
