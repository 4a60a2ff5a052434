package org.crosswalk.plans.reading.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The shaded panels and framed boxes a page draws (case studies, "box" features), in
 * top-down page coordinates; touching panels are merged into one box.
 */
final class ShadedBoxes extends PDFGraphicsStreamEngine {
    private final List<Rectangle2D> shapes = new ArrayList<>();
    private final GeneralPath path = new GeneralPath();
    private final float pageWidth;
    private final float pageHeight;

    private ShadedBoxes(PDPage page) {
        super(page);
        pageWidth = page.getCropBox().getWidth();
        pageHeight = page.getCropBox().getHeight();
    }

    static List<Rectangle2D> of(PDPage page) throws IOException {
        ShadedBoxes boxes = new ShadedBoxes(page);
        boxes.processPage(page);
        return merge(boxes.shapes);
    }

    private void keep(boolean filled) throws IOException {
        Rectangle2D bounds = path.getBounds2D();
        path.reset();
        boolean bigEnough = bounds.getWidth() > pageWidth * 0.2 && bounds.getHeight() > 12;
        boolean wholePage = bounds.getWidth() * bounds.getHeight() > pageWidth * pageHeight * 0.7;
        if (!bigEnough || wholePage || (filled && isWhite(getGraphicsState().getNonStrokingColor()))) {
            return;
        }
        double top = pageHeight - bounds.getMaxY() + getPage().getCropBox().getLowerLeftY();
        shapes.add(new Rectangle2D.Double(bounds.getX(), top, bounds.getWidth(), bounds.getHeight()));
    }

    private static boolean isWhite(PDColor color) {
        try {
            float[] rgb = color.getColorSpace().toRGB(color.getComponents());
            return rgb.length == 3 && rgb[0] > 0.98f && rgb[1] > 0.98f && rgb[2] > 0.98f;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<Rectangle2D> merge(List<Rectangle2D> shapes) {
        List<Rectangle2D> merged = new ArrayList<>();
        for (Rectangle2D shape : shapes) {
            Rectangle2D grown = new Rectangle2D.Double(shape.getX() - 1, shape.getY() - 1, shape.getWidth() + 2,
                    shape.getHeight() + 2);
            Rectangle2D joined = null;
            for (Rectangle2D existing : merged) {
                if (existing.intersects(grown)) {
                    joined = existing;
                    break;
                }
            }
            if (joined == null) {
                merged.add(shape);
            } else {
                joined.add(shape);
            }
        }
        return merged;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        keep(true);
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        keep(true);
    }

    @Override
    public void strokePath() throws IOException {
        keep(false);
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void endPath() {
        path.reset();
    }

    @Override
    public void clip(int windingRule) {
        // Clipping paths are not boxes; the path is consumed by the following endPath.
    }

    @Override
    public void drawImage(PDImage image) {
        // Pictures carry no text to place.
    }

    /** Text is read elsewhere: skipping its glyphs here halves the cost of looking for boxes. */
    @Override
    public void showTextString(byte[] string) {
    }

    @Override
    public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Gradients fill clip areas, not boxes of text.
    }
}
