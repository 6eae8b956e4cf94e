package nl.dossier.browser;

import java.awt.image.BufferedImage;

/**
 * How far a screenshot is from its reference: a pixel differs when one of its colour channels is
 * more than {@code threshold} (0-255) off, and the images match when at most {@code maxShare}
 * of their pixels differ. Images of another size do not match. The diff image shows the
 * reference faded, with every differing pixel in red.
 */
record ImageDiff(int width, int height, long differing, double share, BufferedImage image) {

    static ImageDiff of(BufferedImage expected, BufferedImage actual, int threshold) {
        int w = Math.max(expected.getWidth(), actual.getWidth());
        int h = Math.max(expected.getHeight(), actual.getHeight());
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean inBoth = x < expected.getWidth() && y < expected.getHeight() && x < actual.getWidth() && y < actual.getHeight();
                int e = x < expected.getWidth() && y < expected.getHeight() ? expected.getRGB(x, y) : 0xffffff;
                if (!inBoth || channelDistance(e, actual.getRGB(x, y)) > threshold) {
                    differing++;
                    diff.setRGB(x, y, 0xff0000);
                } else {
                    diff.setRGB(x, y, faded(e));
                }
            }
        }
        return new ImageDiff(w, h, differing, differing / (double) ((long) w * h), diff);
    }

    boolean matches(double maxShare) {
        return share <= maxShare;
    }

    private static int channelDistance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return d;
    }

    /** The pixel's grey value, lightened, so the red differences stand out. */
    private static int faded(int rgb) {
        int grey = (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
        int v = 192 + grey / 4;
        return v << 16 | v << 8 | v;
    }
}
