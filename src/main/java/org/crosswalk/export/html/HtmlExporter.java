package org.crosswalk.export.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Paper;
import org.crosswalk.export.progress.ProgressReport;

/** The paper, or the progress report, as one self-contained web page (UTF-8, inline CSS, no external resources). */
public final class HtmlExporter implements Exporter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String description() {
        return "Web page (HTML)";
    }

    @Override
    public String extension() {
        return ".html";
    }

    @Override
    public void write(Paper paper, OutputStream out) throws IOException {
        out.write(PaperHtml.render(paper, PaperHtml.Target.WEB).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(ProgressReport report, OutputStream out) throws IOException {
        out.write(ProgressHtml.render(report, PaperHtml.Target.WEB).getBytes(StandardCharsets.UTF_8));
    }
}
