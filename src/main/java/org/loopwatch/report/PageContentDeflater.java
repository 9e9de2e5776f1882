package org.loopwatch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Deflates a document's page content streams on a thread of its own while the next pages are drawn.
 * PDFBox deflates each content stream when it is closed, on the drawing thread: in the ten-year
 * briefing (154 pages) that was about a tenth of its main thread. Here pages are drawn uncompressed
 * ({@link #open}, {@link #append}); {@link #drawn} hands a copy of each new stream's bytes to the
 * other thread — PDFBox's objects never leave the drawing thread, a document is not thread-safe — and
 * {@link #finish} puts the deflated bytes back, marked {@code /FlateDecode}, before the document is
 * saved. The bytes are those PDFBox writes itself: its Flate filter is {@code java.util.zip} at
 * PDFBox's deflate level, as here.
 */
final class PageContentDeflater implements AutoCloseable {

    private final PDDocument document;
    private final ExecutorService beside = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "loopwatch-pdf-deflate");
        thread.setDaemon(true);
        return thread;
    });
    /* Streams handed over, in the order drawn, with their deflated bytes to come. */
    private final List<Handed> handed = new ArrayList<>();
    /* Every stream handed over or left as PDFBox wrote it. */
    private final Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    PageContentDeflater(PDDocument document) {
        this.document = document;
    }

    /** A new, uncompressed content stream for the page, replacing any it had. */
    PDPageContentStream open(PDPage page) throws IOException {
        return new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false);
    }

    /** A content stream drawn after the page's others, in a graphics state of its own (the footer). */
    PDPageContentStream append(PDPage page) throws IOException {
        List<COSStream> before = streams(page);
        PDPageContentStream appended = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                false, true);
        // PDFBox puts a "q" before the page's drawing, so that the new stream starts from a fresh graphics
        // state, and writes it uncompressed however it is asked to compress: left so here too.
        List<COSStream> after = streams(page);
        for (COSStream added : after.subList(0, after.size() - 1)) {
            if (before.stream().noneMatch(stream -> stream == added)) {
                seen.add(added);
            }
        }
        return appended;
    }

    /** Call once a stream of the page is closed: its new streams start deflating on the other thread. */
    void drawn(PDPage page) throws IOException {
        for (COSStream stream : streams(page)) {
            if (stream.getFilters() == null && seen.add(stream)) {
                byte[] drawn;
                try (InputStream in = stream.createRawInputStream()) {
                    drawn = in.readAllBytes();
                }
                Handed each = new Handed(stream, drawn);
                handed.add(each);
                beside.execute(each::deflateUnlessTaken);
            }
        }
    }

    /**
     * Puts every stream's deflated bytes in place; call before the document is saved. The pages the
     * other thread has not reached yet are deflated here, from the last back, while it works on from
     * the front: the drawing thread no longer waits for it with nothing to do (decision 0080's
     * sitting measured 20–80 ms of such waiting in the ten-year briefing, with C1 on the other core).
     */
    void finish() throws IOException {
        for (int i = handed.size() - 1; i >= 0; i--) {
            handed.get(i).deflateUnlessTaken();
        }
        for (Handed each : handed) {
            byte[] deflated;
            try {
                deflated = each.deflated().join();
            } catch (CompletionException failed) {
                throw new IOException("could not compress a page of the PDF", failed.getCause());
            }
            try (OutputStream out = each.stream().createRawOutputStream()) {
                out.write(deflated);
            }
            each.stream().setItem(COSName.FILTER, COSName.FLATE_DECODE);
        }
        handed.clear();
    }

    /* A stream handed over: its drawn bytes, deflated once by whichever thread takes it first. */
    private static final class Handed {
        private final COSStream stream;
        private final byte[] drawn;
        private final AtomicBoolean taken = new AtomicBoolean();
        private final CompletableFuture<byte[]> deflated = new CompletableFuture<>();

        Handed(COSStream stream, byte[] drawn) {
            this.stream = stream;
            this.drawn = drawn;
        }

        COSStream stream() {
            return stream;
        }

        CompletableFuture<byte[]> deflated() {
            return deflated;
        }

        void deflateUnlessTaken() {
            if (!taken.compareAndSet(false, true)) {
                return;
            }
            try {
                deflated.complete(deflate(drawn));
            } catch (RuntimeException failed) {
                deflated.completeExceptionally(failed);
            }
        }
    }

    private static List<COSStream> streams(PDPage page) throws IOException {
        List<COSStream> streams = new ArrayList<>();
        for (Iterator<PDStream> each = page.getContentStreams(); each.hasNext(); ) {
            streams.add(each.next().getCOSObject());
        }
        return streams;
    }

    /** As PDFBox's Flate filter encodes a stream: a zlib stream at its deflate level. */
    static byte[] deflate(byte[] drawn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(drawn.length / 4 + 64);
        Deflater deflater = new Deflater(Filter.getCompressionLevel());
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(out, deflater)) {
            zlib.write(drawn);
        } catch (IOException impossible) {
            throw new IllegalStateException("writing to memory failed", impossible);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        beside.shutdownNow();
    }
}
