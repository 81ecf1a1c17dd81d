package nl.spoorzoeker.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a PDF as images, for the preview inside the app (rendered off the JavaFX thread). */
public final class Voorbeeld {

    /** More pages than this are not shown: the coach saves the PDF to read a long report whole. */
    public static final int MAX_PAGINAS = 60;

    private Voorbeeld() {
    }

    public static List<BufferedImage> paginas(byte[] pdf, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> paginas = new ArrayList<>();
            for (int i = 0; i < Math.min(doc.getNumberOfPages(), MAX_PAGINAS); i++) {
                paginas.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return paginas;
        }
    }
}
