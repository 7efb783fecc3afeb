package org.commitmenttracker.reporting.web.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Lays out the report's HTML as a PDF. The fonts are bundled (src/main/fonts, DejaVu licence beside them) and embedded
 * as subsets, because a server or CI machine may have no fonts at all and the standard PDF fonts have no Cyrillic
 * glyphs: without them a Russian report would print as rows of '#'.
 */
@Component
class ReportPdf {

    static final String FONT = "DejaVu Sans";

    byte[] render(String html) {
        // Thymeleaf writes HTML5, which openhtmltopdf's XML parser does not read; jsoup parses it as a browser would.
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        builder.withW3cDocument(document, "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be laid out as a PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream font = ReportPdf.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("The bundled font fonts/" + file + " is missing from the build");
        }
        return font;
    }
}
